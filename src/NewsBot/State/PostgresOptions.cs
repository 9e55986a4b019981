using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace NewsBot.State;

/// <summary>The database of the Postgres profile: <c>ConnectionStrings:NewsBot</c> (<c>ConnectionStrings__NewsBot</c> from the environment).</summary>
public sealed class PostgresOptions : IValidatableObject
{
    /// <summary>The name under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "NewsBot";

    [Required(ErrorMessage = "Coverage:Store is Postgres, so ConnectionStrings:NewsBot (or ConnectionStrings__NewsBot) must name the database, e.g. Host=db;Username=newsbot;Password=...;Database=newsbot.")]
    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield break;
        }

        string? error = null;
        try
        {
            _ = new NpgsqlConnectionStringBuilder(ConnectionString);
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
        }

        if (error is not null)
        {
            yield return new ValidationResult($"ConnectionStrings:NewsBot is not a valid PostgreSQL connection string: {error}", [nameof(ConnectionString)]);
        }
    }
}

using Npgsql;

namespace NewsBot.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests that need one use, named by the environment: <c>NEWSBOT_TEST_POSTGRES</c> holds a
/// connection string to its maintenance database (e.g. <c>Host=127.0.0.1;Port=5433;Username=postgres;Database=postgres</c>).
/// <c>.ci/run</c> starts one and sets it, together with <c>NEWSBOT_TEST_POSTGRES_REQUIRED=1</c>, so there a missing
/// server fails those tests; elsewhere (a machine with only the .NET SDK) they are skipped and counted as skipped.
/// </summary>
internal static class PostgresServer
{
    public const string ConnectionVariable = "NEWSBOT_TEST_POSTGRES";
    public const string RequiredVariable = "NEWSBOT_TEST_POSTGRES_REQUIRED";

    /// <summary>The maintenance database's connection string, or null when none is configured.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Whether a test that needs PostgreSQL must fail rather than skip without one.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable(RequiredVariable) is { Length: > 0 } value && value != "0";

    /// <summary>
    /// The server's connection string; skips the calling test (a <c>[SkippableFact]</c>) when none is configured, or
    /// fails it when <see cref="IsRequired"/>.
    /// </summary>
    public static string RequireConnectionString()
    {
        if (ConnectionString is { } connectionString)
        {
            return connectionString;
        }

        if (IsRequired)
        {
            throw new InvalidOperationException($"{RequiredVariable} is set but {ConnectionVariable} is not: the PostgreSQL server this test needs was not started.");
        }

        throw new SkipException($"No PostgreSQL server: set {ConnectionVariable} to run this test (.ci/run starts one).");
    }

    /// <summary>The server's connection string with another database and the given extra settings.</summary>
    public static string ForDatabase(string database, string? extra = null) =>
        new NpgsqlConnectionStringBuilder(RequireConnectionString() + (extra is null ? string.Empty : ";" + extra)) { Database = database }.ConnectionString;
}

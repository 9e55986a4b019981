using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Replication;
using NewsBot.Retrieval;
using Npgsql;

namespace NewsBot.Hosting;

/// <summary>
/// The coverage side of the Postgres profile (<c>Coverage:Store=Postgres</c>): each bot instance follows the change
/// log into its local replica (<see cref="CoverageReplica"/>) instead of reading sources, and <c>ingest</c> becomes the
/// database's single writer (<see cref="CoverageWriter"/>). Nothing here is registered in the embedded default.
/// </summary>
internal static class ReplicationHostingExtensions
{
    public const string ConnectionStringName = "NewsBot";

    /// <summary>Whether the configuration chooses the Postgres profile.</summary>
    public static bool UsesPostgres(IConfiguration configuration) =>
        string.Equals(configuration[$"{CoverageOptions.SectionName}:Store"], "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The connection string, or a clear error naming the setting.</summary>
    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } value
            ? value
            : throw new OptionsValidationException(ConnectionStringName, typeof(ReplicationOptions), [$"Coverage:Store=Postgres needs ConnectionStrings:{ConnectionStringName} (or the ConnectionStrings__{ConnectionStringName} variable)."]);

    public static IHostApplicationBuilder AddCoverageReplica(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReplicationOptions>().BindConfiguration(ReplicationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => NpgsqlDataSource.Create(ConnectionString(sp.GetRequiredService<IConfiguration>())));
        services.AddSingleton(sp => new ChangeFeed(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton<CoverageReplica>();
        services.AddHostedService(sp => sp.GetRequiredService<CoverageReplica>());
        return builder;
    }

    /// <summary>The writer <c>ingest</c> runs in the Postgres profile, with the embedding model unless embeddings are off.</summary>
    public static CoverageWriter CreateWriter(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var enabled = services.GetRequiredService<IOptions<EmbeddingOptions>>().Value.Enabled;
        var model = services.GetRequiredKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(NewsBotHostingExtensions.EmbeddingModelKey);
        var modelId = model.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? ArcticEmbeddingGenerator.ModelId;
        return new CoverageWriter(
            ConnectionString(configuration),
            enabled ? services.GetRequiredService<SentenceEmbedder>() : null,
            modelId,
            services.GetRequiredService<ILogger<CoverageWriter>>());
    }
}

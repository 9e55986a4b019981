using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Replication;
using NewsBot.Retrieval;
using NewsBot.State;
using Npgsql;

namespace NewsBot.Hosting;

/// <summary>
/// The coverage side of the Postgres profile (<c>Coverage:Store=Postgres</c>): each bot instance follows the change
/// log into its local replica (<see cref="CoverageReplica"/>) instead of reading sources, and <c>ingest</c> becomes the
/// database's single writer (<see cref="CoverageWriter"/>). Nothing here is registered in the embedded default.
/// </summary>
internal static class ReplicationHostingExtensions
{
    /// <summary>Whether the configuration chooses the Postgres profile (<see cref="FleetStateExtensions.UsesPostgres"/>).</summary>
    public static bool UsesPostgres(IConfiguration configuration) => FleetStateExtensions.UsesPostgres(configuration);

    public static IHostApplicationBuilder AddCoverageReplica(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReplicationOptions>().BindConfiguration(ReplicationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PostgresOptions>()
            .Configure<IConfiguration>((o, configuration) => o.ConnectionString = configuration.GetConnectionString(PostgresOptions.ConnectionStringName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(sp => NpgsqlDataSource.Create(ConnectionString(sp)));
        services.AddSingleton(sp => new ChangeFeed(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton<CoverageReplica>();
        services.AddHostedService(sp => sp.GetRequiredService<CoverageReplica>());
        return builder;
    }

    /// <summary>The database's connection string, checked (<see cref="PostgresOptions"/>): a missing one stops the start naming the setting.</summary>
    private static string ConnectionString(IServiceProvider services) => services.GetRequiredService<IOptions<PostgresOptions>>().Value.ConnectionString!;

    /// <summary>The writer <c>ingest</c> runs in the Postgres profile, with the embedding model unless embeddings are off.</summary>
    public static CoverageWriter CreateWriter(IServiceProvider services)
    {
        var enabled = services.GetRequiredService<IOptions<EmbeddingOptions>>().Value.Enabled;
        var model = services.GetRequiredKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(NewsBotHostingExtensions.EmbeddingModelKey);
        var modelId = model.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? ArcticEmbeddingGenerator.ModelId;
        return new CoverageWriter(
            ConnectionString(services),
            enabled ? services.GetRequiredService<SentenceEmbedder>() : null,
            modelId,
            services.GetRequiredService<ILogger<CoverageWriter>>());
    }
}

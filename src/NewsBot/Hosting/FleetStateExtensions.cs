using Microsoft.Extensions.Options;
using NewsBot.Bot;
using NewsBot.Retrieval;
using NewsBot.State;
using Npgsql;

namespace NewsBot.Hosting;

/// <summary>
/// The fleet profile's state: with <c>Coverage:Store=Postgres</c>, conversation memory (<see cref="PostgresStorage"/>)
/// and rate limits (<see cref="PostgresRateLimiter"/>) live in the database named by <c>ConnectionStrings:NewsBot</c>,
/// so any instance can take any turn. Otherwise nothing is registered here and the bot keeps both in the process.
/// </summary>
public static class FleetStateExtensions
{
    /// <summary>The service key of the state's own data source (see <see cref="StateDatabase.CreateDataSource"/>).</summary>
    public const string StateDataSourceKey = "state";

    /// <summary>Whether the configuration chooses the Postgres profile.</summary>
    public static bool UsesPostgres(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        return Enum.TryParse<CoverageStoreKind>(configuration[$"{CoverageOptions.SectionName}:{nameof(CoverageOptions.Store)}"], ignoreCase: true, out var store)
            && store == CoverageStoreKind.Postgres;
    }

    public static IHostApplicationBuilder AddFleetState(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        if (!UsesPostgres(builder.Configuration))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddOptions<PostgresOptions>()
            .Configure<IConfiguration>((o, configuration) => o.ConnectionString = configuration.GetConnectionString(PostgresOptions.ConnectionStringName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddKeyedSingleton(StateDataSourceKey, (sp, _) => StateDatabase.CreateDataSource(sp.GetRequiredService<IOptions<PostgresOptions>>().Value.ConnectionString!));
        services.AddSingleton(sp => new StateDatabase(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(StateDataSourceKey),
            sp.GetRequiredService<ILogger<StateDatabase>>(),
            sp.GetRequiredService<TimeProvider>(),
            holdAfterTimeout: TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<BotOptions>>().Value.StateRetrySeconds)));
        services.AddSharedConversationState();
        services.AddHostedService<StateSweeper>();
        return builder;
    }
}

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Bot;
using NewsBot.State;
using Npgsql;

namespace NewsBot.Tests.Infrastructure;

/// <summary>The Postgres profile's stores over a test database, as one bot instance would have them.</summary>
internal sealed class StateStores : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public StateStores(string connectionString, TimeProvider? time = null, BotOptions? options = null)
    {
        _dataSource = StateDatabase.CreateDataSource(connectionString);
        var botOptions = Options.Create(options ?? new BotOptions());
        Database = new StateDatabase(_dataSource, NullLogger<StateDatabase>.Instance);
        Storage = new PostgresStorage(Database, botOptions, time ?? TimeProvider.System);
        RateLimiter = new PostgresRateLimiter(Database, botOptions, time ?? TimeProvider.System);
    }

    public StateDatabase Database { get; }

    public PostgresStorage Storage { get; }

    public PostgresRateLimiter RateLimiter { get; }

    public async ValueTask DisposeAsync()
    {
        Database.Dispose();
        await _dataSource.DisposeAsync();
    }
}

using Npgsql;

namespace NewsBot.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database of its own on the test PostgreSQL server (<see cref="PostgresServer"/>), for one test class
/// (<c>IClassFixture&lt;PostgresDatabase&gt;</c>): created with a unique name on first use, dropped (with any sessions
/// still on it) when the class is done. Without a configured server, <see cref="ConnectionString"/> skips the test
/// (which must be a <c>[SkippableFact]</c>), or fails it under <c>.ci/run</c>.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private readonly Lazy<Task<string>> _created;

    public PostgresDatabase() => _created = new(CreateAsync);

    /// <summary>The database's name: <c>newsbot_test_</c> and 32 hex digits.</summary>
    public string Name { get; } = "newsbot_test_" + Guid.NewGuid().ToString("N");

    /// <summary>The connection string to this class's database; creates it on first use.</summary>
    public string ConnectionString => _created.Value.GetAwaiter().GetResult();

    /// <summary>An open connection to this class's database.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(await _created.Value.ConfigureAwait(false));
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Creates the database when a server is configured; otherwise the tests skip (or fail) on first use.</summary>
    public async Task InitializeAsync()
    {
        if (PostgresServer.ConnectionString is not null || PostgresServer.IsRequired)
        {
            await _created.Value.ConfigureAwait(false);
        }
    }

    public async Task DisposeAsync()
    {
        if (!_created.IsValueCreated || !_created.Value.IsCompletedSuccessfully)
        {
            return;
        }

        // Pooled connections of the tests (and of the bots they ran) would otherwise hold the database open.
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresServer.RequireConnectionString());
        await admin.OpenAsync().ConfigureAwait(false);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private async Task<string> CreateAsync()
    {
        await using var admin = new NpgsqlConnection(PostgresServer.RequireConnectionString());
        await admin.OpenAsync().ConfigureAwait(false);
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", admin);
        await create.ExecuteNonQueryAsync().ConfigureAwait(false);
        return PostgresServer.ForDatabase(Name);
    }
}

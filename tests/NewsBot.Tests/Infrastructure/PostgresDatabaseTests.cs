using Npgsql;

namespace NewsBot.Tests.Infrastructure;

/// <summary>The fixture itself: each test class gets its own empty database, and it is gone after the class.</summary>
public sealed class PostgresDatabaseTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [SkippableFact]
    public async Task ConnectionString_OpensTheClassesOwnDatabase()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_database()", connection);

        var name = (string?)await command.ExecuteScalarAsync();

        Assert.Equal(database.Name, name);
        Assert.Matches("^newsbot_test_[0-9a-f]{32}$", name);
    }

    [SkippableFact]
    public async Task DisposeAsync_AnotherDatabase_DropsItWithItsTablesAndLeavesThisOne()
    {
        var other = new PostgresDatabase();
        await other.InitializeAsync();
        await using (var connection = await other.OpenAsync())
        {
            await using var create = new NpgsqlCommand("CREATE TABLE t (id int); INSERT INTO t VALUES (1)", connection);
            await create.ExecuteNonQueryAsync();
        }

        var beforeDrop = await DatabasesNamedAsync(other.Name);
        await other.DisposeAsync();
        var afterDrop = await DatabasesNamedAsync(other.Name);

        Assert.Equal(1, beforeDrop);
        Assert.Equal(0, afterDrop);
        Assert.Equal(1, await DatabasesNamedAsync(database.Name));
        await using var mine = await database.OpenAsync();
        await using var tables = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = 't'", mine);
        Assert.Equal(0L, await tables.ExecuteScalarAsync());
    }

    private static async Task<long> DatabasesNamedAsync(string name)
    {
        await using var admin = new NpgsqlConnection(PostgresServer.RequireConnectionString());
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", admin);
        command.Parameters.AddWithValue("name", name);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

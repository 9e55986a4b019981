using NewsBot.Hosting;
using NewsBot.Replication;
using NewsBot.Tests.Infrastructure;
using Npgsql;

namespace NewsBot.Tests.Replication;

/// <summary><c>ingest</c> with <c>Coverage:Store=Postgres</c> is the database's writer.</summary>
public sealed class PostgresIngestTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [SkippableFact]
    public async Task Ingest_PostgresProfileTwice_WritesTheFolderThenReportsItUnchanged()
    {
        using var seeds = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        await File.WriteAllTextAsync(seeds.Combine("b.txt"), "Ceasefire holds\n\nKYIV, March 3, 2022 — The ceasefire held overnight.");

        var first = await RunAsync(seeds.Path);
        var second = await RunAsync(seeds.Path);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("database generation 2", first.Output, StringComparison.Ordinal);
        Assert.Contains("added 2, updated 0, removed 0, unchanged 0, skipped 0", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("database generation 2", second.Output, StringComparison.Ordinal);
        Assert.Contains("added 0, updated 0, removed 0, unchanged 2", second.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Ingest_WhileAnotherWriterRuns_SaysSoAndExitsWithThree()
    {
        using var seeds = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        await using var other = new NpgsqlConnection(database.ConnectionString + ";Pooling=false");
        await other.OpenAsync();
        await using (var take = new NpgsqlCommand($"select pg_advisory_lock({CoverageSchema.WriterLockKey})", other))
        {
            await take.ExecuteNonQueryAsync();
        }

        var result = await RunAsync(seeds.Path);

        Assert.Equal(PostgresIngest.WriterBusy, result.ExitCode);
        Assert.Contains("another ingest holds the coverage's writer lock", result.Output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string folder)
    {
        using var output = new StringWriter();
        using var data = new TempDirectory();
        string[] args = ["ingest", "--folder", folder, "--data", data.Path, "--Embedding:Enabled=false", "--Coverage:Store=Postgres", $"--ConnectionStrings:NewsBot={database.ConnectionString}"];
        var exitCode = await NewsBotCommands.InvokeAsync(args, output, TextWriter.Null);
        return (exitCode, output.ToString());
    }
}

using System.Text.Json;
using NewsBot.Ingestion;
using NewsBot.Replication;
using NewsBot.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace NewsBot.Tests.Replication;

/// <summary><c>ingest</c> as a real process, killed (SIGKILL) in the middle of writing a corpus to a real PostgreSQL.</summary>
public sealed class WriterKillTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    /// <summary>
    /// Enough that the writer is still at work when it is killed: it writes several hundred articles a second, and on a
    /// loaded machine the poll that sees the first hundred may come a second or more late.
    /// </summary>
    private const int Articles = 6000;

    [SkippableFact]
    public async Task Ingest_KilledMidBatch_LeavesOnlyWholeArticlesEachWithItsChangeAndTheNextRunFinishes()
    {
        using var folder = new TempDirectory();
        var corpus = folder.Combine("corpus.jsonl");
        await File.WriteAllLinesAsync(corpus, Enumerable.Range(0, Articles).Select(i => JsonSerializer.Serialize(new
        {
            id = $"story-{i:D5}",
            title = $"Harbour {i} reopens",
            text = $"Harbour {i} reopened to grain ships on Monday, port officials said. Ships queued at berth {i % 40}. Grain prices fell by {i % 9} percent. The mayor thanked the crews.",
        })));
        var expected = await JsonLinesArticleReader.ReadAsync(corpus).ToDictionaryAsync(r => r.Article!.Id, r => r.Article!.Sentences.Count);
        string[] args = ["ingest", "--corpus", corpus, "--Embedding:Enabled=false", "--Coverage:Store=Postgres", $"--ConnectionStrings:NewsBot={database.ConnectionString}"];

        using (var writer = NewsBotProcess.Start(args))
        {
            var deadline = DateTime.UtcNow + NewsBotProcess.Patience;
            while (await ChangesAsync() < 100 && !writer.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.False(writer.HasExited, $"the writer finished before it could be killed (exit code {(writer.HasExited ? writer.ExitCode : 0)}, {await ChangesAsync()} changes written)");
            writer.Kill(entireProcessTree: true);
            await writer.WaitForExitAsync();
        }

        var committed = await ChangesAsync();
        var rows = await ScalarAsync("select count(*) from coverage_articles");
        var partial = await ScalarAsync("select count(*) from coverage_articles a where (select count(*) from coverage_sentences s where s.article_id = a.id) = 0");
        var batch = await new ChangeFeed(NpgsqlDataSource.Create(database.ConnectionString)).ReadAsync(0, Articles);
        var rerun = await NewsBotProcess.RunAsync(args);
        output.WriteLine($"killed after {committed} of {Articles} articles; the rerun: {rerun.Output.Split('\n')[1]}");

        Assert.InRange(committed, 100, Articles - 1);
        Assert.Equal(committed, rows);
        Assert.Equal(0, partial);
        Assert.Equal(committed, batch.Upserts.Count);
        Assert.All(batch.Upserts, u => Assert.Equal(expected[u.Article.Id], u.Article.Sentences.Count));
        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"added {Articles - committed}, updated 0, removed 0, unchanged {committed}", rerun.Output, StringComparison.Ordinal);
        Assert.Equal(Articles, await ChangesAsync());
    }

    private Task<long> ChangesAsync() => ScalarAsync("select count(*) from coverage_changes");

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await database.OpenAsync();
        await using var exists = new NpgsqlCommand("select to_regclass('coverage_changes') is not null", connection);
        if (!(bool)(await exists.ExecuteScalarAsync())!)
        {
            return 0;
        }

        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

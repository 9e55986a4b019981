using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Ingestion;
using NewsBot.Replication;
using NewsBot.Embeddings;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;
using Npgsql;

namespace NewsBot.Tests.Replication;

/// <summary>The writer against a real PostgreSQL: what it commits, what it embeds, and what a crash leaves.</summary>
public sealed class CoverageWriterTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly TempDirectory _sources = new();
    private NpgsqlDataSource? _dataSource;

    [SkippableFact]
    public async Task Write_NewFolder_ReadsBackEveryArticleExactlyWithOneChangeEach()
    {
        await ResetAsync();
        var originals = await WriteArticlesAsync(3);
        var (writer, _) = Writer();

        var summary = await writer.TryWriteAsync(Sources());
        var batch = await Feed().ReadAsync(0, 100);

        Assert.NotNull(summary);
        Assert.Equal(3, summary.Added.Count);
        Assert.Equal(3, batch.Through);
        Assert.Empty(batch.Removed);
        var read = batch.Upserts.ToDictionary(u => u.Article.Id);
        foreach (var original in originals)
        {
            var copy = read[original.Id];
            Assert.Equal(ArticleRecord.Fingerprint(original), ArticleRecord.Fingerprint(copy.Article));
            Assert.Equal(original.Sentences.Select(s => s.Text), copy.Article.Sentences.Select(s => s.Text));
            Assert.Equal(original.Sentences.Count, copy.Vectors!.Count);
        }
    }

    [SkippableFact]
    public async Task Write_SecondRunAfterOneArticleChanged_EmbedsOnlyTheNewSentenceAndLogsOneChange()
    {
        await ResetAsync();
        await WriteArticlesAsync(3);
        var (first, _) = Writer();
        await first.TryWriteAsync(Sources());
        await File.AppendAllTextAsync(_sources.Combine("article1.txt"), " Engineers inspected the quay walls on Tuesday.");
        var (second, model) = Writer();

        var summary = await second.TryWriteAsync(Sources());
        var batch = await Feed().ReadAsync(3, 100);

        Assert.NotNull(summary);
        Assert.Equal(["article1"], summary.Changed);
        Assert.Equal(2, summary.Unchanged);
        Assert.Equal(["Engineers inspected the quay walls on Tuesday."], model.Inputs);
        Assert.Equal(4, batch.Through);
        Assert.Contains("quay walls", Assert.Single(batch.Upserts).Article.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Write_FileDeleted_LogsARemovalAndTheFeedReportsItGone()
    {
        await ResetAsync();
        await WriteArticlesAsync(2);
        var (first, _) = Writer();
        await first.TryWriteAsync(Sources());
        File.Delete(_sources.Combine("article0.txt"));

        var summary = await Writer().Writer.TryWriteAsync(Sources());
        var batch = await Feed().ReadAsync(2, 100);

        Assert.Equal(["article0"], summary!.Removed);
        Assert.Equal(["article0"], batch.Removed);
        Assert.Empty(batch.Upserts);
        Assert.Equal(0L, await CountAsync("select count(*) from coverage_sentences where article_id = 'article0'"));
    }

    [SkippableFact]
    public async Task Write_WhileAnotherWriterHoldsTheLock_WritesNothingAndSaysSo()
    {
        await ResetAsync();
        await WriteArticlesAsync(2);
        await using var other = await database.OpenAsync();
        await using (var take = new NpgsqlCommand($"select pg_advisory_lock({CoverageSchema.WriterLockKey})", other))
        {
            await take.ExecuteNonQueryAsync();
        }

        var summary = await Writer().Writer.TryWriteAsync(Sources());
        await using (var release = new NpgsqlCommand($"select pg_advisory_unlock({CoverageSchema.WriterLockKey})", other))
        {
            await release.ExecuteNonQueryAsync();
        }

        Assert.Null(summary);
        Assert.Equal(0L, await CountAsync("select count(*) from coverage_articles"));
    }

    [SkippableFact]
    public async Task Write_CrashInsideTheThirdArticlesTransaction_LeavesTwoWholeArticlesAndNoTraceOfTheThird()
    {
        await ResetAsync();
        var originals = await WriteArticlesAsync(5);
        var written = 0;
        var (crashing, _) = Writer(beforeCommit: (_, _) => ++written == 3 ? throw new IOException("killed") : Task.CompletedTask);

        await Assert.ThrowsAsync<IOException>(() => crashing.TryWriteAsync(Sources()));

        Assert.Equal(2L, await CountAsync("select count(*) from coverage_articles"));
        Assert.Equal(2L, await CountAsync("select count(*) from coverage_changes"));
        var visible = (await Feed().ReadAsync(0, 100)).Upserts;
        Assert.All(visible, v => Assert.Equal(originals.Single(o => o.Id == v.Article.Id).Sentences.Count, v.Article.Sentences.Count));
        Assert.Equal(0L, await CountAsync($"select count(*) from coverage_sentences where article_id not in ({string.Join(',', visible.Select(v => $"'{v.Article.Id}'"))})"));

        var summary = await Writer().Writer.TryWriteAsync(Sources());

        Assert.Equal(3, summary!.Added.Count);
        Assert.Equal(5L, await CountAsync("select count(*) from coverage_changes"));
    }

    public void Dispose()
    {
        _dataSource?.Dispose();
        _sources.Dispose();
    }

    private async Task<List<Article>> WriteArticlesAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await File.WriteAllTextAsync(_sources.Combine($"article{i}.txt"), $"Harbour {i} reopens\n\nODESA, March {i + 1}, 2022 — Harbour number {i} reopened to grain ships, port officials said. Grain prices fell by {i} percent.");
        }

        return await Sources().Select(r => r.Article!).ToListAsync();
    }

    private IAsyncEnumerable<IngestionResult> Sources() => IngestionPipeline.ReadAsync([_sources.Path], []);

    private (CoverageWriter Writer, FakeEmbeddingGenerator Model) Writer(Func<string, CancellationToken, Task>? beforeCommit = null)
    {
        var model = new FakeEmbeddingGenerator();
        var embedder = new SentenceEmbedder(model, Options.Create(new EmbeddingOptions()));
        return (new CoverageWriter(database.ConnectionString, embedder, FakeEmbeddingGenerator.ModelId, NullLogger<CoverageWriter>.Instance) { BeforeCommit = beforeCommit }, model);
    }

    private ChangeFeed Feed() => new(DataSource());

    private NpgsqlDataSource DataSource() => _dataSource ??= NpgsqlDataSource.Create(database.ConnectionString);

    private async Task ResetAsync()
    {
        await CoverageSchema.EnsureAsync(DataSource());
        await CountAsync("truncate coverage_changes, coverage_sentences, coverage_embeddings, coverage_articles; select 0::bigint");
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

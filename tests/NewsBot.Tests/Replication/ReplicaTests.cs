using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Hosting;
using NewsBot.Ingestion;
using NewsBot.Replication;
using NewsBot.Retrieval;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace NewsBot.Tests.Replication;

/// <summary>
/// Bot instances in the Postgres profile, each with its own replica, follow what the writer (<c>ingest</c>) commits to
/// one real PostgreSQL database.
/// </summary>
public sealed class ReplicaTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>, IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private const string Question = "when did the Zorblat harbour reopen to grain ships?";
    private const string Reopened = "The Zorblat harbour reopened to grain ships on March 2, port officials said.";
    private const string SeedQuestion = "what did Russia propose on December 17?";
    private const string SeedAnswer = "On December 17, 2021, the Russian Foreign Ministry released";

    private readonly TempDirectory _sources = new();
    private readonly List<TempDirectory> _data = [];

    [SkippableFact]
    public async Task TwoInstances_ArticleIngestedThenDeleted_AnswerableOnBothWithinTenSecondsThenGoneFromBoth()
    {
        await ResetAsync();
        File.Copy(TestPaths.SeedArticle, _sources.Combine("seed.txt"));
        Assert.Equal(0, await IngestAsync());
        await using var a = await ReplicaBot.StartAsync(database.ConnectionString, NewData());
        await using var b = await ReplicaBot.StartAsync(database.ConnectionString, NewData());
        Assert.Contains(SeedAnswer, await a.AskAsync(SeedQuestion), StringComparison.Ordinal);
        Assert.Contains(SeedAnswer, await b.AskAsync(SeedQuestion), StringComparison.Ordinal);

        await File.WriteAllTextAsync(_sources.Combine("harbour.txt"), $"Zorblat harbour reopens\n\nODESA, March 10, 2022 — {Reopened} Grain prices fell.");
        var written = Stopwatch.StartNew();
        Assert.Equal(0, await IngestAsync());
        var added = await Task.WhenAll(UntilAsync(a, text => text.Contains(Reopened, StringComparison.Ordinal), written), UntilAsync(b, text => text.Contains(Reopened, StringComparison.Ordinal), written));
        File.Delete(_sources.Combine("harbour.txt"));
        written.Restart();
        Assert.Equal(0, await IngestAsync());
        var removed = await Task.WhenAll(UntilAsync(a, text => !text.Contains("Zorblat", StringComparison.Ordinal), written), UntilAsync(b, text => !text.Contains("Zorblat", StringComparison.Ordinal), written));

        output.WriteLine($"answerable on A after {added[0].TotalMilliseconds:F0} ms, on B after {added[1].TotalMilliseconds:F0} ms; gone from A after {removed[0].TotalMilliseconds:F0} ms, from B after {removed[1].TotalMilliseconds:F0} ms (from ingest's start)");
        Assert.All(added.Concat(removed), latency => Assert.True(latency < Deadline, $"{latency.TotalMilliseconds:F0} ms"));
        Assert.Contains(SeedAnswer, await b.AskAsync(SeedQuestion), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Instance_RestartedAfterChangesWhileDown_ResumesFromItsGenerationAndAppliesOnlyTheNewChange()
    {
        await ResetAsync();
        File.Copy(TestPaths.SeedArticle, _sources.Combine("seed.txt"));
        await IngestAsync();
        var data = NewData();
        long before;
        await using (var first = await ReplicaBot.StartAsync(database.ConnectionString, data))
        {
            before = first.Replica.Generation;
        }

        await File.WriteAllTextAsync(_sources.Combine("harbour.txt"), $"Zorblat harbour reopens\n\nODESA, March 10, 2022 — {Reopened} Grain prices fell.");
        await IngestAsync();
        await using var second = await ReplicaBot.StartAsync(database.ConnectionString, data);

        Assert.Equal(1, before);
        Assert.Equal(2, second.Replica.Generation);
        Assert.Contains(Reopened, await second.AskAsync(Question), StringComparison.Ordinal);
        Assert.Contains(SeedAnswer, await second.AskAsync(SeedQuestion), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task NewInstance_JoiningAfterTheWriterEmbedded_BootstrapsWithoutEmbeddingASentence()
    {
        await ResetAsync();
        File.Copy(TestPaths.SeedArticle, _sources.Combine("seed.txt"));
        await File.WriteAllTextAsync(_sources.Combine("harbour.txt"), $"Zorblat harbour reopens\n\nODESA, March 10, 2022 — {Reopened} Grain prices fell.");
        var writerModel = new FakeEmbeddingGenerator();
        var summary = await Writer(writerModel).TryWriteAsync(IngestionPipeline.ReadAsync([_sources.Path], []));
        var replicaModel = new FakeEmbeddingGenerator();

        await using var joining = await ReplicaBot.StartAsync(database.ConnectionString, NewData(), replicaModel);
        var embeddedAtStart = replicaModel.Inputs.Count;
        var answer = await joining.AskAsync(Question);

        Assert.True(summary!.Embedded > 0);
        Assert.Equal(0, embeddedAtStart);
        Assert.True(joining.App.Services.GetRequiredService<CoverageLibrary>().Current!.IsHybrid);
        Assert.Contains(Reopened, answer, StringComparison.Ordinal);
        Assert.DoesNotContain(replicaModel.Inputs, text => writerModel.Inputs.Contains(text));
    }

    [SkippableFact]
    public async Task Instance_CatchingUpAChangedArticleWithVectors_EmbedsNothingAndKeepsTheOthersVectors()
    {
        await ResetAsync();
        File.Copy(TestPaths.SeedArticle, _sources.Combine("seed.txt"));
        var writerModel = new FakeEmbeddingGenerator();
        await Writer(writerModel).TryWriteAsync(IngestionPipeline.ReadAsync([_sources.Path], []));
        var replicaModel = new FakeEmbeddingGenerator();
        await using var bot = await ReplicaBot.StartAsync(database.ConnectionString, NewData(), replicaModel);
        await File.WriteAllTextAsync(_sources.Combine("harbour.txt"), $"Zorblat harbour reopens\n\nODESA, March 10, 2022 — {Reopened} Grain prices fell.");

        var summary = await Writer(writerModel).TryWriteAsync(IngestionPipeline.ReadAsync([_sources.Path], []));
        var written = Stopwatch.StartNew();
        var latency = await UntilAsync(bot, text => text.Contains(Reopened, StringComparison.Ordinal), written);
        var seed = await bot.AskAsync(SeedQuestion);

        Assert.Equal(["harbour"], summary!.Added);
        Assert.True(latency < Deadline, $"{latency.TotalMilliseconds:F0} ms");
        Assert.Contains(SeedAnswer, seed, StringComparison.Ordinal);
        Assert.True(bot.App.Services.GetRequiredService<CoverageLibrary>().Current!.IsHybrid);
        Assert.DoesNotContain(replicaModel.Inputs, text => writerModel.Inputs.Contains(text));
    }

    [SkippableFact]
    public async Task Instance_WhileItsNotificationConnectionKeepsDropping_StillCatchesUpByPolling()
    {
        await ResetAsync();
        File.Copy(TestPaths.SeedArticle, _sources.Combine("seed.txt"));
        await IngestAsync();
        await using var bot = await ReplicaBot.StartAsync(database.ConnectionString, NewData());
        using var stop = new CancellationTokenSource();
        var killer = Task.Run(async () =>
        {
            var killed = 0L;
            await using var admin = await database.OpenAsync();
            while (!stop.IsCancellationRequested)
            {
                await using var kill = new NpgsqlCommand("select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = current_database() and query ilike 'listen%'", admin);
                killed += (long)(await kill.ExecuteScalarAsync())!;
                await Task.Delay(20);
            }

            return killed;
        });

        await File.WriteAllTextAsync(_sources.Combine("harbour.txt"), $"Zorblat harbour reopens\n\nODESA, March 10, 2022 — {Reopened} Grain prices fell.");
        var written = Stopwatch.StartNew();
        await IngestAsync();
        var latency = await UntilAsync(bot, text => text.Contains(Reopened, StringComparison.Ordinal), written);
        await stop.CancelAsync();
        var killed = await killer;

        output.WriteLine($"answerable after {latency.TotalMilliseconds:F0} ms with {killed} notification connections killed");
        Assert.True(killed > 0);
        Assert.True(latency < Deadline, $"{latency.TotalMilliseconds:F0} ms");
    }

    public void Dispose()
    {
        _data.ForEach(d => d.Dispose());
        _sources.Dispose();
    }

    private CoverageWriter Writer(FakeEmbeddingGenerator model) =>
        new(database.ConnectionString, new SentenceEmbedder(model, Options.Create(new EmbeddingOptions())), FakeEmbeddingGenerator.ModelId, NullLogger<CoverageWriter>.Instance);

    private string NewData()
    {
        var data = new TempDirectory();
        _data.Add(data);
        return data.Path;
    }

    private async Task<int> IngestAsync()
    {
        string[] args = ["ingest", "--folder", _sources.Path, "--Embedding:Enabled=false", "--Coverage:Store=Postgres", $"--ConnectionStrings:NewsBot={database.ConnectionString}"];
        return await NewsBotCommands.InvokeAsync(args, TextWriter.Null, TextWriter.Null);
    }

    private static async Task<TimeSpan> UntilAsync(ReplicaBot bot, Func<string, bool> condition, Stopwatch since)
    {
        while (since.Elapsed < Deadline + TimeSpan.FromSeconds(5))
        {
            if (condition(await bot.AskAsync(Question)))
            {
                return since.Elapsed;
            }

            await Task.Delay(100);
        }

        return since.Elapsed;
    }

    private async Task ResetAsync()
    {
        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand("drop table if exists coverage_sentences, coverage_embeddings, coverage_changes, coverage_articles", connection);
        await command.ExecuteNonQueryAsync();
    }
}

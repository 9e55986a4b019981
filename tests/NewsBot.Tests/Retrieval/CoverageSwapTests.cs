using System.Globalization;
using Microsoft.Extensions.Options;
using NewsBot.Answering;
using NewsBot.Evaluation;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>Reloads swap the served index under running queries: readers finish on the index they leased.</summary>
public sealed class CoverageSwapTests
{
    private const string Question = "what did Russia propose on December 17?";

    [Fact]
    public async Task LoadAsync_TwentyReloadsUnderFourQueryingTasks_NoFailureAndEveryCitationResolves()
    {
        using var seeds = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        await File.WriteAllTextAsync(seeds.Combine("b.txt"), Harbour(0));
        using var coverage = await TestCoverage.LoadAsync(seeds.Path);
        var plugin = new CoveragePlugin(coverage.Library, Options.Create(new AnsweringOptions()));
        using var reloading = new CancellationTokenSource();
        var loaded = new List<NewsBot.Retrieval.CoverageIndex> { coverage.Library.Current! };
        var total = 0;

        var readers = Enumerable.Range(0, 4).Select(reader => Task.Run(async () =>
        {
            var answers = 0;
            while (!reloading.IsCancellationRequested)
            {
                using var lease = coverage.Library.Acquire();
                var index = lease.Index!;
                var question = reader % 2 == 0 ? Question : "when did the Zorblat harbour reopen?";
                var passages = await index.RetrieveAsync(question, 20);
                var answer = ExtractiveComposer.Compose(question, passages, index.Corpus, new AnsweringOptions());
                Assert.All(answer.Citations, c => Assert.True(Evaluator.Resolves(index.Corpus, c), c.Quote));
                Assert.NotEmpty((await plugin.AnswerQuestionAsync(question)).Citations);
                answers++;
                Interlocked.Increment(ref total);
            }

            return answers;
        })).ToList();
        for (var i = 1; i <= 20; i++)
        {
            // Every reload starts only once more queries ran, so reloads and queries interleave even on a busy machine.
            for (var seen = Volatile.Read(ref total); Volatile.Read(ref total) < seen + 4;)
            {
                await Task.Delay(5);
            }

            await File.WriteAllTextAsync(seeds.Combine("b.txt"), Harbour(i));
            loaded.Add(await coverage.Library.LoadAsync());
        }

        await reloading.CancelAsync();
        var answered = await Task.WhenAll(readers);
        await coverage.Library.LoadAsync();

        Assert.True(answered.Sum() >= 80);
        Assert.Equal(21, loaded.Select(i => i.Version).Distinct().Count());
        Assert.All(loaded.SkipLast(1), old => Assert.True(old.IsDisposed));
        Assert.False(loaded[^1].IsDisposed);
        Assert.Equal(Enumerable.Range(1, 21).Select(g => (long)g), loaded.Select(i => i.Generation));
    }

    [Fact]
    public async Task Acquire_LeaseHeldAcrossAReload_KeepsTheOldIndexOpenUntilReleased()
    {
        using var seeds = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        using var coverage = await TestCoverage.LoadAsync(seeds.Path);
        var lease = coverage.Library.Acquire();
        var old = lease.Index!;

        await File.WriteAllTextAsync(seeds.Combine("b.txt"), Harbour(1));
        var current = await coverage.Library.LoadAsync();
        var passages = await old.RetrieveAsync(Question, 3);
        var disposedWhileLeased = old.IsDisposed;
        lease.Dispose();
        lease.Dispose();

        Assert.NotSame(old, current);
        Assert.False(disposedWhileLeased);
        Assert.NotEmpty(passages);
        Assert.True(old.IsDisposed);
        Assert.False(current.IsDisposed);
        Assert.NotEmpty(await current.RetrieveAsync("Zorblat harbour", 3));
    }

    [Fact]
    public void Acquire_BeforeTheFirstLoad_GivesAnEmptyLease()
    {
        using var coverage = new TestCoverage(TestPaths.Seeds);

        using var lease = coverage.Library.Acquire();

        Assert.Null(lease.Index);
    }

    private static string Harbour(int day) => string.Create(CultureInfo.InvariantCulture, $"""
        Zorblat harbour reopens

        ODESA, March {day + 1}, 2022 — The Zorblat harbour reopened to grain ships after {day + 2} days, port officials said. Revision {day} of the schedule listed {day * 7 + 3} ships.
        """);
}

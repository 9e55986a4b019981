using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using NewsBot.Hosting;
using NewsBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsBot.Tests.Hosting;

/// <summary>The bot on a real Kestrel listener follows its folder: files added, changed and deleted while it serves.</summary>
public sealed class LiveReindexTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private const string Question = "when did the Zorblat harbour reopen to grain ships?";
    private const string Reopened = "The Zorblat harbour reopened to grain ships on March 2, port officials said.";
    private const string Closed = "The Zorblat harbour reopened to grain ships on March 9 after the storm, port officials said.";

    [Fact]
    public async Task Folder_FileAddedChangedDeleted_AnswersFollowWithinTenSecondsWithoutFailedRequests()
    {
        using var seeds = new TempDirectory();
        using var data = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = TestPaths.RepositoryRoot,
            // A stream of questions from one reader at one address: lifted above the rate limits, which would slow it down.
            Args = [$"--Coverage:Folders:0={seeds.Path}", $"--Coverage:DataDirectory={data.Path}", "--Bot:MessagesPerMinute=10000", "--Bot:MessagesPerMinutePerAddress=100000"],
        });
        builder.WebHost.UseUrls(Loopback.AnyPort);
        builder.AddNewsBot();
        await using var app = builder.Build();
        app.MapNewsBot();
        await app.StartAsync();
        var address = Loopback.AddressOf(app);
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        using var stop = new CancellationTokenSource();
        var background = Task.Run(async () =>
        {
            var turns = 0;
            while (!stop.IsCancellationRequested)
            {
                var replies = await Activities.ExchangeAsync(client, Activities.Message("what did Russia propose on December 17?"));
                Assert.Contains("On December 17, 2021, the Russian Foreign Ministry released", replies.OfType("message").First().Text(), StringComparison.Ordinal);
                turns++;
            }

            return turns;
        });

        await File.WriteAllTextAsync(seeds.Combine("harbour.txt"), Article(Reopened));
        var added = await UntilAsync(client, text => text.Contains(Reopened, StringComparison.Ordinal));
        await File.WriteAllTextAsync(seeds.Combine("harbour.txt"), Article(Closed));
        var changed = await UntilAsync(client, text => text.Contains(Closed, StringComparison.Ordinal) && !text.Contains(Reopened, StringComparison.Ordinal));
        File.Delete(seeds.Combine("harbour.txt"));
        var deleted = await UntilAsync(client, text => !text.Contains("Zorblat", StringComparison.Ordinal));
        await stop.CancelAsync();
        var turns = await background;
        await app.StopAsync();

        output.WriteLine($"cited after add {added.TotalMilliseconds:F0} ms, change {changed.TotalMilliseconds:F0} ms, delete {deleted.TotalMilliseconds:F0} ms; {turns} concurrent turns, none failed");
        Assert.All(new[] { added, changed, deleted }, latency => Assert.True(latency < Deadline, $"{latency.TotalMilliseconds:F0} ms"));
        Assert.True(turns > 0);
    }

    /// <summary>Asks until the answer satisfies <paramref name="condition"/>; returns how long that took.</summary>
    private static async Task<TimeSpan> UntilAsync(HttpClient client, Func<string, bool> condition)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < Deadline + TimeSpan.FromSeconds(5))
        {
            var replies = await Activities.ExchangeAsync(client, Activities.Message(Question));
            if (condition(string.Join('\n', replies.OfType("message").Select(r => r.Text()))))
            {
                return stopwatch.Elapsed;
            }

            await Task.Delay(100);
        }

        return stopwatch.Elapsed;
    }

    private static string Article(string sentence) => $"Zorblat harbour reopens\n\nODESA, March 10, 2022 — {sentence} Grain prices fell.";
}

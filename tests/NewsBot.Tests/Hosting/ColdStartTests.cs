using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Hosting;
using NewsBot.Retrieval;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// A restarted bot serves the generation its store published before it reads its sources, and applies what changed
/// while it was down behind that, without its watcher.
/// </summary>
public sealed class ColdStartTests
{
    [Fact]
    public async Task Restart_SourcesNotYetReadable_ServesThePublishedGenerationThenAppliesTheChangeBehindIt()
    {
        using var sources = new TempDirectory();
        using var data = new TempDirectory();
        var corpus = sources.Combine("corpus.jsonl");
        var quay = Line("quay", "Quay reopens", "The Vostrel harbour quay reopened to grain ships on Monday.");
        var mill = Line("mill", "Mill sold", "The Quenby paper mill was sold to a workers' cooperative.");
        await File.WriteAllTextAsync(corpus, quay + "\n");
        await using (var first = Bot(sources.Path, corpus, data.Path))
        {
            await first.StartAsync();
            await first.StopAsync();
        }

        // While the bot is down the corpus changes, and stays unreadable until written: a reader blocks on the pipe.
        File.Delete(corpus);
        using (var mkfifo = Process.Start("mkfifo", corpus))
        {
            await mkfifo.WaitForExitAsync();
        }

        await using var restarted = Bot(sources.Path, corpus, data.Path);
        await restarted.StartAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var library = restarted.Services.GetRequiredService<CoverageLibrary>();
        var served = library.Current!;
        var servedQuay = await served.RetrieveAsync("when did the Vostrel quay reopen?", 3);
        await File.WriteAllTextAsync(corpus, quay + "\n" + mill + "\n");
        var applied = await Poll.UntilAsync(() => library.Current!.Corpus.FindArticle("mill") is not null, TimeSpan.FromSeconds(10));
        var answer = await library.Current!.RetrieveAsync("who bought the Quenby paper mill?", 3);
        await restarted.StopAsync();

        Assert.Equal(1, served.Generation);
        Assert.Null(served.Corpus.FindArticle("mill"));
        Assert.Contains(servedQuay, p => p.Article.Id == "quay");
        Assert.True(applied, "the change made while the bot was down was not applied within 10 s");
        Assert.Equal("mill", answer[0].Article.Id);
    }

    [Fact]
    public async Task Restart_SourcesUnchanged_HandsTheComparisonsMemoryBackOnceItEnds()
    {
        using var sources = new TempDirectory();
        using var data = new TempDirectory();
        var corpus = sources.Combine("corpus.jsonl");
        await File.WriteAllTextAsync(corpus, Line("quay", "Quay reopens", "The Vardo harbour quay reopened to grain ships on Monday.") + "\n");
        using var firstLogs = new ListLoggerProvider();
        await using (var first = Bot(sources.Path, corpus, data.Path, firstLogs))
        {
            await first.StartAsync();
            await first.StopAsync();
        }

        using var logs = new ListLoggerProvider();
        await using var restarted = Bot(sources.Path, corpus, data.Path, logs);
        await restarted.StartAsync();
        var released = await Poll.UntilAsync(() => logs.Entries.Any(e => e.EventId == LoadMemoryReleased), TimeSpan.FromSeconds(30));
        await restarted.StopAsync();

        // The first start read its sources before serving and released what that took; the restart served its store
        // first and released once the sources behind it were compared.
        Assert.Single(firstLogs.Entries, e => e.EventId == LoadMemoryReleased);
        Assert.True(released, "the restart did not hand the comparison's memory back");
        var events = logs.Entries.Select(e => e.EventId).Where(id => id is Reloaded or LoadMemoryReleased).ToList();
        Assert.Equal([Reloaded, LoadMemoryReleased], events);
    }

    private const int Reloaded = 3001;

    private const int LoadMemoryReleased = 3006;

    private static WebApplication Bot(string folder, string corpus, string data, ListLoggerProvider? logs = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = TestPaths.RepositoryRoot,
            Args = [$"--Coverage:Folders:0={folder}/none", $"--Coverage:Corpora:0={corpus}", $"--Coverage:DataDirectory={data}", "--Coverage:Watch=false", "--Embedding:Enabled=false"],
        });
        builder.WebHost.UseUrls(Loopback.AnyPort);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.AddNewsBot();
        var app = builder.Build();
        app.MapNewsBot();
        return app;
    }

    private static string Line(string id, string title, string text) =>
        JsonSerializer.Serialize(new { id, title, date = "2022-03-10", source = "Test Wire", url = $"https://example.com/{id}", text });
}

using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Hosting;
using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// The watcher misses no change made once the host has started: it listens before the loader reads the sources, and
/// a rescan an hour away is not what picks a new file up.
/// </summary>
public sealed class CoverageWatcherTests
{
    [Fact]
    public async Task Bot_WatcherStartsBeforeTheLoaderReadsTheSources()
    {
        using var folder = new TempDirectory();
        using var data = new TempDirectory();
        await using var app = Bot(folder.Path, data.Path);

        var order = app.Services.GetServices<IHostedService>().Select(s => s.GetType()).ToList();

        Assert.InRange(order.IndexOf(typeof(CoverageWatcher)), 0, order.IndexOf(typeof(CoverageLoader)) - 1);
    }

    [Fact]
    public async Task FileWrittenTheMomentTheHostHasStarted_IsAppliedWithoutWaitingForTheRescan()
    {
        using var folder = new TempDirectory();
        using var data = new TempDirectory();
        await File.WriteAllTextAsync(folder.Combine("kiln.txt"), "Kiln relit\n\nLEEDS, May 4, 2023 — The Harrowgate brick kiln was relit on Monday.");
        await using var app = Bot(folder.Path, data.Path);
        await app.StartAsync();
        await File.WriteAllTextAsync(folder.Combine("ferry.txt"), "Ferry resumes\n\nOBAN, May 4, 2023 — The Kerrera ferry resumed sailings on Tuesday.");
        var library = app.Services.GetRequiredService<CoverageLibrary>();

        var applied = await UntilAsync(() => library.Current!.Corpus.Articles.Any(a => a.Headline == "Ferry resumes"));
        await app.StopAsync();

        Assert.True(applied, "a file written as the host started was not applied within 20 s, with the rescan an hour away");
    }

    private static WebApplication Bot(string folder, string data)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = TestPaths.RepositoryRoot,
            Args = [$"--Coverage:Folders:0={folder}", $"--Coverage:DataDirectory={data}", "--Coverage:RescanSeconds=3600", "--Embedding:Enabled=false"],
        });
        builder.WebHost.UseUrls(Loopback.AnyPort);
        builder.AddNewsBot();
        var app = builder.Build();
        app.MapNewsBot();
        return app;
    }

    private static async Task<bool> UntilAsync(Func<bool> condition)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            if (stopwatch.Elapsed > TimeSpan.FromSeconds(20))
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }
}

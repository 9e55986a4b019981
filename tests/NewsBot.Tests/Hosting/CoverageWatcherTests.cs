using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Hosting;
using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// The watcher misses no change made once the host is starting: it listens before the loader reads the sources, and a
/// rescan an hour away is not what picks a new file up.
/// </summary>
public sealed class CoverageWatcherTests
{
    [Fact]
    public async Task FileWrittenWhileTheLoaderReads_IsAnEventTheLoopApplies_ThoughItsFingerprintCameLater()
    {
        using var folder = new TempDirectory();
        using var data = new TempDirectory();
        await File.WriteAllTextAsync(folder.Combine("kiln.txt"), "Kiln relit\n\nLEEDS, May 4, 2023 — The Harrowgate brick kiln was relit on Monday.");
        await using var app = Bot(folder.Path, data.Path);
        var library = app.Services.GetRequiredService<CoverageLibrary>();
        var watcher = app.Services.GetServices<IHostedService>().OfType<CoverageWatcher>().Single();

        // The host's order: every service's StartingAsync, then the loader's first read, then the watcher's start.
        await watcher.StartingAsync(CancellationToken.None);
        await library.LoadAsync(CancellationToken.None);
        await File.WriteAllTextAsync(folder.Combine("ferry.txt"), "Ferry resumes\n\nOBAN, May 4, 2023 — The Kerrera ferry resumed sailings on Tuesday.");
        await watcher.StartAsync(CancellationToken.None);
        var applied = await Poll.UntilAsync(() => library.Current!.Corpus.Articles.Any(a => a.Headline == "Ferry resumes"), TimeSpan.FromSeconds(20));
        await watcher.StopAsync(CancellationToken.None);

        Assert.True(applied, "a file written before the watcher's loop began was not applied within 20 s, with the rescan an hour away");
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

        var applied = await Poll.UntilAsync(() => library.Current!.Corpus.Articles.Any(a => a.Headline == "Ferry resumes"), TimeSpan.FromSeconds(20));
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
}

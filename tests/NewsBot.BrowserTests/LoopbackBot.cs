using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Hosting;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.BrowserTests;

/// <summary>
/// The bot on a real Kestrel listener on a free loopback port, serving the seeds and the <see cref="HostileArticle"/>,
/// its log kept (NewsBot's own lines from Debug).
/// </summary>
internal sealed class LoopbackBot : IAsyncDisposable
{
    private readonly TempDirectory _data = new();
    private WebApplication? _app;

    public ListLoggerProvider Logs { get; } = new(LogLevel.Debug);

    /// <summary>The messaging endpoint, e.g. <c>http://127.0.0.1:41234/api/messages</c>.</summary>
    public string Endpoint { get; private set; } = string.Empty;

    public async Task StartAsync()
    {
        var hostile = _data.Combine("hostile");
        HostileArticle.WriteTo(hostile);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = TestPaths.RepositoryRoot,
            Args = [$"--Coverage:DataDirectory={_data.Combine("index")}", $"--Coverage:Folders:0={TestPaths.Seeds}", $"--Coverage:Folders:1={hostile}"],
        });
        builder.WebHost.UseUrls(Loopback.AnyPort);
        builder.Logging.AddProvider(Logs);
        builder.Logging.AddFilter<ListLoggerProvider>("NewsBot", LogLevel.Debug);
        builder.AddNewsBot();
        _app = builder.Build();
        _app.MapNewsBot();
        await _app.StartAsync();
        var address = Loopback.AddressOf(_app);
        Endpoint = address + "/api/messages";
        await WarmUpAsync(address);
    }

    /// <summary>
    /// Waits until the coverage is loaded and one question has been answered (the embedding model and the code paths
    /// warmed), so a client's first request is not held past its own timeout on a slow machine.
    /// </summary>
    private static async Task WarmUpAsync(string address)
    {
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromMinutes(3); waited += TimeSpan.FromMilliseconds(250))
        {
            using var health = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/healthz"));
            if (health.RootElement.GetProperty("status").GetString() == "ready")
            {
                await Activities.ExchangeAsync(client, Activities.Message("what did Russia propose on December 17?"));
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The bot's coverage was not ready within 3 minutes");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _data.Dispose();
    }
}

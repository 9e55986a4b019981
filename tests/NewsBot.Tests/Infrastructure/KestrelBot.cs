using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Hosting;

namespace NewsBot.Tests.Infrastructure;

/// <summary>The whole bot on a real Kestrel listener on a free loopback port, over the seeds, with extra settings.</summary>
internal sealed class KestrelBot : IAsyncDisposable
{
    private readonly TempDirectory _data;

    private KestrelBot(WebApplication app, TempDirectory data)
    {
        App = app;
        _data = data;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; private set; } = null!;

    public static Task<KestrelBot> StartAsync(params string[] settings) => StartAsync(configure: null, settings);

    /// <summary>Starts the bot with <paramref name="configure"/> run on its services after NewsBot's own registrations.</summary>
    public static async Task<KestrelBot> StartAsync(Action<IServiceCollection>? configure, params string[] settings)
    {
        var data = new TempDirectory();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = TestPaths.RepositoryRoot,
            Args = [$"--Coverage:DataDirectory={data.Path}", "--Coverage:Watch=false", "--Embedding:Enabled=false", .. settings],
        });
        builder.WebHost.UseUrls(Loopback.AnyPort);
        builder.AddNewsBot();
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapNewsBot();
        await app.StartAsync();
        return new KestrelBot(app, data) { Client = new HttpClient { BaseAddress = new Uri(Loopback.AddressOf(app)), Timeout = TimeSpan.FromSeconds(60) } };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        _data.Dispose();
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Hosting;
using NewsBot.Replication;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Replication;

/// <summary>
/// A whole bot in the Postgres profile on a real Kestrel listener on a free loopback port, with its replica in
/// <paramref name="dataDirectory"/> (kept by the caller, so a restart finds it), optionally with an embedding model of the test's.
/// </summary>
internal sealed class ReplicaBot(WebApplication app, HttpClient client) : IAsyncDisposable
{
    public WebApplication App { get; } = app;

    public HttpClient Client { get; } = client;

    public CoverageReplica Replica => App.Services.GetRequiredService<CoverageReplica>();

    public static async Task<ReplicaBot> StartAsync(string connectionString, string dataDirectory, IEmbeddingGenerator<string, Embedding<float>>? model = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = TestPaths.RepositoryRoot,
            Args =
            [
                "--Coverage:Store=Postgres",
                $"--ConnectionStrings:NewsBot={connectionString}",
                $"--Coverage:DataDirectory={dataDirectory}",
                $"--Embedding:Enabled={model is not null}",
                "--Replication:PollSeconds=1",
                "--Bot:MessagesPerMinute=10000",
                "--Bot:MessagesPerMinutePerAddress=100000",
            ],
        });
        builder.WebHost.UseUrls(Loopback.AnyPort);
        builder.AddNewsBot();
        if (model is not null)
        {
            builder.Services.AddKeyedSingleton(NewsBotHostingExtensions.EmbeddingModelKey, model);
        }

        var app = builder.Build();
        app.MapNewsBot();
        await app.StartAsync();
        return new ReplicaBot(app, new HttpClient { BaseAddress = new Uri(Loopback.AddressOf(app)), Timeout = TimeSpan.FromSeconds(60) });
    }

    /// <summary>The text of the bot's answer to <paramref name="question"/>.</summary>
    public async Task<string> AskAsync(string question)
    {
        var replies = await Activities.ExchangeAsync(Client, Activities.Message(question));
        return string.Join('\n', replies.OfType("message").Select(r => r.Text()));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

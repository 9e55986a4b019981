using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Bot;
using NewsBot.Hosting;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Bot;

public sealed class ConnectorClientCacheTests
{
    [Fact]
    public async Task Turns_OverRealHttpFromTwoConversations_ShareOneClientAndEveryReplyArrives()
    {
        await using var sink = await ChannelSink.StartAsync();
        using var data = new TempDirectory();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = TestPaths.RepositoryRoot, Args = [$"--Coverage:DataDirectory={data.Path}", "--Embedding:Enabled=false"] });
        builder.WebHost.UseUrls(Loopback.AnyPort);
        builder.AddNewsBot();
        await using var app = builder.Build();
        app.MapNewsBot();
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(Loopback.AddressOf(app)) };
        var replies = new List<string?>();

        // A turn disposes the client it was given; the next turn must still be able to reply through the shared one.
        foreach (var question in new[] { "what did Russia propose on December 17?", "What did Peskov say?", "where were the US talks held?" })
        {
            var activity = Activities.Message(question, serviceUrl: sink.ServiceUrl.AbsoluteUri, expectReplies: false);
            using var response = await client.PostAsJsonAsync("/api/messages", activity);
            response.EnsureSuccessStatusCode();
            var reply = await sink.NextAsync("message", TimeSpan.FromSeconds(30));
            replies.Add(reply.GetProperty("replyToId").GetString());
            Assert.Equal(activity["id"]!.GetValue<string>(), replies[^1]);
        }

        Assert.Equal(3, replies.Distinct().Count());
        Assert.Equal(1, app.Services.GetRequiredService<ConnectorClientCache>().Count);
        await app.StopAsync();
    }

    [Fact]
    public async Task CreateAsync_SameAddressTwiceThenPastCapacity_MakesOneClientThenOneForEveryTurn()
    {
        using var cache = new ConnectorClientCache();
        var inner = new CountingFactory();
        var factory = cache.Wrap(inner, new ClaimsIdentity());

        using (await factory.CreateAsync("http://127.0.0.1:1/", null!, CancellationToken.None))
        {
        }

        using var again = await factory.CreateAsync("http://127.0.0.1:1/", null!, CancellationToken.None);
        Assert.Equal(1, inner.Created);
        Assert.Equal(new Uri("http://127.0.0.1:1/"), again.BaseUri);

        for (var i = 2; i <= ConnectorClientCache.Capacity + 3; i++)
        {
            using var client = await factory.CreateAsync($"http://127.0.0.1:{i}/", null!, CancellationToken.None);
        }

        Assert.Equal(ConnectorClientCache.Capacity, cache.Count);
        Assert.Equal(ConnectorClientCache.Capacity + 3, inner.Created);
        using var beyond = await factory.CreateAsync($"http://127.0.0.1:{ConnectorClientCache.Capacity + 3}/", null!, CancellationToken.None);
        Assert.Equal(ConnectorClientCache.Capacity + 4, inner.Created);
    }

    private sealed class CountingFactory : ConnectorFactory
    {
        public int Created { get; private set; }

        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            Created++;
            return Task.FromResult<IConnectorClient>(new ConnectorClient(new Uri(serviceUrl), MicrosoftAppCredentials.Empty));
        }
    }
}

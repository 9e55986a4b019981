using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>The bot on real Kestrel against channels that misbehave: silent, failing, or one address posing as many.</summary>
public sealed class SlowPeerTests
{
    [Fact]
    public async Task Message_SilentServiceUrl_TurnEndsAfterTheReplyTimeoutWithNoSecondAttempt()
    {
        using var silent = new BlackHole();
        await using var bot = await KestrelBot.StartAsync("--Bot:ReplyTimeoutSeconds=1", "--Bot:TypingDelayMilliseconds=10000");

        // The client gives up after 60 s; before the reply timeout the bot held this request 200 s (reply, then apology).
        using var response = await bot.Client.PostAsJsonAsync("/api/messages", Activities.Message("help", serviceUrl: $"http://127.0.0.1:{silent.Port}/", expectReplies: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, silent.Connections);
    }

    [Fact]
    public async Task Message_ServiceUrlAnswering500_IsNot500AndNotRetriedAsAnApology()
    {
        var posts = 0;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Loopback.AnyPort);
        await using var channel = builder.Build();
        channel.MapPost("/{**path}", () =>
        {
            Interlocked.Increment(ref posts);
            return Results.StatusCode(500);
        });
        await channel.StartAsync();
        await using var bot = await KestrelBot.StartAsync("--Bot:TypingDelayMilliseconds=10000");

        using var response = await bot.Client.PostAsJsonAsync("/api/messages", Activities.Message("help", serviceUrl: Loopback.AddressOf(channel) + "/", expectReplies: false));

        Assert.True((int)response.StatusCode < 500, $"answered {(int)response.StatusCode}");
        Assert.Equal(1, posts);
        await channel.StopAsync();
    }

    [Fact]
    public async Task Message_FreshUsersAndConversationsFromOneAddress_AreRateLimitedByAddress()
    {
        await using var bot = await KestrelBot.StartAsync("--Bot:MessagesPerMinutePerAddress=3");

        var texts = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var activity = Activities.Message("help", conversationId: Activities.NewConversationId());
            activity["from"] = new JsonObject { ["id"] = $"user-{Guid.NewGuid():N}" };
            texts.Add((await Activities.ExchangeAsync(bot.Client, activity)).OfType("message").Single().Text());
        }

        Assert.All(texts.Take(3), t => Assert.Contains("I know", t, StringComparison.Ordinal));
        Assert.Contains("faster than I can read them", texts[3], StringComparison.Ordinal);
    }
}

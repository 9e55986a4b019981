using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Hosting;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// Teams feedback the way the Agents Playground sends it: the comment as a plain string and no <c>replyToId</c>. The
/// bot on a real Kestrel listener posts its answers to a loopback connector, which gives each its id.
/// </summary>
public sealed class FeedbackLoopbackTests
{
    [Fact]
    public async Task Feedback_WithoutReplyToId_IsLoggedAgainstTheConversationsLastAnswer()
    {
        await using var sink = await ChannelSink.StartAsync();
        using var data = new TempDirectory();
        var logs = new ListLoggerProvider();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = TestPaths.RepositoryRoot, Args = [$"--Coverage:DataDirectory={data.Path}"] });
        builder.WebHost.UseUrls(Loopback.AnyPort);
        builder.Logging.AddProvider(logs);
        builder.AddNewsBot();
        await using var app = builder.Build();
        app.MapNewsBot();
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(Loopback.AddressOf(app)) };
        var conversation = Activities.NewConversationId();

        var firstId = await AskAsync(client, sink, "what did Russia propose on December 17?", conversation);
        var lastId = await AskAsync(client, sink, "what did Russia propose on December 17?", conversation);
        var feedback = Activities.Invoke("message/submitAction", PlaygroundFeedback("like", "Right place, thanks"), expectReplies: false);
        feedback["conversation"] = new JsonObject { ["id"] = conversation };
        feedback["serviceUrl"] = sink.ServiceUrl.AbsoluteUri;
        using var response = await client.PostAsJsonAsync("/api/messages", feedback);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(firstId, lastId);
        var logged = Assert.Single(logs.Entries, e => e.Message.StartsWith("Feedback on answer", StringComparison.Ordinal)).Message;
        Assert.Equal($"Feedback on answer {lastId}: like, text length: 19: Right place, thanks", logged);
        await app.StopAsync();
    }

    /// <summary>Posts a question and returns the id the connector gave the bot's answer (its first message).</summary>
    private static async Task<string> AskAsync(HttpClient client, ChannelSink sink, string question, string conversation)
    {
        var activity = Activities.Message(question, channelId: "msteams", serviceUrl: sink.ServiceUrl.AbsoluteUri, expectReplies: false, conversationId: conversation);
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var answer = await sink.NextAsync("message", TimeSpan.FromSeconds(30));
        await sink.NextAsync("message", TimeSpan.FromSeconds(30));
        return answer.GetProperty("id").GetString()!;
    }

    /// <summary>What the Agents Playground 0.2.28 sends: the comment is the plain string, not JSON inside a string.</summary>
    private static JsonObject PlaygroundFeedback(string reaction, string comment) => new()
    {
        ["actionName"] = "feedback",
        ["actionValue"] = new JsonObject { ["reaction"] = reaction, ["feedback"] = comment },
    };
}

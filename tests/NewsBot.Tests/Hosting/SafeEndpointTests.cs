using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>What /api/messages refuses or tolerates that a hostile or odd client may send.</summary>
public sealed class SafeEndpointTests(NewsBotFactory factory) : IClassFixture<NewsBotFactory>
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Post_NotJson_Returns415(string contentType)
    {
        var client = factory.CreateClient();
        using var content = new StringContent(Activities.Message("what did Russia propose?").ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        using var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var (code, message) = await ErrorReply.ReadAsync(response);
        Assert.Equal("UnsupportedMediaType", code);
        Assert.Contains("application/json", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ConversationIdOverTheLimit_Returns400()
    {
        var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/messages", Activities.Message("hi", conversationId: new string('c', 513)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("BadArgument", "the conversation id is 513 characters long (limit 512)"), await ErrorReply.ReadAsync(response));
    }

    [Theory]
    [InlineData(null, "the activity has no serviceUrl, the channel's address for the replies")]
    [InlineData("file:///etc/passwd", "the activity's serviceUrl is not an absolute http or https address")]
    [InlineData("/relative/path", "the activity's serviceUrl is not an absolute http or https address")]
    public async Task Post_ServiceUrlMissingOrNotWeb_Returns400SayingSo(string? serviceUrl, string reason)
    {
        var client = factory.CreateClient();
        var activity = Activities.Message("what did Russia propose?");
        activity["serviceUrl"] = serviceUrl;
        if (serviceUrl is null)
        {
            activity.Remove("serviceUrl");
        }

        using var response = await client.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("BadArgument", reason), await ErrorReply.ReadAsync(response));
    }

    [Fact]
    public async Task Post_ConversationIdAtTheLimit_IsAnswered()
    {
        var client = factory.CreateClient();

        var replies = await Activities.ExchangeAsync(client, Activities.Message("help", conversationId: new string('c', 512)));

        Assert.Contains("I know", replies.OfType("message").Single().Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_UnknownName_Returns200NotNotImplemented()
    {
        var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/messages", Activities.Invoke("composeExtension/queryLink", new JsonObject { ["url"] = "https://example.com" }, expectReplies: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ConversationUpdate_NullMember_WelcomesTheOthersWithoutFailing()
    {
        var client = factory.CreateClient();
        var activity = Activities.Base("conversationUpdate");
        activity["membersAdded"] = new JsonArray(null, new JsonObject { ["id"] = "user-1" });

        var replies = await Activities.ExchangeAsync(client, activity);

        var text = replies.OfType("message").Single().Text();
        Assert.StartsWith("Hello! I'm NewsBot.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationUpdate_OnlyANullMember_AnswersNothingAndDoesNotFail()
    {
        var client = factory.CreateClient();
        var activity = Activities.Base("conversationUpdate");
        activity["membersAdded"] = new JsonArray((JsonNode?)null);
        activity["membersRemoved"] = new JsonArray((JsonNode?)null);

        var replies = await Activities.ExchangeAsync(client, activity);

        Assert.Empty(replies.OfType("message"));
    }

    [Fact]
    public async Task Message_FreshConversationIdsFromOneUser_AreStillRateLimited()
    {
        using var limited = new NewsBotFactory();
        limited.Settings["Bot:MessagesPerMinute"] = "3";
        var client = limited.CreateClient();

        var texts = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var activity = Activities.Message("help", conversationId: Activities.NewConversationId());
            texts.Add((await Activities.ExchangeAsync(client, activity)).OfType("message").Single().Text());
        }

        Assert.All(texts.Take(3), t => Assert.Contains("I know", t, StringComparison.Ordinal));
        Assert.Contains("faster than I can read them", texts[3], StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>The real app in memory: Bot Framework activities posted to /api/messages, replies read back.</summary>
public sealed partial class BotEndpointTests(NewsBotFactory factory) : IClassFixture<NewsBotFactory>
{
    private const string SeedQuestion = "what did Russia propose on December 17?";

    [Fact]
    public async Task Message_SeedQuestionFromEmulator_RepliesWithMarkdownCitingTheExactSentences()
    {
        var client = factory.CreateClient();

        var replies = await Activities.ExchangeAsync(client, Activities.Message(SeedQuestion));

        var text = replies.OfType("message").Single().Text();
        var december = Seeds.Article.Sentences.Single(s => s.Text.StartsWith("On December 17, 2021, the Russian Foreign Ministry released", StringComparison.Ordinal));
        var measures = Seeds.Article.Sentences.Single(s => s.Text.StartsWith("The proposed measures include", StringComparison.Ordinal));
        Assert.Contains($"“{december.Text}”", text, StringComparison.Ordinal);
        Assert.Contains($"“{measures.Text}”", text, StringComparison.Ordinal);
        Assert.Contains($"characters {december.Start}–{december.End}", text, StringComparison.Ordinal);
        Assert.Contains("TASS, 17 January 2022", text, StringComparison.Ordinal);
        Assert.Equal("markdown", replies.OfType("message").Single().GetProperty("textFormat").GetString());
    }

    [Fact]
    public async Task Message_SeedQuestionFromTeams_CarriesACitationEntityMatchingTheMarkers()
    {
        var client = factory.CreateClient();

        var replies = await Activities.ExchangeAsync(client, Activities.Message(SeedQuestion, channelId: "msteams"));

        var reply = replies.OfType("message").First();
        var entity = reply.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "https://schema.org/Message");
        Assert.Equal("Message", entity.GetProperty("@type").GetString());
        Assert.Equal("https://schema.org", entity.GetProperty("@context").GetString());
        Assert.Equal(string.Empty, entity.GetProperty("@id").GetString());
        Assert.Equal("AIGeneratedContent", entity.GetProperty("additionalType")[0].GetString());
        var positions = entity.GetProperty("citation").EnumerateArray().Select(c => c.GetProperty("position").GetInt32()).ToList();
        var markers = Markers().Matches(reply.Text()).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        Assert.NotEmpty(positions);
        Assert.Equal(markers, positions);
        Assert.All(entity.GetProperty("citation").EnumerateArray(), c =>
        {
            var appearance = c.GetProperty("appearance");
            Assert.InRange(appearance.GetProperty("name").GetString()!.Length, 1, 80);
            Assert.InRange(appearance.GetProperty("abstract").GetString()!.Length, 1, 160);
            Assert.Contains(appearance.GetProperty("text").GetString()!, Seeds.Article.Sentences.Select(s => s.Text));
            Assert.False(appearance.TryGetProperty("url", out _), "the seed article has no URL, so no citation may link one");
        });
        Assert.DoesNotContain("Sources", reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_QuestionTheCoverageDoesNotAnswer_SaysSoAndCitesNothing()
    {
        var client = factory.CreateClient();

        var replies = await Activities.ExchangeAsync(client, Activities.Message("Who won the 2022 football World Cup?"));

        var text = replies.OfType("message").Single().Text();
        Assert.Contains("coverage I have doesn't answer", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(Markers(), text);
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("{\"type\": \"message\", \"text\": \"trunc")]
    [InlineData("[1, 2, 3]")]
    [InlineData("")]
    [InlineData("{\"type\": 42, \"conversation\": \"nope\"}")]
    public async Task Post_MalformedActivity_Returns400SayingWhyAndKeepsServing(string body)
    {
        var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        var (code, message) = await ErrorReply.ReadAsync(response);
        var replies = await Activities.ExchangeAsync(client, Activities.Message(SeedQuestion));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", code);
        Assert.Matches("^the activity('s serviceUrl)? (is not valid: .|has no serviceUrl|is not an absolute)", message);
        Assert.Single(replies.OfType("message"));
    }

    [Fact]
    public async Task Post_OversizedBody_Returns413()
    {
        var client = factory.CreateClient();
        var activity = Activities.Message(new string('x', 300_000));

        using var response = await client.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(("MessageSizeTooBig", "the request is over 262,144 bytes"), await ErrorReply.ReadAsync(response));
    }

    [Fact]
    public async Task Message_Help_TellsHowManyArticlesAndTheirDates()
    {
        var client = factory.CreateClient();

        var replies = await Activities.ExchangeAsync(client, Activities.Message("help"));

        Assert.Contains("I know 1 article from TASS, published 17 January 2022", replies.OfType("message").Single().Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationUpdate_UserJoins_IsWelcomed()
    {
        var client = factory.CreateClient();
        var update = Activities.Base("conversationUpdate");
        update["membersAdded"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["id"] = "user-1" }, new System.Text.Json.Nodes.JsonObject { ["id"] = "newsbot" });

        var replies = await Activities.ExchangeAsync(client, update);

        Assert.StartsWith("Hello! I'm NewsBot.", replies.OfType("message").Single().Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Ask me a question")]
    [InlineData("   \n\t  ", "Ask me a question")]
    [InlineData(null, "Ask me a question")]
    public async Task Message_EmptyText_AsksForAQuestion(string? text, string expected)
    {
        var client = factory.CreateClient();

        var replies = await Activities.ExchangeAsync(client, Activities.Message(text));

        Assert.Contains(expected, replies.OfType("message").Single().Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_TwentyThousandCharacters_IsPolitelyRefused()
    {
        var client = factory.CreateClient();

        var replies = await Activities.ExchangeAsync(client, Activities.Message(string.Concat(Enumerable.Repeat("Russia NATO ", 1_667))[..20_000]));

        Assert.Contains("please ask in at most 2,000", replies.OfType("message").Single().Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_AttachmentOnly_ExplainsItReadsText()
    {
        var client = factory.CreateClient();
        var activity = Activities.Message(null);
        activity["attachments"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "http://127.0.0.1:9/x.png" });

        var replies = await Activities.ExchangeAsync(client, activity);

        Assert.Contains("I can only read text", replies.OfType("message").Single().Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("somethingNew")]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("endOfConversation")]
    public async Task UnknownOrIgnoredActivityType_GetsNoMessageAndTheBotKeepsServing(string type)
    {
        var client = factory.CreateClient();

        var replies = await Activities.ExchangeAsync(client, Activities.Base(type));
        var after = await Activities.ExchangeAsync(client, Activities.Message(SeedQuestion));

        Assert.Empty(replies.OfType("message"));
        Assert.Single(after.OfType("message"));
    }

    [Fact]
    public async Task Healthz_AfterStart_ReportsReadyWithTheCoverageSize()
    {
        var client = factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/healthz"));

        Assert.Equal("ready", document.RootElement.GetProperty("status").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("articles").GetInt32());
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Markers();
}

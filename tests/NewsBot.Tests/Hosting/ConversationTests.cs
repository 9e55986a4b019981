using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>Several turns of one conversation through the real host: memory, follow-ups, suggestions, Teams feedback.</summary>
public sealed class ConversationTests(NewsBotFactory factory) : IClassFixture<NewsBotFactory>
{
    private const string SeedQuestion = "what did Russia propose on December 17?";
    private const string December17 = "On December 17, 2021, the Russian Foreign Ministry released";
    private const string NoAnswer = "Russia didn’t answer during the meeting, Stoltenberg said.";
    private const string Geneva = "Russian-US consultations on the issues related to security guarantees took place in Geneva on January 10,";

    [Fact]
    public async Task Conversation_ThreeStandaloneQuestions_EachCitesItsOwnSentence()
    {
        var client = factory.CreateClient();
        var conversation = Activities.NewConversationId();

        var first = await AskAsync(client, SeedQuestion, conversation);
        var second = await AskAsync(client, "did Russia answer NATO's proposals?", conversation);
        var third = await AskAsync(client, "where were the US talks held?", conversation);

        AssertCites(first, December17);
        AssertCites(second, NoAnswer);
        AssertCites(third, Geneva);
    }

    [Fact]
    public async Task Conversation_WhenWasThatAfterTheSeedQuestion_IsRewrittenAndCitesTheDecember17Sentence()
    {
        var client = factory.CreateClient();
        var conversation = Activities.NewConversationId();

        await AskAsync(client, SeedQuestion, conversation);
        var followUp = await AskAsync(client, "when was that?", conversation);

        AssertCites(followUp, December17);
    }

    [Fact]
    public async Task Conversation_AQuestionWhosePossessiveIsItsOwnSubjects_IsNotRewrittenWithThePreviousAnswer()
    {
        var client = factory.CreateClient();
        var conversation = Activities.NewConversationId();

        await AskAsync(client, SeedQuestion, conversation);
        var next = await AskAsync(client, "where did the council hold its meeting on january 12?", conversation);

        AssertCites(next, Geneva);
        Assert.DoesNotContain(December17, next.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conversation_AFollowUpTypedInLowerCaseNamingWhatTheCoverageDoesNot_IsDeclined()
    {
        var client = factory.CreateClient();
        var conversation = Activities.NewConversationId();

        await AskAsync(client, SeedQuestion, conversation);
        var next = await AskAsync(client, "and japan?", conversation);

        Assert.Contains("coverage I have doesn't answer", next.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conversation_TwoConversations_DoNotShareMemory()
    {
        var client = factory.CreateClient();
        var first = Activities.NewConversationId();
        var second = Activities.NewConversationId();

        await AskAsync(client, SeedQuestion, first);
        var elsewhere = await AskAsync(client, "when was that?", second);
        var here = await AskAsync(client, "when was that?", first);

        Assert.Contains("coverage I have doesn't answer", elsewhere.Text(), StringComparison.Ordinal);
        AssertCites(here, December17);
    }

    [Fact]
    public async Task Answer_ComesWithSuggestedFollowUps_EachOfWhichIsAnswered()
    {
        var client = factory.CreateClient();
        var conversation = Activities.NewConversationId();

        var answer = await AskAsync(client, SeedQuestion, conversation);
        var actions = answer.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().ToList();

        Assert.InRange(actions.Count, 2, 3);
        var cited = Quotes(answer);
        foreach (var action in actions)
        {
            Assert.Equal("imBack", action.GetProperty("type").GetString());
            var question = action.GetProperty("value").GetString()!;
            Assert.Equal(question, action.GetProperty("title").GetString());

            var reply = await AskAsync(client, question, conversation);

            Assert.Contains("**Sources**", reply.Text(), StringComparison.Ordinal);
            Assert.Contains(Quotes(reply), q => !cited.Contains(q));
        }
    }

    [Fact]
    public async Task Help_OffersStarterQuestions_EachOfWhichIsAnsweredWhenSentBack()
    {
        var client = factory.CreateClient();
        var conversation = Activities.NewConversationId();

        var help = await AskAsync(client, "help", conversation);
        var actions = help.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().ToList();

        Assert.Contains("I know 1 article from TASS, published 17 January 2022. Ask me anything about it in your own words", help.Text(), StringComparison.Ordinal);
        Assert.InRange(actions.Count, 2, 3);
        foreach (var action in actions)
        {
            Assert.Equal("imBack", action.GetProperty("type").GetString());
            var question = action.GetProperty("value").GetString()!;
            var reply = await AskAsync(client, question, Activities.NewConversationId());
            Assert.Contains("**Sources**", reply.Text(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NotCoveredAnswer_SuggestsOnlyHelp()
    {
        var client = factory.CreateClient();

        var reply = await AskAsync(client, "Who won the 2022 football World Cup?", Activities.NewConversationId());

        var action = Assert.Single(reply.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray());
        Assert.Equal("help", action.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Teams_Answer_EnablesTheFeedbackLoop()
    {
        var client = factory.CreateClient();

        var replies = await Activities.ExchangeAsync(client, Activities.Message(SeedQuestion, channelId: "msteams"));

        var reply = replies.OfType("message").First();
        Assert.True(reply.GetProperty("channelData").GetProperty("feedbackLoopEnabled").GetBoolean());
    }

    [Fact]
    public async Task Emulator_Answer_HasNoTeamsChannelData()
    {
        var client = factory.CreateClient();

        var replies = await Activities.ExchangeAsync(client, Activities.Message(SeedQuestion));

        Assert.False(replies.OfType("message").Single().TryGetProperty("channelData", out _));
    }

    [Theory]
    [InlineData("like")]
    [InlineData("dislike")]
    public async Task Teams_FeedbackInvoke_IsAcceptedWithStatus200(string reaction)
    {
        var client = factory.CreateClient();
        var value = Feedback(reaction, "The date is right but I wanted more context.");

        var replies = await Activities.ExchangeAsync(client, Activities.Invoke("message/submitAction", value, replyToId: "reply-1"));

        var invokeResponse = replies.OfType("invokeResponse").Single();
        // The SDK writes InvokeResponse with its .NET property names ("Status").
        var status = invokeResponse.GetProperty("value").EnumerateObject().Single(p => string.Equals(p.Name, "status", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(200, status.Value.GetInt32());
        Assert.Empty(replies.OfType("message"));
    }

    [Fact]
    public async Task Teams_FeedbackInvokeWithoutExpectReplies_Returns200()
    {
        var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/messages", Activities.Invoke("message/submitAction", Feedback("like", new string('x', 5_000)), expectReplies: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static JsonObject Feedback(string reaction, string text) => new()
    {
        ["actionName"] = "feedback",
        ["actionValue"] = new JsonObject
        {
            ["reaction"] = reaction,
            ["feedback"] = new JsonObject { ["feedbackText"] = text }.ToJsonString(),
        },
    };

    private static async Task<JsonElement> AskAsync(HttpClient client, string question, string conversation)
    {
        var replies = await Activities.ExchangeAsync(client, Activities.Message(question, conversationId: conversation));
        return replies.OfType("message").Single();
    }

    private static void AssertCites(JsonElement reply, string sentenceStart)
    {
        var sentence = Seeds.Article.Sentences.Single(s => s.Text.StartsWith(sentenceStart, StringComparison.Ordinal));
        Assert.Contains($"“{sentence.Text}”", reply.Text(), StringComparison.Ordinal);
        Assert.Contains($"characters {sentence.Start}–{sentence.End}", reply.Text(), StringComparison.Ordinal);
    }

    private static HashSet<string> Quotes(JsonElement reply) =>
        Seeds.Article.Sentences.Where(s => reply.Text().Contains($"“{s.Text}”", StringComparison.Ordinal)).Select(s => s.Text).ToHashSet(StringComparer.Ordinal);
}

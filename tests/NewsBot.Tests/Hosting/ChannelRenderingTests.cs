using System.Text.Json;
using System.Text.RegularExpressions;
using NewsBot.Bot;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>The seed question's answer as each channel receives it from the real host: Teams, Web Chat, the Emulator.</summary>
public sealed partial class ChannelRenderingTests(NewsBotFactory factory) : IClassFixture<NewsBotFactory>
{
    private const string SeedQuestion = "what did Russia propose on December 17?";

    [Fact]
    public async Task Teams_CitedAnswer_CarriesNoSuggestedActions_TheyFollowInAMessageOfTheirOwn()
    {
        var messages = await AskAsync("msteams");

        Assert.Equal(2, messages.Count);
        var (answer, next) = (messages[0], messages[1]);
        Assert.NotEmpty(answer.GetProperty("entities").EnumerateArray().Single(IsMessageEntity).GetProperty("citation").EnumerateArray());
        Assert.False(answer.TryGetProperty("suggestedActions", out _), "a cited Teams answer with suggestedActions is shown as plain text without citations");
        Assert.Equal(AnswerReplies.SuggestionsText, next.Text());
        Assert.InRange(next.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength(), 2, 3);
        Assert.False(next.TryGetProperty("entities", out var entities) && entities.EnumerateArray().Any(IsMessageEntity));
    }

    [Theory]
    [InlineData("directline")]
    [InlineData("webchat")]
    public async Task WebChat_CitedAnswer_CarriesTheMessageEntityWithWholeQuotesAndLinkDefinitions(string channelId)
    {
        var messages = await AskAsync(channelId);

        var answer = Assert.Single(messages);
        var claims = answer.GetProperty("entities").EnumerateArray().Single(IsMessageEntity).GetProperty("citation").EnumerateArray().ToList();
        var text = answer.Text();
        Assert.Equal(2, claims.Count);
        foreach (var claim in claims)
        {
            var position = claim.GetProperty("position").GetInt32();
            var appearance = claim.GetProperty("appearance");
            var quote = MarkdownText.Unescape(appearance.GetProperty("text").GetString()!);
            Assert.Contains(quote, Seeds.Article.Sentences.Select(s => s.Text));
            Assert.Contains($"\n[{position}]: cite:{position} \"{Seeds.Article.Headline}\"", text, StringComparison.Ordinal);
            Assert.Contains($"[{position}]", text.Split("\n[1]: ")[0], StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Sources", text, StringComparison.Ordinal);
        var body = text.Split("\n[1]: ")[0];
        Assert.All(Seeds.Article.Sentences, s => Assert.True(Occurrences(body, s.Text) <= 1, $"quoted twice: {s.Text}"));
        Assert.True(answer.TryGetProperty("suggestedActions", out _));
    }

    [Fact]
    public async Task Emulator_CitedAnswer_KeepsItsSourcesListAndNoCitationEntity()
    {
        var messages = await AskAsync("emulator");

        var answer = Assert.Single(messages);
        Assert.Contains("**Sources**", answer.Text(), StringComparison.Ordinal);
        Assert.False(answer.TryGetProperty("entities", out var entities) && entities.EnumerateArray().Any(IsMessageEntity));
        Assert.DoesNotMatch(LinkDefinition(), answer.Text());
    }

    private async Task<IReadOnlyList<JsonElement>> AskAsync(string channelId)
    {
        var replies = await Activities.ExchangeAsync(factory.CreateClient(), Activities.Message(SeedQuestion, channelId: channelId));
        return replies.OfType("message").ToList();
    }

    private static bool IsMessageEntity(JsonElement entity) => entity.GetProperty("type").GetString() == "https://schema.org/Message";

    private static int Occurrences(string text, string value) => Regex.Count(text, Regex.Escape(value));

    [GeneratedRegex(@"^\[\d+\]: cite:", RegexOptions.Multiline)]
    private static partial Regex LinkDefinition();
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using NewsBot.Bot;
using NewsBot.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsBot.BrowserTests;

/// <summary>
/// NewsBot in Microsoft 365 Agents Playground 0.2.28, Microsoft's local Teams client, in headless Chromium: what a
/// Teams user sees and does. Selectors are the Playground's own (Fluent UI): a bot message is a <c>.fai-OutputCard</c>,
/// its citation pills are <c>a.fai-Citation</c>, an opened pop-up is a <c>.fui-PopoverSurface</c>.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AgentsPlaygroundTests(PlaygroundFixture fixture) : IClassFixture<PlaygroundFixture>
{
    private const string SeedQuestion = "what did Russia propose on December 17?";
    private const string December17 = "On December 17, 2021, the Russian Foreign Ministry released";

    [Fact]
    public async Task SeedQuestion_ShowsOnePillPerCitation_Pill1PopsUpTheHeadlineAndQuote_UnderTheAiLabel()
    {
        var expected = await CitationsAsync();
        var page = await fixture.Chromium.NewPageAsync();
        await page.GotoAsync(fixture.Url);

        var answer = await AskAsync(page, SeedQuestion, December17);
        var pills = answer.Locator("a.fai-Citation");

        await Expect(pills).ToHaveCountAsync(expected.Count);
        Assert.Equal(Enumerable.Range(1, expected.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), await pills.AllInnerTextsAsync());
        await Expect(page.GetByText("AI generated", new() { Exact = true })).ToHaveCountAsync(1);
        await OpenAsync(page, pills.First);
        var popUp = page.Locator(".fui-PopoverSurface");
        await Expect(popUp).ToBeVisibleAsync();
        var shown = await popUp.InnerTextAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.fui-PopoverSurface')].every(e => getComputedStyle(e).opacity === '1')");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.OutputFolder, "agents-playground-citation.png") });
        Assert.Contains(Seeds.Article.Headline, shown, StringComparison.Ordinal);
        var quote = expected[0];
        Assert.Contains(quote.Length <= CitationEntity.MaxAbstractLength ? quote : quote[..(CitationEntity.MaxAbstractLength - 20)], shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThumbsUpWithAComment_ReachesTheBotNamingTheAnswer_AndAFollowUpIsAnsweredInTheSameConversation()
    {
        var page = await fixture.Chromium.NewPageAsync();
        await page.GotoAsync(fixture.Url);
        var answer = await AskAsync(page, SeedQuestion, December17);
        var answerId = LastSentAnswerId();

        await page.Locator(".fai-FeedbackButtons__positiveFeedbackButton").Last.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Locator("textarea, input[type=text]").First.FillAsync("Right date, thanks");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        var feedback = await LogLineAsync("Feedback on answer ");
        await Expect(dialog.GetByText("We appreciate your feedback.")).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button).Last.ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        var followUp = await AskAsync(page, "when was that?", December17);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.OutputFolder, "agents-playground-follow-up.png") });

        Assert.Equal($"Feedback on answer {answerId}: like, text length: 18: Right date, thanks", feedback);
        Assert.NotEqual(answerId, LastSentAnswerId());
        Assert.Contains(fixture.Bot.Logs.Entries, e => e.Message.StartsWith("Read a follow-up as a standalone question: when was that?", StringComparison.Ordinal));
        await Expect(followUp.Locator("a.fai-Citation").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task HostileArticle_ItsMarkupShowsAsText_InTheAnswerAndThePopUp_AndNothingRuns()
    {
        var page = await fixture.Chromium.NewPageAsync();
        var alerts = new List<string>();
        page.Dialog += (_, dialog) => alerts.Add(dialog.Message);
        await page.GotoAsync(fixture.Url);

        var answer = await AskAsync(page, HostileArticle.Question, "The harbour office said");
        var text = await answer.InnerTextAsync();
        await OpenAsync(page, answer.Locator("a.fai-Citation").First);
        var popUp = await page.Locator(".fui-PopoverSurface").InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.OutputFolder, "agents-playground-hostile.png") });

        Assert.Contains(HostileArticle.Quote, text, StringComparison.Ordinal);
        Assert.Contains(HostileArticle.Quote, popUp, StringComparison.Ordinal);
        Assert.Contains(HostileArticle.Headline, popUp, StringComparison.Ordinal);
        // The bold short answer (strong) is the bot's own markup; nothing from the article may become an element.
        Assert.Equal(0, await answer.Locator("b, img, script, code, em").CountAsync());
        Assert.Empty(alerts);
    }

    /// <summary>Types a question, sends it, and returns the bot's answer card once it shows <paramref name="expected"/> and its pills.</summary>
    private static async Task<ILocator> AskAsync(IPage page, string question, string expected)
    {
        var cards = page.Locator(".fai-OutputCard");
        var before = await cards.CountAsync();
        var box = page.Locator("[data-lexical-editor=\"true\"]");
        await box.ClickAsync();
        await page.Keyboard.TypeAsync(question);
        await page.Keyboard.PressAsync("Enter");
        // The answer, then the suggestions that follow it in a message of their own: two new cards, not counting the question.
        await Expect(cards.Nth(before + 1)).ToBeVisibleAsync();
        var suggestions = cards.Filter(new() { HasText = AnswerReplies.SuggestionsText });
        await Expect(suggestions.Last).ToBeVisibleAsync();
        var answer = cards.Filter(new() { HasText = expected, Has = page.Locator("a.fai-Citation") }).Last;
        await Expect(answer).ToBeVisibleAsync();
        return answer;
    }

    /// <summary>Opens a pill's pop-up the way a reader does: a click, or focus and Enter for a keyboard user.</summary>
    private static async Task OpenAsync(IPage page, ILocator pill)
    {
        await pill.ClickAsync();
        if (await pill.GetAttributeAsync("aria-expanded") != "true")
        {
            await pill.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
        }
    }

    /// <summary>The citations the bot gives the seed question on msteams, asked directly: their whole quotes, in order.</summary>
    private async Task<IReadOnlyList<string>> CitationsAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(fixture.Bot.Endpoint.Replace("/api/messages", string.Empty, StringComparison.Ordinal)) };
        var replies = await Activities.ExchangeAsync(client, Activities.Message(SeedQuestion, channelId: "msteams"));
        return replies.OfType("message").First().GetProperty("entities").EnumerateArray()
            .Single(e => e.GetProperty("type").GetString() == CitationEntity.Type)
            .GetProperty("citation").EnumerateArray()
            .Select(c => c.GetProperty("appearance").GetProperty("text").GetString()!)
            .ToList();
    }

    private string? LastSentAnswerId() =>
        fixture.Bot.Logs.Entries.LastOrDefault(e => e.Message.StartsWith("Sent answer ", StringComparison.Ordinal) && e.Message.EndsWith(" on msteams", StringComparison.Ordinal))
            .Message?["Sent answer ".Length..^" on msteams".Length];

    private async Task<string> LogLineAsync(string start)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(60); waited += TimeSpan.FromMilliseconds(200))
        {
            if (fixture.Bot.Logs.Entries.FirstOrDefault(e => e.Message.StartsWith(start, StringComparison.Ordinal)).Message is { } line)
            {
                return line;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The bot logged no line starting \"{start}\" within 60 s");
    }
}

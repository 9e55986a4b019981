using Microsoft.Playwright;
using NewsBot.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsBot.BrowserTests;

/// <summary>
/// NewsBot in Web Chat 4.18.1 over a local Direct Line, in headless Chromium. Web Chat shows a citation as a
/// <c>button.webchat__render-markdown__citation</c> pill and its quote in the citation modal's body.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WebChatTests(WebChatFixture fixture) : IClassFixture<WebChatFixture>
{
    [Fact]
    public async Task SeedQuestion_ShowsOnePillPerMarker_AndPill1sModalHoldsTheCitedSentence()
    {
        var page = await fixture.Chromium.NewPageAsync();
        await page.GotoAsync(fixture.Url);
        await Expect(page.Locator("body[data-connected=true]")).ToHaveCountAsync(1);
        var box = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await box.FillAsync("what did Russia propose on December 17?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Expect(box).ToHaveValueAsync(string.Empty);

        var pills = page.Locator("button.webchat__render-markdown__citation");
        try
        {
            await Expect(pills).ToHaveCountAsync(2);
        }
        catch (PlaywrightException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.OutputFolder, "webchat-failure.png") });
            throw;
        }

        var references = page.GetByText("2 references");
        await Expect(references).ToBeVisibleAsync();
        await pills.First.ClickAsync();
        var modal = page.Locator(".webchat__citation-modal-dialog__body");
        await Expect(modal).ToBeVisibleAsync();
        var header = await page.Locator(".webchat__citation-modal-dialog__header").InnerTextAsync();
        var quote = await modal.InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.OutputFolder, "webchat-citation.png") });

        var december = Seeds.Article.Sentences.Single(s => s.Text.StartsWith("On December 17, 2021, the Russian Foreign Ministry released", StringComparison.Ordinal));
        Assert.Equal(Seeds.Article.Headline, header);
        Assert.Equal(FoldQuotes(december.Text), FoldQuotes(quote.Trim()));
        Assert.Equal(["1", "2"], await pills.AllInnerTextsAsync());
    }

    [Fact]
    public async Task HostileArticle_ItsMarkupShowsAsText_InTheAnswerAndTheModal_AndNothingRuns()
    {
        var page = await fixture.Chromium.NewPageAsync();
        var alerts = new List<string>();
        page.Dialog += (_, dialog) => alerts.Add(dialog.Message);
        await page.GotoAsync(fixture.Url);
        await Expect(page.Locator("body[data-connected=true]")).ToHaveCountAsync(1);
        var box = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await box.FillAsync(HostileArticle.Question);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();

        var pill = page.Locator("button.webchat__render-markdown__citation").First;
        await pill.ClickAsync();
        var header = await page.Locator(".webchat__citation-modal-dialog__header").InnerTextAsync();
        var quote = await page.Locator(".webchat__citation-modal-dialog__body").InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.OutputFolder, "webchat-hostile.png") });
        var answer = page.Locator(".webchat__bubble__content", new() { Has = page.Locator("button.webchat__render-markdown__citation") }).Last;

        Assert.Equal(FoldQuotes(HostileArticle.Headline), FoldQuotes(header));
        Assert.Equal(FoldQuotes(HostileArticle.Quote), FoldQuotes(quote.Trim()));
        Assert.Contains(FoldQuotes(HostileArticle.Quote), FoldQuotes(await answer.InnerTextAsync()), StringComparison.Ordinal);
        // The bold short answer (strong) is the bot's own markup; nothing from the article may become an element.
        Assert.Equal(0, await answer.Locator("b, img, script, code, em").CountAsync());
        Assert.Empty(alerts);
    }

    /// <summary>Web Chat's typographer curls straight quotes; compare with every quotation mark folded to one.</summary>
    private static string FoldQuotes(string text) =>
        string.Concat(text.Select(c => c switch
        {
            '“' or '”' or '„' or '"' => '"',
            '‘' or '’' or '\'' => '\'',
            _ => c,
        }));
}

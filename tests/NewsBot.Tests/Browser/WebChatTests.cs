using Microsoft.Playwright;
using NewsBot.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsBot.Tests.Browser;

/// <summary>
/// NewsBot in Web Chat 4.18.1 over a local Direct Line, in headless Chromium. Web Chat shows a citation as a
/// <c>button.webchat__render-markdown__citation</c> pill and its quote in the citation modal's body.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WebChatTests(WebChatFixture fixture) : IClassFixture<WebChatFixture>
{
    [BrowserFact]
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
            await Expect(pills).ToHaveCountAsync(3);
        }
        catch (PlaywrightException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.OutputFolder, "webchat-failure.png") });
            throw;
        }

        var references = page.GetByText("3 references");
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
        Assert.Equal(["1", "2", "3"], await pills.AllInnerTextsAsync());
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

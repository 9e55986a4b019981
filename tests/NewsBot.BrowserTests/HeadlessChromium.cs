using Microsoft.Playwright;

namespace NewsBot.BrowserTests;

/// <summary>
/// The machine's Chromium driven by Playwright, headless. The flags keep it from calling out (background networking,
/// component updates, sync) on a machine without internet; <c>--no-sandbox</c> lets it run as root in CI containers.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task StartAsync()
    {
        if (BrowserEnvironment.MissingReason is { } reason)
        {
            throw new InvalidOperationException("Browser tests cannot run: " + reason);
        }

        // Generous waits for slow CI machines: actions and expectations wait up to a minute for their element.
        Assertions.SetDefaultExpectTimeout(60_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A new page in its own context, 1280×900, with a generous default wait for slow CI machines.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var console = Path.Combine(BrowserEnvironment.OutputFolder, "browser-console.log");
        page.Console += (_, message) => File.AppendAllText(console, $"{message.Type}: {message.Text}\n");
        page.PageError += (_, error) => File.AppendAllText(console, $"page error: {error}\n");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

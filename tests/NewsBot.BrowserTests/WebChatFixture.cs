using System.Text.RegularExpressions;

namespace NewsBot.BrowserTests;

/// <summary>
/// The bot, a local Direct Line (offline-directline) serving a Web Chat 4.18 page (<c>tests/e2e/webchat-host.js</c>),
/// and headless Chromium, shared by the Web Chat tests. Every page load starts a new conversation.
/// </summary>
public sealed partial class WebChatFixture : IAsyncLifetime
{
    private NodeProcess? _host;

    internal LoopbackBot Bot { get; } = new();

    internal HeadlessChromium Chromium { get; } = new();

    public string Url { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        await Chromium.StartAsync();
        await Bot.StartAsync();
        var output = BrowserEnvironment.OutputFolder;
        _host = NodeProcess.Start(
            Path.Combine(BrowserEnvironment.Scripts, "webchat-host.js"),
            [Bot.Endpoint],
            workingDirectory: output,
            logPath: Path.Combine(output, "webchat-host.log"));
        Url = (await _host.WaitForLineAsync(Listening(), TimeSpan.FromMinutes(1))).Groups["url"].Value + "/";
    }

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        await Chromium.DisposeAsync();
        await Bot.DisposeAsync();
    }

    [GeneratedRegex(@"Listening on (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}

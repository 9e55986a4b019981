using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace NewsBot.BrowserTests;

/// <summary>
/// The bot, Microsoft 365 Agents Playground (the local Teams client, channel <c>msteams</c>) pointed at it, and
/// headless Chromium, shared by the Playground tests. Every page load starts a new conversation.
/// </summary>
public sealed partial class PlaygroundFixture : IAsyncLifetime
{
    private NodeProcess? _playground;

    internal LoopbackBot Bot { get; } = new();

    internal HeadlessChromium Chromium { get; } = new();

    public string Url { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        await Chromium.StartAsync();
        await Bot.StartAsync();
        var output = BrowserEnvironment.OutputFolder;
        _playground = NodeProcess.Start(
            Path.Combine(BrowserEnvironment.NodeModules, "@microsoft", "m365agentsplayground", "cli.js"),
            ["-e", Bot.Endpoint, "-c", "msteams", "--disable-telemetry", "-p", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)],
            workingDirectory: output,
            logPath: Path.Combine(output, "agents-playground.log"),
            environment: new Dictionary<string, string> { ["TEAMSAPPTESTER_BROWSER"] = "none" });
        var listening = await _playground.WaitForLineAsync(Listening(), TimeSpan.FromMinutes(2));
        Url = $"http://127.0.0.1:{listening.Groups["port"].Value}";
    }

    public async Task DisposeAsync()
    {
        _playground?.Dispose();
        await Chromium.DisposeAsync();
        await Bot.DisposeAsync();
    }

    /// <summary>A port free right now; the Playground takes another at random if it is gone by then, and says which.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Listening on (?<port>\d+)")]
    private static partial Regex Listening();
}

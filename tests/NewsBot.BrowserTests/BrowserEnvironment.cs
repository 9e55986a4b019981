using NewsBot.Tests.Infrastructure;

namespace NewsBot.BrowserTests;

/// <summary>
/// What the browser tests need on the machine: Chromium (Debian's <c>chromium</c>, or <c>NEWSBOT_CHROMIUM</c>),
/// Node.js, and the npm packages of <c>tests/package.json</c> installed (<c>npm ci --prefix tests</c>). <c>.ci/run</c>
/// provides all three; where one is missing the tests fail with <see cref="MissingReason"/>.
/// </summary>
internal static class BrowserEnvironment
{
    public static string NodeModules { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "node_modules");

    public static string Scripts { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "e2e");

    public static string? Chromium { get; } = FindChromium();

    public static string? Node { get; } = FindOnPath("node");

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? MissingReason { get; } = FindMissing();

    /// <summary>Where screenshots and client logs go: <c>NEWSBOT_BROWSER_OUTPUT</c>, else <c>TestResults/browser</c>.</summary>
    public static string OutputFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("NEWSBOT_BROWSER_OUTPUT") is { Length: > 0 } configured
                ? configured
                : Path.Combine(TestPaths.RepositoryRoot, "TestResults", "browser");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string? FindMissing()
    {
        if (Chromium is null)
        {
            return "Chromium not found (install Debian's chromium, or set NEWSBOT_CHROMIUM to a Chromium executable)";
        }

        if (Node is null)
        {
            return "Node.js not found on PATH";
        }

        string[] packages = ["@microsoft/m365agentsplayground", "botframework-webchat", "offline-directline", "express"];
        var missing = packages.Where(p => !File.Exists(Path.Combine(NodeModules, p, "package.json"))).ToList();
        return missing.Count > 0 ? $"npm packages missing in tests/node_modules ({string.Join(", ", missing)}): run npm ci --prefix tests" : null;
    }

    private static string? FindChromium() =>
        Environment.GetEnvironmentVariable("NEWSBOT_CHROMIUM") is { Length: > 0 } configured && File.Exists(configured)
            ? configured
            : FindOnPath("chromium") ?? FindOnPath("chromium-browser");

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}

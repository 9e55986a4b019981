using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsBot.Hosting;

/// <summary>What the command-line verbs (<c>ask</c>, <c>eval</c>, <c>ingest</c>, <c>bench</c>) share: a host with the bot's core services and
/// logs on standard error, so standard output carries only the result; the <c>--contentRoot</c> option; settings overrides; and how
/// they read a path typed on the command line.</summary>
internal static class CommandHost
{
    /// <summary>How <c>eval</c> and <c>bench</c> write their JSON reports (a percentile of no samples is NaN).</summary>
    public static readonly JsonSerializerOptions ReportJson = new() { WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public const string ContentRootName = "--contentRoot";

    /// <param name="settings">Configuration arguments (<c>--Section:Key=value</c>).</param>
    /// <param name="contentRoot">The content root, or null to let the host find it from <paramref name="settings"/> and the environment.</param>
    /// <param name="newsBotLevel">The least level logged for NewsBot's own categories; everything else logs warnings and up.</param>
    public static HostApplicationBuilder CreateBuilder(string[] settings, string? contentRoot, LogLevel newsBotLevel)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = settings, ContentRootPath = contentRoot });
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter((category, level) => level >= (category?.StartsWith("NewsBot", StringComparison.Ordinal) == true ? newsBotLevel : LogLevel.Warning));
        builder.AddNewsBotCore();
        return builder;
    }

    /// <summary>
    /// The content root a verb runs in: <c>--contentRoot</c> when given, else as the bot finds it
    /// (<see cref="ContentRoot.Locate"/>; null when a <c>*_CONTENTROOT</c> variable names it for the host).
    /// </summary>
    public static string? ContentRootOf(ParseResult parseResult) =>
        parseResult.GetValue<string>(ContentRootName) is { } given ? Path.GetFullPath(given) : ContentRoot.Locate([]);

    /// <summary>
    /// A path as typed: absolute, or relative to the working directory when it exists there, else to the content root
    /// (<c>dotnet run --project src/NewsBot</c> runs in the project folder, so <c>../shared/…</c> typed at the
    /// repository root is found through the content root).
    /// </summary>
    public static string InputPath(string path, string? contentRoot) =>
        Path.IsPathRooted(path) || Path.Exists(path) || contentRoot is null ? Path.GetFullPath(path) : Path.GetFullPath(path, contentRoot);

    /// <summary>The path, when a file is there; else an error naming the option it was given for.</summary>
    public static string ExistingFile(string option, string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"{option}: the file '{path}' does not exist.", path);

    /// <summary>Whether a token overrides a setting, as for the bot: <c>--Section:Key=value</c>.</summary>
    /// <summary>The files a repeatable input option names, each resolved as <see cref="InputPath"/> does.</summary>
    public static List<string> InputPaths(ParseResult parseResult, Option<string[]> option, string? contentRoot) =>
        parseResult.GetRequiredValue(option).Select(p => InputPath(p, contentRoot)).ToList();

    /// <summary>The file an input option names, resolved as <see cref="InputPath"/> does; a missing file is an error naming the option.</summary>
    public static string ExistingInput(ParseResult parseResult, Option<string> option, string? contentRoot) =>
        ExistingFile(option.Name, InputPath(parseResult.GetRequiredValue(option), contentRoot));

    public static bool IsSetting(string token) =>
        token.StartsWith("--", StringComparison.Ordinal) && token.IndexOf('=', StringComparison.Ordinal) is > 2 and var equals
        && token.AsSpan(2, equals - 2).Contains(':');

    /// <summary><c>--contentRoot &lt;dir&gt;</c>, accepted before or after the verb; the folder must exist.</summary>
    public static Option<string> CreateContentRootOption()
    {
        var option = new Option<string>(ContentRootName)
        {
            Description = "The folder holding appsettings.json; relative paths in the settings resolve against it.",
            HelpName = "dir",
            Recursive = true,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } folder && !Directory.Exists(folder))
            {
                result.AddError($"--contentRoot: the folder '{folder}' does not exist.");
            }
        });
        return option;
    }
}

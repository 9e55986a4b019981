using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsBot.Hosting;

/// <summary>What the command-line verbs (<c>ask</c>, <c>eval</c>, <c>ingest</c>, <c>bench</c>) share: a host with the bot's core services and
/// logs on standard error, so standard output carries only the result; and how they read a path typed on the command line.</summary>
internal static class CommandHost
{
    /// <summary>How <c>eval</c> and <c>bench</c> write their JSON reports (a percentile of no samples is NaN).</summary>
    public static readonly JsonSerializerOptions ReportJson = new() { WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <param name="settings">Configuration arguments (<c>--Section:Key=value</c>, <c>--contentRoot dir</c>).</param>
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
    /// A path as typed: absolute, or relative to the working directory when it exists there, else to the content root
    /// (<c>dotnet run --project src/NewsBot</c> runs in the project folder, so <c>../shared/…</c> typed at the
    /// repository root is found through the content root).
    /// </summary>
    public static string InputPath(string path, string? contentRoot) =>
        Path.IsPathRooted(path) || Path.Exists(path) || contentRoot is null ? Path.GetFullPath(path) : Path.GetFullPath(path, contentRoot);

    /// <summary>The values given for an option, as <c>--name value</c> or <c>--name=value</c>, in order.</summary>
    public static IEnumerable<string> Values(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (string.Equals(args[i], name, StringComparison.Ordinal) && i + 1 < args.Length)
            {
                yield return args[++i];
            }
            else if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                yield return args[i][(name.Length + 1)..];
            }
        }
    }

    /// <summary>
    /// The arguments that go to the configuration, as for the bot: settings overrides such as
    /// <c>--Retrieval:VectorWeight=2</c>, and <c>--contentRoot=dir</c>.
    /// </summary>
    public static string[] Settings(string[] args) =>
        args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)
            && (a.Contains(':', StringComparison.Ordinal) || a.StartsWith("--contentRoot=", StringComparison.OrdinalIgnoreCase)))
            .ToArray();
}

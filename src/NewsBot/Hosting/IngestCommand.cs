using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Retrieval;

namespace NewsBot.Hosting;

/// <summary>
/// <c>newsbot ingest [--folder dir]… [--corpus file.jsonl]… [--data dir]</c>: builds or updates the index without
/// starting the bot, logging progress to standard error, then prints what changed against the index built before:
/// articles added, updated, removed and unchanged, and every skipped source with its reason. Without
/// <c>--folder</c> or <c>--corpus</c> it ingests the configured sources.
/// </summary>
public static class IngestCommand
{
    public const string Verb = "ingest";

    private const string Usage = "usage: NewsBot ingest [--folder <dir>]... [--corpus <file.jsonl>]... [--data <dir>]";
    private const int Listed = 20;

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);

        var contentRoot = ContentRoot.Locate(args);
        if (Parse(args, contentRoot) is not var (folders, corpora, data, settings))
        {
            await Console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var builder = CommandHost.CreateBuilder(settings, contentRoot, LogLevel.Information);
        builder.Services.PostConfigure<CoverageOptions>(o =>
        {
            if (folders.Count + corpora.Count > 0)
            {
                o.Folders.Clear();
                o.Corpora.Clear();
                folders.ForEach(o.Folders.Add);
                corpora.ForEach(o.Corpora.Add);
            }

            o.DataDirectory = data is null ? o.DataDirectory : Path.GetFullPath(data);
        });

        // The host is built but not started: the library loads once, here, and no watcher runs.
        using var host = builder.Build();
        var summary = await host.Services.GetRequiredService<CoverageLibrary>().IngestAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(Format(summary)).ConfigureAwait(false);
        return 0;
    }

    internal static string Format(IngestSummary summary)
    {
        var lines = new List<string>
        {
            $"index {summary.Version[..12]} {(summary.Rebuilt ? "built" : "unchanged, reused")}",
            $"added {summary.Added.Count}, updated {summary.Updated.Count}, removed {summary.Removed.Count}, unchanged {summary.Unchanged}, skipped {summary.Skipped.Count}, merged duplicates {summary.Merged.Count}",
        };
        lines.AddRange(Ids("added", summary.Added));
        lines.AddRange(Ids("updated", summary.Updated));
        lines.AddRange(Ids("removed", summary.Removed));
        lines.AddRange(summary.Skipped.Select(s => $"  skipped {s.Origin}: {s.Error}"));
        lines.AddRange(summary.Merged.Take(Listed).Select(s => $"  merged {s.Origin}: {s.Error}"));
        lines.AddRange(summary.Merged.Count > Listed ? [$"  … and {summary.Merged.Count - Listed} more merged"] : []);
        return string.Join(Environment.NewLine, lines);
    }

    private static IEnumerable<string> Ids(string what, IReadOnlyList<string> ids) =>
        ids.Take(Listed).Select(id => $"  {what} {id}").Concat(ids.Count > Listed ? [$"  … and {ids.Count - Listed} more {what}"] : []);

    /// <summary>The sources and data folder asked for, and settings overrides (<c>--Section:Key=value</c>); null on a usage error.</summary>
    private static (List<string> Folders, List<string> Corpora, string? Data, string[] Settings)? Parse(string[] args, string? contentRoot)
    {
        var folders = new List<string>();
        var corpora = new List<string>();
        var settings = new List<string>();
        string? data = null;
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--folder" or "--corpus" or "--data" or "--contentRoot")
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    return null;
                }

                var value = args[++i];
                switch (arg)
                {
                    case "--folder": folders.Add(CommandHost.InputPath(value, contentRoot)); break;
                    case "--corpus": corpora.Add(CommandHost.InputPath(value, contentRoot)); break;
                    case "--data": data = value; break;
                    default: settings.AddRange([arg, value]); break;
                }
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal))
            {
                settings.Add(arg);
            }
            else
            {
                return null;
            }
        }

        return (folders, corpora, data, settings.ToArray());
    }
}

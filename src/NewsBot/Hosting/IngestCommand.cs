using System.CommandLine;
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

    private const int Listed = 20;

    /// <param name="settings">Settings overrides given on the command line (<c>--Section:Key=value</c>).</param>
    public static Command Create(TextWriter output, string[] settings)
    {
        ArgumentNullException.ThrowIfNull(output);

        var folders = new Option<string[]>("--folder") { Description = "A folder of article files to ingest (repeatable); replaces the configured sources.", HelpName = "dir" };
        var corpora = new Option<string[]>("--corpus") { Description = "A corpus file in JSON Lines to ingest (repeatable); replaces the configured sources.", HelpName = "file.jsonl" };
        var data = new Option<string>("--data") { Description = "Where the index and the embedding cache are kept (default: the Coverage:DataDirectory setting).", HelpName = "dir" };
        var command = new Command(Verb, "Build or update the index without starting the bot, and print what changed since the last one.") { folders, corpora, data };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var contentRoot = CommandHost.ContentRootOf(parseResult);
            return RunAsync(
                parseResult.GetValue(folders)?.Select(p => CommandHost.InputPath(p, contentRoot)).ToList() ?? [],
                parseResult.GetValue(corpora)?.Select(p => CommandHost.InputPath(p, contentRoot)).ToList() ?? [],
                parseResult.GetValue(data),
                settings,
                contentRoot,
                output,
                cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(List<string> folders, List<string> corpora, string? data, string[] settings, string? contentRoot, TextWriter output, CancellationToken cancellationToken)
    {
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
        if (ReplicationHostingExtensions.UsesPostgres(builder.Configuration))
        {
            return await PostgresIngest.RunAsync(host.Services, output, cancellationToken).ConfigureAwait(false);
        }

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
}

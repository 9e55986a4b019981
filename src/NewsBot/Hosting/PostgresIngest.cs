using Microsoft.Extensions.Options;
using NewsBot.Ingestion;
using NewsBot.Replication;
using NewsBot.Retrieval;

namespace NewsBot.Hosting;

/// <summary>
/// <c>ingest</c> in the Postgres profile: the single writer of the coverage in the database. Prints what it committed,
/// like the embedded <c>ingest</c>; when another writer holds the lock it says so, writes nothing and exits with
/// <see cref="WriterBusy"/>.
/// </summary>
internal static class PostgresIngest
{
    /// <summary>The exit code when another writer is running.</summary>
    public const int WriterBusy = 3;

    private const int Listed = 20;

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var coverage = services.GetRequiredService<IOptions<CoverageOptions>>().Value;
        var writer = ReplicationHostingExtensions.CreateWriter(services);
        var summary = await writer.TryWriteAsync(IngestionPipeline.ReadAsync(coverage.Folders, coverage.Corpora, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (summary is null)
        {
            await output.WriteLineAsync("another ingest holds the coverage's writer lock in PostgreSQL; nothing was written").ConfigureAwait(false);
            return WriterBusy;
        }

        await output.WriteLineAsync(Format(summary)).ConfigureAwait(false);
        return 0;
    }

    internal static string Format(WriteSummary summary)
    {
        var lines = new List<string>
        {
            $"database generation {summary.Generation}",
            $"added {summary.Added.Count}, updated {summary.Changed.Count}, removed {summary.Removed.Count}, unchanged {summary.Unchanged}, skipped {summary.Skipped.Count}; sentences embedded {summary.Embedded}, vectors reused {summary.Reused}",
        };
        lines.AddRange(Ids("added", summary.Added));
        lines.AddRange(Ids("updated", summary.Changed));
        lines.AddRange(Ids("removed", summary.Removed));
        lines.AddRange(summary.Skipped.Select(s => $"  skipped {s.Origin}: {s.Error}"));
        return string.Join(Environment.NewLine, lines);
    }

    private static IEnumerable<string> Ids(string what, IReadOnlyList<string> ids) =>
        ids.Take(Listed).Select(id => $"  {what} {id}").Concat(ids.Count > Listed ? [$"  … and {ids.Count - Listed} more {what}"] : []);
}

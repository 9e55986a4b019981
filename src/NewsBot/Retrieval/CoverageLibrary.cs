using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>
/// Holds the coverage being served: the generation its <see cref="ICoverageStore"/> published last, swapped atomically
/// for the next one, with leases that keep a generation open while a query reads it. Loading opens the store's last
/// generation, reads the sources through the <see cref="IngestionPipeline"/>, and applies to the store only the
/// articles added, changed or removed since; when nothing changed, nothing is written.
/// </summary>
public sealed class CoverageLibrary(ICoverageStore store, IOptions<CoverageOptions> options, ILogger<CoverageLibrary> logger) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private HashSet<string> _reportedSkips = new(StringComparer.Ordinal);
    private volatile CoverageIndex? _current;

    /// <summary>
    /// The coverage being served; null until the first load completes. Fine for figures such as its size; a query
    /// that may run across a reload takes a lease with <see cref="Acquire"/> instead, so the index stays open.
    /// </summary>
    public CoverageIndex? Current => _current;

    /// <summary>A hold on the coverage being served, released on dispose; its <c>Index</c> is null before the first load.</summary>
    public CoverageLease Acquire()
    {
        while (true)
        {
            var index = _current;
            if (index is null || index.TryAddReference())
            {
                return new CoverageLease(index);
            }

            // Retired between the read and the reference: the swap has already published its successor.
        }
    }

    public async Task<CoverageIndex> LoadAsync(CancellationToken cancellationToken = default) =>
        (await LoadCoreAsync(cancellationToken).ConfigureAwait(false)).Index;

    /// <summary>Loads like <see cref="LoadAsync"/>, and tells what changed against the index served before.</summary>
    public async Task<IngestSummary> IngestAsync(CancellationToken cancellationToken = default) =>
        (await LoadCoreAsync(cancellationToken).ConfigureAwait(false)).Summary;

    /// <summary>Serves the store's last published generation, when nothing is served yet; reads no sources.</summary>
    public async Task<CoverageIndex?> OpenAsync(CancellationToken cancellationToken = default)
    {
        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await OpenCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>
    /// Applies <paramref name="changes"/> through the store and serves the generation it publishes (by default the one
    /// after the generation served).
    /// </summary>
    public async Task<CoverageIndex> ApplyAsync(IReadOnlyList<CoverageChange> changes, long? generation = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);

        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var index = await store.ApplyAsync(changes, generation ?? ((_current?.Generation ?? 0) + 1), cancellationToken).ConfigureAwait(false);
            Publish(index);
            return index;
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<CoverageIndex?> OpenCoreAsync(CancellationToken cancellationToken)
    {
        if (_current is null && await store.OpenAsync(cancellationToken).ConfigureAwait(false) is { } opened)
        {
            Publish(opened);
        }

        return _current;
    }

    private async Task<(CoverageIndex Index, IngestSummary Summary)> LoadCoreAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var activity = Telemetry.Source.StartActivity("ingest");
            var stopwatch = Stopwatch.StartNew();
            var served = await OpenCoreAsync(cancellationToken).ConfigureAwait(false);
            var snapshot = await CoverageSnapshot.CollectAsync(
                IngestionPipeline.ReadAsync(options.Value.Folders, options.Value.Corpora, cancellationToken),
                count => Log.IngestProgress(logger, count, stopwatch.ElapsedMilliseconds),
                cancellationToken).ConfigureAwait(false);
            ReportSkips(snapshot.Skipped, snapshot.Merged);
            var previous = served?.ArticleHashes;
            var changes = Changes(snapshot, previous);
            snapshot.ReleaseArticles();
            if (served is not null && changes.Count == 0)
            {
                Log.CoverageUnchanged(logger, served.Version[..12], stopwatch.ElapsedMilliseconds);
                return (served, IngestSummary.Compare(previous, snapshot.Keys, snapshot.Skipped, served.Version, rebuilt: false) with { Merged = snapshot.Merged });
            }

            var index = await store.ApplyAsync(changes, (served?.Generation ?? 0) + 1, cancellationToken).ConfigureAwait(false);
            Publish(index);
            activity?.SetTag("newsbot.articles", index.Corpus.ArticleCount);
            return (index, IngestSummary.Compare(previous, snapshot.Keys, snapshot.Skipped, index.Version, rebuilt: true) with { Merged = snapshot.Merged });
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _current, null)?.Release();
        _loading.Dispose();
    }

    /// <summary>What the store must apply to go from <paramref name="previous"/> to <paramref name="snapshot"/>, in the snapshot's order.</summary>
    internal static List<CoverageChange> Changes(CoverageSnapshot snapshot, IReadOnlyDictionary<string, string>? previous)
    {
        var changes = new List<CoverageChange>();
        foreach (var article in snapshot.Articles)
        {
            var key = snapshot.Keys[article.Id];
            if (previous is null || !previous.TryGetValue(article.Id, out var before) || !string.Equals(before, key, StringComparison.Ordinal))
            {
                changes.Add(CoverageChange.Put(article, key));
            }
        }

        if (previous is not null)
        {
            changes.AddRange(previous.Keys.Where(id => !snapshot.Keys.ContainsKey(id)).Order(StringComparer.Ordinal).Select(CoverageChange.Remove));
        }

        return changes;
    }

    /// <summary>Serves <paramref name="index"/>; the one it replaces closes once its last reader lets go.</summary>
    private void Publish(CoverageIndex index)
    {
        var previous = Interlocked.Exchange(ref _current, index);
        if (!ReferenceEquals(previous, index))
        {
            previous?.Release();
        }
    }

    /// <summary>
    /// Logs the sources skipped or merged on this load that were not on the last one, so a reload logs what changed
    /// rather than every skipped file again.
    /// </summary>
    private void ReportSkips(IReadOnlyList<IngestionResult> skipped, IReadOnlyList<IngestionResult> merged)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in skipped.Concat(merged))
        {
            var key = $"{result.Origin}\n{result.ContentHash}\n{result.Error}";
            if (reported.Add(key) && !_reportedSkips.Contains(key))
            {
                if (result.Article is not null)
                {
                    Log.SourceMerged(logger, result.Origin, result.Error ?? string.Empty);
                }
                else
                {
                    Log.SourceSkipped(logger, result.Origin, result.Error ?? "unknown");
                }
            }
        }

        var cleared = _reportedSkips.Count(k => !reported.Contains(k));
        if (cleared > 0)
        {
            Log.SkipsCleared(logger, cleared);
        }

        _reportedSkips = reported;
    }
}

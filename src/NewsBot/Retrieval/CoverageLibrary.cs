using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>
/// Owns the coverage being served. Loading reads the sources, and reuses the persisted indexes when their content
/// hash matches; otherwise it builds new ones aside (<c>&lt;hash&gt;.building</c>), marks them complete with a manifest,
/// renames the folder into place and only then swaps it in. A crash mid-build leaves at worst an unfinished folder
/// that the next load deletes, never a half-built index that looks complete.
/// <para>
/// Sentence embeddings are cached by content (<see cref="FileCachingEmbeddingGenerator"/>) in
/// <c>embeddings.cache</c> beside the indexes, so a rebuild after one article changed embeds only that article's
/// sentences, and an unchanged corpus embeds nothing at all.
/// </para>
/// </summary>
public sealed class CoverageLibrary(
    IOptions<CoverageOptions> options,
    ILogger<CoverageLibrary> logger,
    IOptions<RetrievalOptions>? retrievalOptions = null,
    IOptions<EmbeddingOptions>? embeddingOptions = null,
    SentenceEmbedder? sentenceEmbedder = null,
    FileCachingEmbeddingGenerator? embeddingCache = null,
    TimeProvider? timeProvider = null) : IDisposable
{
    /// <summary>Bumped whenever the index layout or the analysis changes, so older indexes are rebuilt.</summary>
    internal const string IndexFormat = "coverage-v9";
    /// <summary>The sentence-vector cache, in the data directory.</summary>
    internal const string EmbeddingCacheFile = "embeddings.cache";

    /// <summary>The folder of the data directory that holds one folder per built index.</summary>
    internal const string IndexFolder = "index";
    private const int ProgressEvery = 1000;

    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly RetrievalOptions _retrieval = retrievalOptions?.Value ?? new RetrievalOptions();
    private readonly SentenceEmbedder? _embedder = embeddingOptions?.Value.Enabled == false ? null : sentenceEmbedder;
    private readonly List<CoverageIndex> _retired = [];
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private HashSet<string> _reportedSkips = new(StringComparer.Ordinal);
    private volatile CoverageIndex? _current;

    /// <summary>During a vector build the embedding cache is saved after every this many new embeddings.</summary>
    internal int CacheCheckpointEvery { get; init; } = 10_000;

    /// <summary>
    /// During a vector build the embedding cache is also saved when this long has passed since the last save (or five
    /// times as long as that save took, if more), so a killed build loses under a minute of embedding.
    /// </summary>
    internal TimeSpan CacheCheckpointInterval { get; init; } = TimeSpan.FromSeconds(30);

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

    private async Task<(CoverageIndex Index, IngestSummary Summary)> LoadCoreAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var activity = Telemetry.Source.StartActivity("ingest");
            var stopwatch = Stopwatch.StartNew();
            var articles = new List<Article>();
            var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
            var duplicateHashes = new List<string>();
            var skipped = new List<IngestionResult>();
            var merged = new List<IngestionResult>();
            var stories = new Dictionary<string, int>(StringComparer.Ordinal);
            await foreach (var result in ReadSourcesAsync(cancellationToken).ConfigureAwait(false))
            {
                if (result.Article is not { } article)
                {
                    skipped.Add(result);
                }
                else if (ArticleFingerprint.Of(article) is var fingerprint && stories.TryGetValue(fingerprint, out var first))
                {
                    // The same story from another file: index it once, and remember every place that carried it.
                    articles[first] = articles[first] with { AlsoIn = [.. articles[first].AlsoIn, article.Origin] };
                    duplicateHashes.Add($"{articles[first].Id}+{result.ContentHash}");
                    merged.Add(result with { Error = $"the same story as '{articles[first].Id}' ({articles[first].Origin})" });
                }
                else if (!hashes.TryAdd(article.Id, result.ContentHash))
                {
                    skipped.Add(result with { Article = null, Error = $"another article already has the id '{article.Id}'" });
                }
                else
                {
                    stories[fingerprint] = articles.Count;
                    articles.Add(article);
                    if (articles.Count % ProgressEvery == 0)
                    {
                        Log.IngestProgress(logger, articles.Count, stopwatch.ElapsedMilliseconds);
                    }
                }
            }

            ReportSkips(skipped, merged);
            var version = Version(hashes.Select(h => $"{h.Key}:{h.Value}").Concat(duplicateHashes));
            var root = Path.Combine(options.Value.DataDirectory, IndexFolder);
            var previousHashes = IndexManifest.ReadLatest(root)?.ArticleHashes;
            if (_current is { } served && served.Version == version && File.Exists(Path.Combine(root, version, IndexManifest.FileName)))
            {
                RemoveStaleIndexes(root, served);
                Log.CoverageUnchanged(logger, version[..12], stopwatch.ElapsedMilliseconds);
                return (served, IngestSummary.Compare(previousHashes, hashes, skipped, version, rebuilt: false) with { Merged = merged });
            }

            var (indexPath, rebuilt) = await EnsureIndexAsync(root, version, articles, hashes, cancellationToken).ConfigureAwait(false);
            (KeywordIndex Keywords, VectorIndex? Vectors) opened;
            try
            {
                opened = IndexVerifier.Open(indexPath, _embedder is not null, _retrieval.VectorProbes, logger);
            }
            catch (Exception ex) when (IndexVerifier.IsDamage(ex))
            {
                // A damaged index is no reason to stop serving: its sources are still here, so it is built again.
                var aside = IndexVerifier.MoveAside(indexPath, options.Value.DataDirectory, _time);
                Log.IndexDamaged(logger, indexPath, aside, ex);
                (indexPath, rebuilt) = await EnsureIndexAsync(root, version, articles, hashes, cancellationToken).ConfigureAwait(false);
                opened = IndexVerifier.Open(indexPath, _embedder is not null, _retrieval.VectorProbes, logger);
            }

            var index = new CoverageIndex(new Corpus(articles), opened.Keywords, opened.Vectors, _embedder, _retrieval, version);
            var previous = Interlocked.Exchange(ref _current, index);
            if (previous is not null && !previous.Release())
            {
                _retired.Add(previous);
            }

            RemoveStaleIndexes(root, index);
            Log.CoverageLoaded(logger, articles.Count, index.Corpus.SentenceCount, version[..12], index.IsHybrid ? "keyword + vector" : "keyword", stopwatch.ElapsedMilliseconds);
            activity?.SetTag("newsbot.articles", articles.Count);
            return (index, IngestSummary.Compare(previousHashes, hashes, skipped, version, rebuilt) with { Merged = merged });
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

    /// <summary>
    /// Logs the sources skipped or merged on this load that were not on the last one, so a reload logs what changed
    /// rather than every skipped file again.
    /// </summary>
    private void ReportSkips(List<IngestionResult> skipped, List<IngestionResult> merged)
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

    private async IAsyncEnumerable<IngestionResult> ReadSourcesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var folder in options.Value.Folders)
        {
            await foreach (var result in ArticleFolderReader.ReadAsync(folder, cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }

        foreach (var corpus in options.Value.Corpora)
        {
            if (!File.Exists(corpus))
            {
                yield return new IngestionResult { Origin = corpus, ContentHash = string.Empty, Error = "the corpus file does not exist" };
                continue;
            }

            await foreach (var result in JsonLinesArticleReader.ReadAsync(corpus, cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }
    }

    private string Version(IEnumerable<string> hashes)
    {
        var model = _embedder is null ? "keyword-only" : $"vectors:{ArcticEmbeddingGenerator.ModelId}";
        var manifest = string.Join('\n', hashes.Order(StringComparer.Ordinal).Prepend(model).Prepend(IndexFormat));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifest)));
    }

    private async Task<(string Path, bool Rebuilt)> EnsureIndexAsync(string root, string version, List<Article> articles, Dictionary<string, string> hashes, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, version);
        if (File.Exists(Path.Combine(path, IndexManifest.FileName)) && (_embedder is null || VectorIndex.Exists(path)))
        {
            Log.IndexReused(logger, path);
            return (path, false);
        }

        Directory.CreateDirectory(root);
        var building = path + ".building";
        if (Directory.Exists(building))
        {
            Directory.Delete(building, recursive: true);
        }

        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        var stopwatch = Stopwatch.StartNew();
        KeywordIndex.Build(building, articles);
        var sentences = articles.Sum(a => a.Sentences.Count);
        Log.KeywordIndexBuilt(logger, sentences, stopwatch.ElapsedMilliseconds);
        if (_embedder is not null)
        {
            await BuildVectorsAsync(building, articles, cancellationToken).ConfigureAwait(false);
        }

        // The manifest is written last and marks the folder complete; the rename makes it visible at once.
        var manifest = new IndexManifest(IndexFormat, version, articles.Count, sentences, _embedder is not null, hashes);
        await File.WriteAllTextAsync(Path.Combine(building, IndexManifest.FileName), JsonSerializer.Serialize(manifest), cancellationToken).ConfigureAwait(false);
        Directory.Move(building, path);
        Log.IndexBuilt(logger, path, sentences, stopwatch.ElapsedMilliseconds);
        return (path, true);
    }

    private async Task BuildVectorsAsync(string directory, List<Article> articles, CancellationToken cancellationToken)
    {
        var cachePath = Path.Combine(options.Value.DataDirectory, EmbeddingCacheFile);
        if (embeddingCache is not null)
        {
            try
            {
                embeddingCache.Load(cachePath);
            }
            catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException)
            {
                Log.EmbeddingCacheUnreadable(logger, cachePath, ex.Message);
            }
        }

        try
        {
            var stopwatch = Stopwatch.StartNew();
            var cachedBefore = embeddingCache?.Count ?? 0;
            var sentences = articles.SelectMany(a => a.Sentences).ToList();
            var entries = new List<VectorEntry>(sentences.Count);
            Log.EmbeddingStarted(logger, sentences.Count, cachedBefore);
            const int Chunk = 512;
            var savedAt = cachedBefore;
            var savedTime = _time.GetTimestamp();
            var saveCost = TimeSpan.Zero;
            for (var start = 0; start < sentences.Count; start += Chunk)
            {
                var chunk = sentences.GetRange(start, Math.Min(Chunk, sentences.Count - start));
                var vectors = await _embedder!.EmbedPassagesAsync(chunk.Select(s => s.Text), cancellationToken).ConfigureAwait(false);
                entries.AddRange(chunk.Select((s, i) => new VectorEntry { Id = s.Id, Vector = vectors[i] }));
                Log.EmbeddingProgress(logger, entries.Count, sentences.Count, stopwatch.ElapsedMilliseconds);

                // Checkpoint the cache now and then, so a crash in a long build loses under a minute of embedding, not all
                // of it; a cache so large that saving it is slow is saved less often, keeping saves under a fifth of the time.
                var interval = CacheCheckpointInterval > saveCost * 5 ? CacheCheckpointInterval : saveCost * 5;
                if (embeddingCache is not null && embeddingCache.Count > savedAt
                    && (embeddingCache.Count - savedAt >= CacheCheckpointEvery || _time.GetElapsedTime(savedTime) >= interval))
                {
                    var saving = _time.GetTimestamp();
                    embeddingCache.Save(cachePath);
                    saveCost = _time.GetElapsedTime(saving);
                    savedTime = _time.GetTimestamp();
                    savedAt = embeddingCache.Count;
                    Log.EmbeddingCacheSaved(logger, savedAt, (long)saveCost.TotalMilliseconds);
                }
            }

            using (var index = VectorIndex.Build(entries))
            {
                index.Save(directory);
            }

            var embedded = (embeddingCache?.Count ?? sentences.Count) - cachedBefore;
            Log.VectorsBuilt(logger, sentences.Count, embedded, stopwatch.ElapsedMilliseconds);
            if (embeddingCache is not null && embedded > 0)
            {
                embeddingCache.Save(cachePath);
            }
        }
        finally
        {
            // Between builds the vectors live in the index and the cache file, not in memory as well (at 100k articles the
            // cache is hundreds of megabytes); the next build loads the file again.
            embeddingCache?.Clear();
        }
    }

    /// <summary>
    /// Deletes every folder but the served index's and those of retired indexes a reader still holds (they go on a
    /// later load): older indexes, and builds a crash left unfinished.
    /// </summary>
    private void RemoveStaleIndexes(string root, CoverageIndex served)
    {
        _retired.RemoveAll(i => i.IsDisposed);
        var keep = _retired.Append(served).Select(i => Path.Combine(root, i.Version)).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.EnumerateDirectories(root).Where(d => !keep.Contains(d)))
        {
            try
            {
                Directory.Delete(stale, recursive: true);
            }
            catch (IOException ex)
            {
                Log.StaleIndexKept(logger, stale, ex.Message);
            }
        }
    }
}

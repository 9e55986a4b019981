using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>
/// The coverage in the data directory, in one process: a Lucene keyword index, the vector file and the articles
/// themselves (<c>articles.jsonl</c>) in one folder per content version, <c>index/&lt;version&gt;</c>. A generation is
/// built aside (<c>&lt;version&gt;.building</c>), marked complete by its manifest, written last, and renamed into place;
/// a crash mid-build leaves at worst an unfinished folder that the next apply deletes, never a half-built index that
/// looks complete. A folder whose content version already exists is reused, not built again.
/// <para>
/// Sentence embeddings are cached by content (<see cref="FileCachingEmbeddingGenerator"/>) in <c>embeddings.cache</c>
/// beside the indexes, so a rebuild after one article changed embeds only that article's sentences.
/// </para>
/// </summary>
public sealed class EmbeddedCoverageStore(
    IOptions<CoverageOptions> options,
    ILogger<EmbeddedCoverageStore> logger,
    IOptions<RetrievalOptions>? retrievalOptions = null,
    IOptions<EmbeddingOptions>? embeddingOptions = null,
    SentenceEmbedder? sentenceEmbedder = null,
    FileCachingEmbeddingGenerator? embeddingCache = null,
    TimeProvider? timeProvider = null) : ICoverageStore
{
    /// <summary>Bumped whenever the index layout or the analysis changes, so older indexes are rebuilt.</summary>
    internal const string IndexFormat = "coverage-v10";

    /// <summary>The sentence-vector cache, in the data directory.</summary>
    internal const string EmbeddingCacheFile = "embeddings.cache";

    /// <summary>The folder of the data directory that holds one folder per built index.</summary>
    internal const string IndexFolder = "index";

    /// <summary>The articles of a generation, one <see cref="StoredArticle"/> a line.</summary>
    internal const string ArticlesFile = "articles.jsonl";

    private readonly RetrievalOptions _retrieval = retrievalOptions?.Value ?? new RetrievalOptions();
    private readonly SentenceEmbedder? _embedder = embeddingOptions?.Value.Enabled == false ? null : sentenceEmbedder;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly List<CoverageIndex> _issued = [];
    private string? _published;
    private Dictionary<string, (Article Article, string Hash)> _articles = new(StringComparer.Ordinal);

    /// <summary>During a vector build the embedding cache is saved after every this many new embeddings.</summary>
    internal int CacheCheckpointEvery { get; init; } = 10_000;

    /// <summary>
    /// During a vector build the embedding cache is also saved when this long has passed since the last save (or five
    /// times as long as that save took, if more), so a killed build loses under a minute of embedding.
    /// </summary>
    internal TimeSpan CacheCheckpointInterval { get; init; } = TimeSpan.FromSeconds(30);

    private string Root => Path.Combine(options.Value.DataDirectory, IndexFolder);

    public async Task<CoverageIndex?> OpenAsync(CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        if (IndexManifest.ReadLatestFolder(Root) is not var (path, manifest)
            || manifest.Format != IndexFormat
            || manifest.Vectors != (_embedder is not null)
            || !File.Exists(Path.Combine(path, ArticlesFile))
            || (_embedder is not null && !VectorIndex.Exists(path)))
        {
            return null;
        }

        Dictionary<string, (Article, string)> articles;
        (KeywordIndex Keywords, VectorIndex? Vectors) opened;
        try
        {
            articles = await ReadArticlesAsync(Path.Combine(path, ArticlesFile), cancellationToken).ConfigureAwait(false);
            opened = IndexVerifier.Open(path, _embedder is not null, _retrieval.VectorProbes, logger);
        }
        catch (Exception ex) when (IndexVerifier.IsDamage(ex))
        {
            // A damaged index is no reason to stop serving: the caller applies its sources again.
            var aside = IndexVerifier.MoveAside(path, options.Value.DataDirectory, _time);
            Log.IndexDamaged(logger, path, aside, ex);
            return null;
        }

        _articles = articles;
        Log.IndexReused(logger, path);
        return Issue(opened, manifest.Version, manifest.Generation, stopwatch);
    }

    public async Task<CoverageIndex> ApplyAsync(IReadOnlyList<CoverageChange> changes, long generation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);

        var stopwatch = Stopwatch.StartNew();
        var articles = new Dictionary<string, (Article Article, string Hash)>(_articles, StringComparer.Ordinal);
        var supplied = new Dictionary<string, ReadOnlyMemory<float>>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (change.Article is { } article)
            {
                articles[change.ArticleId] = (article, change.ContentHash);
                for (var i = 0; change.Vectors is { } vectors && i < vectors.Count && i < article.Sentences.Count; i++)
                {
                    supplied[article.Sentences[i].Id] = vectors[i];
                }
            }
            else
            {
                articles.Remove(change.ArticleId);
            }
        }

        var version = Version(articles.Select(a => $"{a.Key}:{a.Value.Hash}"));
        var path = await EnsureIndexAsync(version, generation, articles, supplied, cancellationToken).ConfigureAwait(false);
        (KeywordIndex Keywords, VectorIndex? Vectors) opened;
        try
        {
            opened = IndexVerifier.Open(path, _embedder is not null, _retrieval.VectorProbes, logger);
        }
        catch (Exception ex) when (IndexVerifier.IsDamage(ex))
        {
            // A damaged index is built again from the articles in hand.
            var aside = IndexVerifier.MoveAside(path, options.Value.DataDirectory, _time);
            Log.IndexDamaged(logger, path, aside, ex);
            path = await EnsureIndexAsync(version, generation, articles, supplied, cancellationToken).ConfigureAwait(false);
            opened = IndexVerifier.Open(path, _embedder is not null, _retrieval.VectorProbes, logger);
        }

        _articles = articles;
        return Issue(opened, version, generation, stopwatch);
    }

    public void Dispose()
    {
        // The indexes issued belong to their holders, who release them.
    }

    private CoverageIndex Issue((KeywordIndex Keywords, VectorIndex? Vectors) opened, string version, long generation, Stopwatch stopwatch)
    {
        var hashes = _articles.ToDictionary(a => a.Key, a => a.Value.Hash, StringComparer.Ordinal);
        var index = new CoverageIndex(new Corpus(_articles.Values.Select(a => a.Article)), opened.Keywords, opened.Vectors, _embedder, _retrieval, version, generation, hashes)
        {
            Closed = _ =>
            {
                lock (_issued)
                {
                    // A build under way (another thread's apply) is not stale; the next apply clears an abandoned one.
                    _issued.RemoveAll(i => i.IsDisposed);
                    RemoveStaleIndexes(unfinishedToo: false);
                }
            },
        };
        lock (_issued)
        {
            _issued.RemoveAll(i => i.IsDisposed);
            _issued.Add(index);
            _published = version;
            RemoveStaleIndexes(unfinishedToo: true);
        }

        Log.CoverageLoaded(logger, index.Corpus.ArticleCount, index.Corpus.SentenceCount, version[..12], index.IsHybrid ? "keyword + vector" : "keyword", stopwatch.ElapsedMilliseconds);
        return index;
    }

    private string Version(IEnumerable<string> hashes)
    {
        var model = _embedder is null ? "keyword-only" : $"vectors:{ArcticEmbeddingGenerator.ModelId}";
        var manifest = string.Join('\n', hashes.Order(StringComparer.Ordinal).Prepend(model).Prepend(IndexFormat));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifest)));
    }

    private static async Task<Dictionary<string, (Article, string)>> ReadArticlesAsync(string path, CancellationToken cancellationToken)
    {
        var articles = new Dictionary<string, (Article, string)>(StringComparer.Ordinal);
        using var reader = new StreamReader(path, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var stored = StoredArticle.FromJson(line);
            articles[stored.Id] = (stored.ToArticle(), stored.Hash);
        }

        return articles;
    }

    private async Task<string> EnsureIndexAsync(string version, long generation, Dictionary<string, (Article Article, string Hash)> articles, Dictionary<string, ReadOnlyMemory<float>> supplied, CancellationToken cancellationToken)
    {
        var root = Root;
        var path = Path.Combine(root, version);
        if (File.Exists(Path.Combine(path, IndexManifest.FileName)) && File.Exists(Path.Combine(path, ArticlesFile)) && (_embedder is null || VectorIndex.Exists(path)))
        {
            Log.IndexReused(logger, path);
            return path;
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
        var ordered = articles.Values.Select(a => a.Article).ToList();
        KeywordIndex.Build(building, ordered);
        var sentences = ordered.Sum(a => a.Sentences.Count);
        Log.KeywordIndexBuilt(logger, sentences, stopwatch.ElapsedMilliseconds);
        if (_embedder is not null)
        {
            await BuildVectorsAsync(building, ordered, supplied, cancellationToken).ConfigureAwait(false);
        }

        await using (var writer = new StreamWriter(Path.Combine(building, ArticlesFile), append: false, new UTF8Encoding(false)))
        {
            foreach (var (article, hash) in articles.Values)
            {
                await writer.WriteLineAsync(StoredArticle.From(article, hash).ToJson().AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }

        // The manifest is written last and marks the folder complete; the rename makes it visible at once.
        var hashes = articles.ToDictionary(a => a.Key, a => a.Value.Hash, StringComparer.Ordinal);
        var manifest = new IndexManifest(IndexFormat, version, articles.Count, sentences, _embedder is not null, hashes, generation);
        await File.WriteAllTextAsync(Path.Combine(building, IndexManifest.FileName), JsonSerializer.Serialize(manifest), cancellationToken).ConfigureAwait(false);
        Directory.Move(building, path);
        Log.IndexBuilt(logger, path, sentences, stopwatch.ElapsedMilliseconds);
        return path;
    }

    private async Task BuildVectorsAsync(string directory, List<Article> articles, Dictionary<string, ReadOnlyMemory<float>> supplied, CancellationToken cancellationToken)
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
            var entries = sentences.Where(s => supplied.ContainsKey(s.Id)).Select(s => new VectorEntry { Id = s.Id, Vector = supplied[s.Id] }).ToList();
            var toEmbed = sentences.Where(s => !supplied.ContainsKey(s.Id)).ToList();
            Log.EmbeddingStarted(logger, sentences.Count, cachedBefore);
            const int Chunk = 512;
            var savedAt = cachedBefore;
            var savedTime = _time.GetTimestamp();
            var saveCost = TimeSpan.Zero;
            for (var start = 0; start < toEmbed.Count; start += Chunk)
            {
                var chunk = toEmbed.GetRange(start, Math.Min(Chunk, toEmbed.Count - start));
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

            var embedded = (embeddingCache?.Count ?? toEmbed.Count) - cachedBefore;
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
    /// Deletes every folder but those of the indexes still open (the served one, and retired ones a reader still holds;
    /// they go on a later apply): older indexes, and builds a crash left unfinished.
    /// </summary>
    private void RemoveStaleIndexes(bool unfinishedToo)
    {
        // The generation published last stays on disk when its index closes (at shutdown): it is what the next start opens.
        var keep = _issued.Select(i => i.Version).Append(_published).OfType<string>().Select(v => Path.Combine(Root, v)).ToHashSet(StringComparer.Ordinal);
        var stales = Directory.EnumerateDirectories(Root)
            .Where(d => !keep.Contains(d) && (unfinishedToo || !d.EndsWith(".building", StringComparison.Ordinal)));
        foreach (var stale in stales)
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

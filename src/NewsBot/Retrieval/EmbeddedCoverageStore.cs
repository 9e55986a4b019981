using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Ingestion;
using NewsBot.Retrieval.Mapped;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsBot.Retrieval;

/// <summary>
/// The coverage in the data directory, in one process, updated in place: applying a change touches only the articles
/// it names. Under <c>coverage/</c>:
/// <list type="bullet">
/// <item><c>lucene/</c>: one Lucene index; an article's sentences are updated or deleted together by its id, and each
/// generation is a commit that records its number;</item>
/// <item><c>vectors/&lt;generation&gt;/</c>: a vector segment per generation that put articles, holding their sentence
/// vectors; an older segment's vectors of an article put again or removed are dead (<see cref="VectorSegments"/>);</item>
/// <item><c>articles.log</c>: every article put or removed, appended (<see cref="ArticleLog"/>);</item>
/// <item><c>manifest.json</c>: the generation published, naming its Lucene commit, the log's length and the segments
/// (<see cref="StoreManifest"/>).</item>
/// </list>
/// An apply writes its segment, appends to the log and commits Lucene, and only then flips the manifest; a crash before
/// the flip leaves the last published generation, and the next open rolls Lucene back to its commit, cuts the log to
/// its length and deletes the unnamed segment. Sentences are embedded once: vectors come with the change, from the
/// article's previous version for sentences whose text is unchanged, or from the model (through the cache, whose file
/// a first, full build loads and checkpoints).
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
    /// <summary>Bumped whenever the store's layout or the analysis changes, so older stores are rebuilt.</summary>
    internal const string IndexFormat = "coverage-v20";

    /// <summary>The sentence-vector cache, in the data directory.</summary>
    internal const string EmbeddingCacheFile = "embeddings.cache";

    /// <summary>The folder of the data directory that holds the store.</summary>
    internal const string StoreFolder = "coverage";

    internal const string LuceneFolder = "lucene";

    internal const string VectorsFolder = "vectors";

    /// <summary>Where the indexes of format coverage-v9 and before lived, one folder per content version; deleted on the first build.</summary>
    private const string LegacyFolder = "index";

    /// <summary>The writer that applies changes stays open this long after the last one, then lets the index go.</summary>
    private static readonly TimeSpan WriterIdle = TimeSpan.FromSeconds(10);

    private readonly RetrievalOptions _retrieval = retrievalOptions?.Value ?? new RetrievalOptions();
    private readonly SentenceEmbedder? _embedder = embeddingOptions?.Value.Enabled == false ? null : sentenceEmbedder;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly PublishedCommitPolicy _policy = new();
    private readonly System.Threading.Lock _writing = new();
    private LuceneDirectory? _directory;
    private IndexWriter? _writer;
    private ITimer? _idleClose;
    private DirectoryReader? _reader;
    private StoreManifest? _manifest;
    private Dictionary<string, StoredEntry> _articles = new(StringComparer.Ordinal);
    private Corpus _corpus = Corpus.Empty;
    private ContentVersion? _version;
    private List<VectorSegment> _segments = [];

    /// <summary>During a vector build the embedding cache is saved after every this many new embeddings.</summary>
    internal int CacheCheckpointEvery { get; init; } = 10_000;

    /// <summary>
    /// During a vector build the embedding cache is also saved when this long has passed since the last save (or five
    /// times as long as that save took, if more), so a killed build loses under a minute of embedding.
    /// </summary>
    internal TimeSpan CacheCheckpointInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Called after an apply has written everything and before it publishes: a test's crash point.</summary>
    internal Action? BeforePublish { get; set; }

    internal string Folder => Path.Combine(options.Value.DataDirectory, StoreFolder);

    private string LogPath => Path.Combine(Folder, ArticleLog.FileName);

    public async Task<CoverageIndex?> OpenAsync(CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        if (!await RecoverAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        Log.IndexReused(logger, Folder);
        return Issue(stopwatch);
    }

    public async Task<CoverageIndex> ApplyAsync(IReadOnlyList<CoverageChange> changes, long generation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);

        var stopwatch = Stopwatch.StartNew();

        // Another process (the ingest verb) may have published since; what is on disk is the base of this apply.
        if (_manifest is null || StoreManifest.Read(Folder) is not { } onDisk || onDisk.Generation != _manifest.Generation)
        {
            await RecoverAsync(cancellationToken).ConfigureAwait(false);
        }

        var fresh = _manifest is null;
        if (fresh)
        {
            CreateEmpty();
        }

        generation = Math.Max(generation, (_manifest?.Generation ?? 0) + 1);
        var published = false;
        try
        {
            var next = new Dictionary<string, StoredEntry>(_articles, StringComparer.Ordinal);
            var version = (_version ?? NewVersion()).Copy();
            foreach (var change in changes)
            {
                if (next.Remove(change.ArticleId, out var before))
                {
                    version.Toggle(change.ArticleId, before.Hash);
                }

                if (change.Article is { } article)
                {
                    next[change.ArticleId] = new StoredEntry(article, change.ContentHash, generation);
                    version.Toggle(change.ArticleId, change.ContentHash);
                }
            }

            // 1. The new segment, 2. the log, 3. the Lucene commit; then the manifest publishes all three at once.
            var segment = await WriteSegmentAsync(changes, generation, cancellationToken).ConfigureAwait(false);
            var logLength = ArticleLog.Append(LogPath, generation, changes);
            CommitKeywords(changes, generation, fresh);
            BeforePublish?.Invoke();

            var live = next.Values.Select(e => e.Generation).ToHashSet();
            var segments = _segments.Where(s => live.Contains(s.Generation)).ToList();
            if (segment is not null)
            {
                segments.Add(segment);
            }

            var manifest = new StoreManifest
            {
                Format = IndexFormat,
                Generation = generation,
                Version = version.ToString(),
                Vectors = _embedder is not null,
                ArticleLogLength = logLength,
                Segments = segments.Select(s => new StoredSegment(s.Generation, s.Articles)).ToList(),
            };
            manifest.Write(Folder);
            published = true;
            _policy.Published = generation;

            foreach (var dropped in _segments.Except(segments))
            {
                dropped.Release();
            }

            _segments = segments;
            _corpus = fresh
                ? new Corpus(next.Values.Select(e => e.Article))
                : _corpus.With(
                    changes.Select(c => c.ArticleId).Distinct().Where(next.ContainsKey).Select(id => next[id].Article),
                    changes.Select(c => c.ArticleId).Distinct().Where(id => !next.ContainsKey(id)));
            _articles = next;
            _version = version;
            _manifest = manifest;
            var reader = DirectoryReader.OpenIfChanged(_reader!) ?? _reader!;
            if (!ReferenceEquals(reader, _reader))
            {
                _reader!.DecRef();
                _reader = reader;
            }

            Log.GenerationApplied(logger, generation, changes.Count(c => !c.IsRemoval), changes.Count(c => c.IsRemoval), stopwatch.ElapsedMilliseconds);
            return Issue(stopwatch);
        }
        finally
        {
            if (!published)
            {
                // Whatever this apply wrote is not published; the next one starts again from what is.
                _manifest = null;
            }
        }
    }

    public void Dispose()
    {
        Close();
        _directory?.Dispose();
        _directory = null;
    }

    /// <summary>
    /// Lets go of the store's own hold on the reader and the segments. The directory object stays open: generations still
    /// served read through it, and it holds no file of its own (each reader keeps its files).
    /// </summary>
    private void Close()
    {
        CloseWriter();
        _reader?.DecRef();
        _reader = null;
        _segments.ForEach(s => s.Release());
        _segments = [];
    }

    /// <summary>Loads the published generation from disk; false when there is none (or it was damaged and moved aside).</summary>
    private async Task<bool> RecoverAsync(CancellationToken cancellationToken)
    {
        Close();
        _manifest = null;
        _articles = new(StringComparer.Ordinal);
        _corpus = Corpus.Empty;
        _version = null;
        var manifest = StoreManifest.Read(Folder);
        if (manifest is null || manifest.Format != IndexFormat || manifest.Vectors != (_embedder is not null))
        {
            return false;
        }

        var stopwatch = Stopwatch.StartNew();
        var segments = new List<VectorSegment>();
        try
        {
            ArticleLog.Truncate(LogPath, manifest.ArticleLogLength);
            var articles = await ArticleLog.ReplayAsync(LogPath, manifest.ArticleLogLength, cancellationToken).ConfigureAwait(false);
            _directory = OpenLucene(Path.Combine(Folder, LuceneFolder));
            _policy.Published = manifest.Generation;
            var commit = DirectoryReader.ListCommits(_directory).LastOrDefault(c => PublishedCommitPolicy.GenerationOf(c) == manifest.Generation)
                ?? throw new InvalidDataException($"The Lucene index holds no commit of generation {manifest.Generation}.");
            if (DirectoryReader.ListCommits(_directory)[^1] != commit)
            {
                // A commit newer than the manifest is an apply that crashed before publishing: roll it back.
                using var rollback = new IndexWriter(_directory, Config(OpenMode.APPEND, commit));
                rollback.SetCommitData(commit.UserData);
                rollback.Commit();
            }

            _reader = DirectoryReader.Open(_directory);
            if (PublishedCommitPolicy.GenerationOf(_reader.IndexCommit) != manifest.Generation)
            {
                throw new InvalidDataException("The Lucene index does not open at the published generation.");
            }

            foreach (var leaf in _reader.Leaves)
            {
                leaf.AtomicReader.CheckIntegrity();
            }

            foreach (var stored in manifest.Segments)
            {
                segments.Add(new VectorSegment(stored.Generation, stored.Articles, VectorIndex.Load(SegmentFolder(stored.Generation), _retrieval.VectorProbes)));
            }

            RemoveUnpublishedSegments(manifest);
            _segments = segments;
            _articles = articles;
            _corpus = new Corpus(articles.Values.Select(e => e.Article));
            _version = NewVersion();
            foreach (var (id, entry) in articles)
            {
                _version.Toggle(id, entry.Hash);
            }

            _manifest = manifest;
            Log.IndexVerified(logger, Folder, stopwatch.ElapsedMilliseconds);
            return true;
        }
        catch (Exception ex) when (IndexVerifier.IsDamage(ex))
        {
            // A damaged store is no reason to stop serving: it is moved aside and the caller applies its sources again.
            segments.ForEach(s => s.Release());
            Close();
            _articles = new(StringComparer.Ordinal);
            var aside = IndexVerifier.MoveAside(Folder, options.Value.DataDirectory, _time);
            Log.IndexDamaged(logger, Folder, aside, ex);
            return false;
        }
    }

    /// <summary>An empty store, replacing whatever was there (an older format, a store built without vectors).</summary>
    private void CreateEmpty()
    {
        Close();
        foreach (var folder in new[] { Folder, Path.Combine(options.Value.DataDirectory, LegacyFolder) })
        {
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }

        System.IO.Directory.CreateDirectory(Path.Combine(Folder, VectorsFolder));
        _directory = OpenLucene(Path.Combine(Folder, LuceneFolder));
        _policy.Published = 0;
        using (var writer = new IndexWriter(_directory, Config(OpenMode.CREATE)))
        {
            writer.SetCommitData(new Dictionary<string, string> { [PublishedCommitPolicy.GenerationKey] = "0" });
            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        ArticleLog.Truncate(LogPath, 0);
        _articles = new(StringComparer.Ordinal);
        _corpus = Corpus.Empty;
        _version = null;
        _segments = [];
    }

    /// <summary>
    /// The Lucene folder: memory-mapped through <see cref="MappedDirectory"/> by default, with positional reads
    /// (<see cref="NIOFSDirectory"/>) when <see cref="CoverageOptions.MemoryMappedReads"/> is off, or through Lucene.NET's
    /// <see cref="MMapDirectory"/> when <see cref="CoverageOptions.LuceneMMapDirectory"/> asks for it. Lucene.NET's mapped
    /// inputs keep every clone in a weak table (Java's unmap workaround), and a question clones the term dictionary's
    /// input for each term and segment: once a stream of changes had reopened the reader, the collector's pauses grew
    /// five- to sixfold. <see cref="MappedDirectory"/> maps each file once and tracks no clone (docs/PERFORMANCE.md).
    /// </summary>
    private LuceneDirectory OpenLucene(string path) => options.Value switch
    {
        { MemoryMappedReads: false } => new NIOFSDirectory(new DirectoryInfo(path)),
        { LuceneMMapDirectory: true } => new MMapDirectory(new DirectoryInfo(path)),
        _ => new MappedDirectory(path),
    };

    private IndexWriterConfig Config(OpenMode mode, IndexCommit? commit = null)
    {
        var config = KeywordIndex.WriterConfig(new NewsAnalyzer(), mode);
        config.IndexDeletionPolicy = _policy;
        if (commit is not null)
        {
            config.IndexCommit = commit;
        }

        return config;
    }

    /// <summary>
    /// Updates (or, into an empty index, adds) each put article's sentences and deletes each removed one's; one commit.
    /// A first build uses a writer of its own, as the index was always built. Changes go through a writer kept open
    /// while they come (its segment readers stay pooled, so finding an article's old sentences does not open every
    /// segment again) and closed after <see cref="WriterIdle"/> without one, so an <c>ingest</c> run may take the
    /// index in turn. That writer keeps the segments few (<see cref="ChangeMergePolicy"/>): its merges run in the
    /// background, so no change waits on one, and a merge finished since the last commit is in the next one.
    /// </summary>
    private void CommitKeywords(IReadOnlyList<CoverageChange> changes, long generation, bool fresh)
    {
        var stopwatch = Stopwatch.StartNew();
        lock (_writing)
        {
            if (fresh)
            {
                using var builder = new IndexWriter(_directory, Config(OpenMode.APPEND));
                Write(builder, changes, generation, fresh: true, _articles);
            }
            else
            {
                if (_writer is null)
                {
                    var config = Config(OpenMode.APPEND);
                    config.MergePolicy = new ChangeMergePolicy();
                    _writer = new IndexWriter(_directory, config);
                }

                try
                {
                    Write(_writer, changes, generation, fresh: false, _articles);
                    ChangeMergePolicy.CommitDelta(_writer);
                }
                catch
                {
                    CloseWriter();
                    throw;
                }

                _idleClose?.Dispose();
                _idleClose = _time.CreateTimer(_ => CloseIdleWriter(), null, WriterIdle, Timeout.InfiniteTimeSpan);
            }
        }

        Log.KeywordIndexBuilt(logger, changes.Sum(c => c.Article?.Sentences.Count ?? 0), stopwatch.ElapsedMilliseconds);
    }

    /// <summary>
    /// Writes the changes and commits them as <paramref name="generation"/>, their documents built on a thread of their
    /// own while this one indexes (<see cref="SentenceDocuments.OfEach"/>). An article the index does not hold yet
    /// (in <paramref name="served"/> or earlier in this batch) is added rather than updated: an update's delete term is
    /// looked up in every segment when the writer flushes, which a replica's bootstrap would pay for every article.
    /// </summary>
    private static void Write(IndexWriter writer, IReadOnlyList<CoverageChange> changes, long generation, bool fresh, Dictionary<string, StoredEntry> served)
    {
        try
        {
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (change, documents) in changes.Zip(SentenceDocuments.OfEach(changes.Select(c => c.Article).ToList())))
            {
                var held = !fresh && (served.ContainsKey(change.ArticleId) || written.Contains(change.ArticleId));
                written.Add(change.ArticleId);
                if (documents is not null)
                {
                    if (held)
                    {
                        writer.UpdateDocuments(KeywordIndex.ArticleTerm(change.ArticleId), documents);
                    }
                    else
                    {
                        writer.AddDocuments(documents);
                    }
                }
                else if (held)
                {
                    writer.DeleteDocuments(KeywordIndex.ArticleTerm(change.ArticleId));
                }
            }

            writer.SetCommitData(new Dictionary<string, string> { [PublishedCommitPolicy.GenerationKey] = generation.ToString(CultureInfo.InvariantCulture) });
            writer.Commit();
        }
        catch when (fresh)
        {
            writer.Rollback();
            throw;
        }
    }

    /// <summary>Closes the change writer without committing anything (every change it wrote is committed already).</summary>
    private void CloseWriter()
    {
        lock (_writing)
        {
            _idleClose?.Dispose();
            _idleClose = null;
            _writer?.Rollback();
            _writer = null;
        }
    }

    /// <summary>
    /// Closes the change writer after <see cref="WriterIdle"/>. Merges it finished since the last commit are committed
    /// first under the published generation (the same documents in fewer segments), so the next open reads them.
    /// </summary>
    private void CloseIdleWriter()
    {
        try
        {
            lock (_writing)
            {
                if (_writer is { } writer && writer.HasUncommittedChanges() && PublishedCommitPolicy.GenerationOf(writer.CommitData) == _policy.Published)
                {
                    writer.Commit();
                }
            }

            CloseWriter();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            Log.StaleIndexKept(logger, Folder, ex.Message);
        }
    }

    /// <summary>The vector segment of the articles this generation puts, written and loaded; null when it puts none or vectors are off.</summary>
    private async Task<VectorSegment?> WriteSegmentAsync(IReadOnlyList<CoverageChange> changes, long generation, CancellationToken cancellationToken)
    {
        if (_embedder is not { } sentenceEmbedder || !changes.Any(c => c.Article is { Sentences.Count: > 0 }))
        {
            return null;
        }

        var embedder = new SegmentEmbedder(sentenceEmbedder, embeddingCache, Path.Combine(options.Value.DataDirectory, EmbeddingCacheFile), logger, _time)
        {
            CheckpointEvery = CacheCheckpointEvery,
            CheckpointInterval = CacheCheckpointInterval,
        };
        var entries = await embedder.VectorsAsync(changes, PreviousVectors, cancellationToken).ConfigureAwait(false);
        var folder = SegmentFolder(generation);
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }

        using (var built = VectorIndex.Build(entries))
        {
            built.Save(folder);
        }

        return new VectorSegment(generation, changes.Count(c => c.Article is { Sentences.Count: > 0 }), VectorIndex.Load(folder, _retrieval.VectorProbes));
    }

    /// <summary>The served vectors of an article's sentences, by sentence text; null when it is not served.</summary>
    private Dictionary<string, ReadOnlyMemory<float>>? PreviousVectors(string articleId)
    {
        if (!_articles.TryGetValue(articleId, out var entry) || _segments.FirstOrDefault(s => s.Generation == entry.Generation) is not { } segment)
        {
            return null;
        }

        var vectors = new Dictionary<string, ReadOnlyMemory<float>>(StringComparer.Ordinal);
        foreach (var (id, vector) in segment.Index.RowsStartingWith(articleId + "#"))
        {
            var ordinal = int.Parse(id.AsSpan(id.LastIndexOf('#') + 1), CultureInfo.InvariantCulture);
            if (ordinal < entry.Article.Sentences.Count)
            {
                vectors.TryAdd(entry.Article.Sentences[ordinal].Text, vector);
            }
        }

        return vectors;
    }

    private CoverageIndex Issue(Stopwatch stopwatch)
    {
        var manifest = _manifest!;
        var articles = _articles;
        _reader!.IncRef();
        var keywords = KeywordIndex.Over(_reader, _retrieval.SearchParallelism);
        var liveArticles = articles.Values.CountBy(e => e.Generation).ToDictionary();
        var vectors = _embedder is null
            ? null
            : new VectorSegments(
                _segments.Select(s => s.Share()).ToList(),
                id => articles.TryGetValue(id, out var entry) ? entry.Generation : null,
                generation => liveArticles.GetValueOrDefault(generation));
        var index = new CoverageIndex(_corpus, keywords, vectors, _embedder, _retrieval, manifest.Version, manifest.Generation, new ArticleHashes(articles));
        Log.CoverageLoaded(logger, index.Corpus.ArticleCount, index.Corpus.SentenceCount, manifest.Version[..12], index.IsHybrid ? "keyword + vector" : "keyword", stopwatch.ElapsedMilliseconds);
        return index;
    }

    private string SegmentFolder(long generation) =>
        Path.Combine(Folder, VectorsFolder, generation.ToString(CultureInfo.InvariantCulture));

    private void RemoveUnpublishedSegments(StoreManifest manifest)
    {
        var named = manifest.Segments.Select(s => SegmentFolder(s.Generation)).ToHashSet(StringComparer.Ordinal);
        var root = Path.Combine(Folder, VectorsFolder);
        foreach (var stale in System.IO.Directory.Exists(root) ? System.IO.Directory.EnumerateDirectories(root) : [])
        {
            if (!named.Contains(stale))
            {
                try
                {
                    System.IO.Directory.Delete(stale, recursive: true);
                }
                catch (IOException ex)
                {
                    Log.StaleIndexKept(logger, stale, ex.Message);
                }
            }
        }
    }

    private ContentVersion NewVersion() =>
        new(IndexFormat, _embedder is null ? "keyword-only" : $"vectors:{ArcticEmbeddingGenerator.ModelId}");
}

using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NewsBot.Embeddings;
using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>
/// The sentence vectors of the articles one apply puts: the change's own, else the previous version's for a sentence
/// of the same text, else the model's, through the cache. Many sentences for the model (a first build) load the cache
/// file first and checkpoint it as they go, so a killed build loses under a minute of embedding.
/// </summary>
internal sealed class SegmentEmbedder(
    SentenceEmbedder embedder,
    FileCachingEmbeddingGenerator? embeddingCache,
    string cachePath,
    ILogger logger,
    TimeProvider time)
{
    /// <summary>An apply that embeds more sentences than this loads and checkpoints the embedding cache file.</summary>
    private const int BulkEmbedding = 2048;

    private readonly TimeProvider _time = time;

    /// <summary>The cache is saved after every this many new embeddings.</summary>
    public int CheckpointEvery { get; init; } = 10_000;

    /// <summary>The cache is also saved when this long has passed since the last save (or five times that save's cost).</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A vector for every sentence the changes put: the change's own, else the previous version's for a sentence of the
    /// same text, else the model's (through the cache).
    /// </summary>
    public async Task<List<VectorEntry>> VectorsAsync(IReadOnlyList<CoverageChange> changes, Func<string, Dictionary<string, ReadOnlyMemory<float>>?> previousVectors, CancellationToken cancellationToken)
    {
        var entries = new List<VectorEntry>();
        var toEmbed = new List<Sentence>();
        foreach (var change in changes)
        {
            if (change.Article is not { } article)
            {
                continue;
            }

            var previous = change.Vectors is null ? previousVectors(change.ArticleId) : null;
            for (var i = 0; i < article.Sentences.Count; i++)
            {
                var sentence = article.Sentences[i];
                if (change.Vectors is { } given && i < given.Count)
                {
                    entries.Add(new VectorEntry { Id = sentence.Id, Vector = given[i] });
                }
                else if (previous is not null && previous.TryGetValue(sentence.Text, out var reused))
                {
                    entries.Add(new VectorEntry { Id = sentence.Id, Vector = reused });
                }
                else
                {
                    toEmbed.Add(sentence);
                }
            }
        }

        entries.AddRange(await EmbedAsync(toEmbed, cancellationToken).ConfigureAwait(false));
        return entries;
    }

    private async Task<List<VectorEntry>> EmbedAsync(List<Sentence> sentences, CancellationToken cancellationToken)
    {
        var entries = new List<VectorEntry>(sentences.Count);
        if (sentences.Count == 0)
        {
            return entries;
        }

        // A first build embeds many sentences: the cache file then saves what an earlier, interrupted build embedded.
        var bulk = sentences.Count > BulkEmbedding && embeddingCache is not null;
        if (bulk)
        {
            try
            {
                embeddingCache!.Load(cachePath);
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
            Log.EmbeddingStarted(logger, sentences.Count, cachedBefore);
            const int Chunk = 512;
            var savedAt = cachedBefore;
            var savedTime = _time.GetTimestamp();
            var saveCost = TimeSpan.Zero;
            for (var start = 0; start < sentences.Count; start += Chunk)
            {
                var chunk = sentences.GetRange(start, Math.Min(Chunk, sentences.Count - start));
                var vectors = await embedder.EmbedPassagesAsync(chunk.Select(s => s.Text), cancellationToken).ConfigureAwait(false);
                entries.AddRange(chunk.Select((s, i) => new VectorEntry { Id = s.Id, Vector = vectors[i] }));
                Log.EmbeddingProgress(logger, entries.Count, sentences.Count, stopwatch.ElapsedMilliseconds);

                // Checkpoint the cache now and then, so a crash in a long build loses under a minute of embedding, not all
                // of it; a cache so large that saving it is slow is saved less often, keeping saves under a fifth of the time.
                var interval = CheckpointInterval > saveCost * 5 ? CheckpointInterval : saveCost * 5;
                if (bulk && embeddingCache!.Count > savedAt
                    && (embeddingCache.Count - savedAt >= CheckpointEvery || _time.GetElapsedTime(savedTime) >= interval))
                {
                    var saving = _time.GetTimestamp();
                    embeddingCache.Save(cachePath);
                    saveCost = _time.GetElapsedTime(saving);
                    savedTime = _time.GetTimestamp();
                    savedAt = embeddingCache.Count;
                    Log.EmbeddingCacheSaved(logger, savedAt, (long)saveCost.TotalMilliseconds);
                }
            }

            var embedded = (embeddingCache?.Count ?? sentences.Count) - cachedBefore;
            Log.VectorsBuilt(logger, sentences.Count, embedded, stopwatch.ElapsedMilliseconds);
            if (bulk && embedded > 0)
            {
                embeddingCache!.Save(cachePath);
            }

            return entries;
        }
        finally
        {
            // Between builds the vectors live in the segments and the cache file, not in memory as well (at 100k articles
            // the cache is hundreds of megabytes); the next bulk build loads the file again.
            embeddingCache?.Clear();
        }
    }
}

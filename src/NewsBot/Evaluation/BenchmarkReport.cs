namespace NewsBot.Evaluation;

/// <summary>The figures <c>bench</c> prints and writes: one ingestion from scratch, a cold start over its index, question latency and memory.</summary>
public sealed record BenchmarkReport
{
    /// <summary>Records in the generated corpus.</summary>
    public required int ArticlesIn { get; init; }

    /// <summary>Articles in the index, after the word-for-word duplicates were folded and unreadable records skipped.</summary>
    public required int ArticlesIndexed { get; init; }

    /// <summary>Records that repeated an indexed story word for word and were indexed once with it.</summary>
    public int Duplicates => ArticlesIn - ArticlesIndexed - Skipped;

    /// <summary>Records the ingestion skipped (malformed, no text, an id taken).</summary>
    public required int Skipped { get; init; }

    public required int Sentences { get; init; }

    /// <summary>Whether the index has sentence vectors (<c>Embedding:Enabled</c>).</summary>
    public required bool Embeddings { get; init; }

    /// <summary>Wall time of the ingestion from scratch: reading, splitting, keyword index, and vectors when on.</summary>
    public required double IngestSeconds { get; init; }

    public double SentencesPerSecond => IngestSeconds > 0 ? Sentences / IngestSeconds : double.NaN;

    /// <summary>
    /// Sentences the model embedded during the ingestion; the rest of the vectors came from the embedding cache. A text
    /// repeated within one batch the library sends to the model is embedded, and counted, each time. Null without embeddings.
    /// </summary>
    public long? VectorsEmbedded { get; init; }

    /// <summary>Bytes of the index folder (keyword and vector indexes), without the corpus and the embedding cache.</summary>
    public required long IndexBytes { get; init; }

    /// <summary>Bytes of the embedding cache file kept beside the index (0 without embeddings).</summary>
    public required long EmbeddingCacheBytes { get; init; }

    /// <summary>A new host over the persisted index, from building it to the coverage being served.</summary>
    public required double ColdStartSeconds { get; init; }

    /// <summary>Whether the cold start rebuilt the index instead of reusing it (it should not).</summary>
    public required bool ColdStartReindexed { get; init; }

    public required int Questions { get; init; }

    public required int Rounds { get; init; }

    /// <summary>Retrieval of the top 10 sentences, query embedding included, over the timed rounds.</summary>
    public required LatencyPercentiles Retrieval { get; init; }

    /// <summary>The <c>answer_question</c> kernel function (retrieval and composing), over the timed rounds.</summary>
    public required LatencyPercentiles Answer { get; init; }

    /// <summary>Retrieval in the untimed warm-up round: each question asked for the first time (JIT, and the model run per query).</summary>
    public required LatencyPercentiles FirstRoundRetrieval { get; init; }

    /// <summary>Questions the model embedded over both the warm-up and the timed rounds; a repeated question's vector comes from the cache. Null without embeddings.</summary>
    public long? QueriesEmbedded { get; init; }

    /// <summary>Resident memory with the index loaded (and the model, when on), before any question.</summary>
    public required double WorkingSetAfterLoadMiB { get; init; }

    public required double WorkingSetAfterQuestionsMiB { get; init; }

    /// <summary>The process's peak resident memory over the whole run, the ingestion included.</summary>
    public required double PeakWorkingSetMiB { get; init; }

    /// <summary>Live managed heap after a full collection, at the same two points.</summary>
    public required double ManagedHeapAfterLoadMiB { get; init; }

    public required double ManagedHeapAfterQuestionsMiB { get; init; }

    /// <summary>The change stream (<c>--changes</c>), when asked for.</summary>
    public ChangeStreamReport? ChangeStream { get; init; }
}

using System.ComponentModel.DataAnnotations;

namespace NewsBot.Embeddings;

/// <summary>Settings for the local embedding model.</summary>
public sealed class EmbeddingOptions
{
    public const string SectionName = "Embedding";

    /// <summary>
    /// Whether sentences are embedded for semantic search. Off, retrieval is keyword-only: no model is loaded and the
    /// index is built faster, at the cost of missing paraphrases.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Texts per model run. Larger batches amortise per-run overhead but pad every text to the batch's longest.</summary>
    [Range(1, 512)]
    public int BatchSize { get; set; } = 32;

    /// <summary>Threads one model run may use; 0 lets ONNX Runtime use one per physical core.</summary>
    [Range(0, 256)]
    public int IntraOpThreads { get; set; }

    /// <summary>Whether the model's threads spin-wait between runs (a little faster back-to-back, but they hold the cores).</summary>
    public bool SpinBetweenRuns { get; set; }

    /// <summary>Query vectors kept for questions asked again (least recently used go first); 0 embeds every question afresh.</summary>
    [Range(0, 1_000_000)]
    public int QueryCacheSize { get; set; } = 1_000;

    /// <summary>Instruction put before a search query (never before a passage), as the model was trained.</summary>
    public string QueryPrefix { get; set; } = ArcticEmbeddingGenerator.QueryPrefix;
}

using System.ComponentModel.DataAnnotations;

namespace NewsBot.Retrieval;

/// <summary>How keyword and vector rankings are fused (see <see cref="RankFusion"/>).</summary>
public sealed class RetrievalOptions
{
    public const string SectionName = "Retrieval";

    public FusionMethod Fusion { get; set; } = FusionMethod.Score;

    /// <summary>How deep each ranking is read before fusion.</summary>
    [Range(10, 1000)]
    public int Depth { get; set; } = 100;

    [Range(0.0, 10.0)]
    public double KeywordWeight { get; set; } = 1.0;

    [Range(0.0, 10.0)]
    public double VectorWeight { get; set; } = 0.75;

    /// <summary>Boost, as a share of the best score, for a sentence whose date falls inside the one the question names.</summary>
    [Range(0.0, 10.0)]
    public double DateWeight { get; set; } = 0.6;

    /// <summary>
    /// A question term found in more sentences than this only adds to the score of sentences that match a rarer term
    /// (see <see cref="KeywordIndex.Search"/>); it bounds the keyword search's work on a large corpus.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int CommonTermDocs { get; set; } = 10_000;

    /// <summary>
    /// How many of the keyword index's segments one search reads side by side: 0 (the default) as many as there are
    /// processors, 1 one after another. The ranking is the same either way; on a large index, which has several
    /// segments, a question is answered sooner while the machine has idle processors, and no later when it has none
    /// (the asking thread searches too).
    /// </summary>
    [Range(0, 256)]
    public int SearchParallelism { get; set; }

    /// <summary>
    /// Lists of a partitioned vector index (one of more than <see cref="VectorIndex.DefaultPartitionThreshold"/> sentences)
    /// that a question's vector search scans: more finds more of the truly nearest sentences, at a cost in proportion.
    /// </summary>
    [Range(1, 4096)]
    public int VectorProbes { get; set; } = VectorIndex.DefaultProbes;

    /// <summary>Search weight of a synonym or derived form of a question word (<see cref="WordExpansion"/>) against the word itself.</summary>
    [Range(0.0, 1.0)]
    public float SynonymWeight { get; set; } = WordExpansion.DefaultSynonymWeight;

    /// <summary>Share of a question word's weight in coverage that a sentence holding only a synonym of it gains.</summary>
    [Range(0.0, 1.0)]
    public double SynonymCredit { get; set; } = WordExpansion.DefaultSynonymCredit;

    /// <summary>Search weight of a verb's broader verbs ("acquire" for "buy"); 0 leaves them out, and they never count in coverage.</summary>
    [Range(0.0, 1.0)]
    public float BroaderWeight { get; set; } = WordExpansion.DefaultBroaderWeight;

    /// <summary>
    /// How many of the likeliest articles, scored as wholes (<see cref="ArticleSearch"/>), add their sentences to the
    /// candidates; 0 (the default) leaves the candidates to the sentence-level searches alone. 5 measured best on
    /// newsdesk-dev (support@5 0.800 → 0.817), but at 10k articles, keyword only, it made retrieval about 2× slower.
    /// </summary>
    [Range(0, 50)]
    public int ArticlePool { get; set; }

    /// <summary>
    /// Boost, as a share of the best score, for a sentence of one of those articles, by how far its article stands out
    /// (<see cref="CoverageIndex"/>). Off by default: on newsdesk-dev 0.2-0.4 lifted support@5 0.817 → 0.83-0.85, but
    /// cost realtimeqa, whose long pieces hold every word of a quiz question, 0.024-0.036 of its answers with gold.
    /// </summary>
    [Range(0.0, 10.0)]
    public double ArticleWeight { get; set; }

    /// <summary>
    /// Re-order the first <see cref="RerankDepth"/> candidates by the learned re-ranker (<see cref="Ranking.RankModel"/>)
    /// before anyone reads them, when embeddings are on (keyword-only pools keep the fused order: the model learned
    /// from hybrid ones). On by default: held out it lifted newsdesk-dev's support@5 0.800 → 0.850 and cost no set
    /// more than 0.012 of its answers citing gold (docs/EVALUATION.md, Learned re-ranking).
    /// </summary>
    public bool Reranker { get; set; } = true;

    /// <summary>How many of the fused candidates the re-ranker reads and re-orders; no deeper than <see cref="Depth"/>.</summary>
    [Range(5, 200)]
    public int RerankDepth { get; set; } = 40;

    /// <summary>How many of the fused order's first candidates the re-ranker leaves in place (<see cref="Ranking.Reranker"/>).</summary>
    [Range(0, 200)]
    public int RerankKeep { get; set; } = Ranking.Reranker.DefaultKeep;

    /// <summary>A re-ranker model file (the <c>train-ranker</c> verb's output) to use instead of the embedded one.</summary>
    public string? RerankerModelPath { get; set; }

    /// <summary>The k of reciprocal-rank fusion.</summary>
    [Range(1.0, 1000.0)]
    public double FusionK { get; set; } = RankFusion.DefaultK;
}

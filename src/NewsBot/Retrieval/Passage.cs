using NewsBot.Dates;
using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>A retrieved sentence with the evidence that it answers the question.</summary>
public sealed record Passage
{
    public required Article Article { get; init; }

    public required Sentence Sentence { get; init; }

    /// <summary>The ranking score (fused keyword and vector ranks, or BM25 alone); comparable only within one query.</summary>
    public required double Score { get; init; }

    /// <summary>Share of the question's information (IDF-weighted terms) found in the sentence itself, 0..1.</summary>
    public required double Coverage { get; init; }

    /// <summary>Cosine similarity between the question's and the sentence's embeddings; 0 when not known.</summary>
    public double Similarity { get; init; }

    /// <summary>How much of the sentence's date lies inside the date the question names (0..1); 0 when either names none.</summary>
    public double DateMatch { get; init; }
}

using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>A retrieved sentence with the evidence that it answers the question.</summary>
public sealed record Passage
{
    public required Article Article { get; init; }

    public required Sentence Sentence { get; init; }

    /// <summary>The ranking score (BM25 over the sentence and its context); comparable only within one query.</summary>
    public required double Score { get; init; }

    /// <summary>Share of the question's information (IDF-weighted terms) found in the sentence itself, 0..1.</summary>
    public required double Coverage { get; init; }
}

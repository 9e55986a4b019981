using NewsBot.Ingestion;

namespace NewsBot.Ranking;

/// <summary>
/// One sentence of the candidate pool with what retrieval already knows of it: its place in the fused ranking and in
/// each search, its evidence, and the analysed terms of the sentence and of each part of its context (headline and
/// neighbours). The term sets are shared, not copied: a pool's candidates of one article read the same headline set, and
/// a sentence's set is its neighbours' context part, so the features read each part once per article, not per candidate.
/// </summary>
public sealed record RankCandidate
{
    public required Article Article { get; init; }

    public required Sentence Sentence { get; init; }

    /// <summary>The fused score (keyword and vector), the order the pool arrives in.</summary>
    public required double Fused { get; init; }

    /// <summary>BM25 score in the keyword search; 0 when the keyword search did not find it.</summary>
    public double Keyword { get; init; }

    /// <summary>Zero-based rank in the keyword search; -1 when not found.</summary>
    public int KeywordRank { get; init; } = -1;

    /// <summary>Cosine similarity to the question; 0 when not known.</summary>
    public double Cosine { get; init; }

    /// <summary>Zero-based rank in the vector search; -1 when not found.</summary>
    public int VectorRank { get; init; } = -1;

    /// <summary>The sentence's own coverage of the question (<see cref="Retrieval.Passage.Coverage"/>).</summary>
    public double Coverage { get; init; }

    public double DateMatch { get; init; }

    public required IReadOnlySet<string> SentenceTerms { get; init; }

    /// <summary>The terms of each part of its context: the headline and the sentences either side.</summary>
    public required IReadOnlyList<IReadOnlySet<string>> Context { get; init; }

    /// <summary>Whether the sentence or a part of its context holds <paramref name="term"/>.</summary>
    public bool HoldsInContext(string term)
    {
        if (SentenceTerms.Contains(term))
        {
            return true;
        }

        foreach (var part in Context)
        {
            if (part.Contains(term))
            {
                return true;
            }
        }

        return false;
    }
}

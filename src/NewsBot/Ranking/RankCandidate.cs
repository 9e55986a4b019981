namespace NewsBot.Ranking;

/// <summary>
/// One sentence of the candidate pool with what retrieval already knows of it: its passage (fused score, cosine,
/// coverage, date match), its place in each search, and the analysed terms of the sentence and of each part of its
/// context (headline and neighbours). The term sets are shared, not copied: a pool's candidates of one article read the same headline set, and
/// a sentence's set is its neighbours' context part, so the features read each part once per article, not per candidate.
/// </summary>
public sealed record RankCandidate
{
    /// <summary>The candidate as retrieval made it: its sentence and article, fused score, cosine, coverage and date match.</summary>
    public required Retrieval.Passage Passage { get; init; }

    /// <summary>BM25 score in the keyword search; 0 when the keyword search did not find it.</summary>
    public double Keyword { get; init; }

    /// <summary>Zero-based rank in the keyword search; -1 when not found.</summary>
    public int KeywordRank { get; init; } = -1;

    /// <summary>Zero-based rank in the vector search; -1 when not found.</summary>
    public int VectorRank { get; init; } = -1;

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

namespace NewsBot.Evaluation;

/// <summary>What happened to one evaluation question.</summary>
public sealed record QuestionOutcome
{
    public required string Id { get; init; }

    public required bool IsImpossible { get; init; }

    /// <summary>The question's kind, where the set labels it.</summary>
    public string? Kind { get; init; }

    /// <summary>1-based rank of the first supporting sentence in the top 10, or null when none supports.</summary>
    public int? SupportRank { get; init; }

    /// <summary>
    /// 1-based rank of the first supporting sentence among the <see cref="Evaluator.PoolDepth"/> best, or null: how deep
    /// the answer sits when it is not in the top 10 (recall of the pool against its order).
    /// </summary>
    public int? PoolRank { get; init; }

    /// <summary>
    /// 1-based rank of the best of the question's own articles among articles scored as wholes
    /// (<see cref="Retrieval.CoverageIndex.RankArticles"/>), in the first <see cref="Evaluator.ArticleDepth"/>, or null.
    /// </summary>
    public int? ArticleRank { get; init; }

    /// <summary>The bot answered rather than saying the coverage does not.</summary>
    public required bool Answered { get; init; }

    /// <summary>The answer cites at least one supporting sentence.</summary>
    public required bool CitesGold { get; init; }

    public required int Citations { get; init; }

    /// <summary>The kind of value the question asks for, as the composer reads it.</summary>
    public NewsBot.Answering.AnswerKind AnswerKind { get; init; }

    /// <summary>The bold short answer shown, if any.</summary>
    public string? ShortAnswer { get; init; }

    /// <summary>
    /// Whether the short answer names a gold answer: false for any short answer to a question the coverage does not answer,
    /// null when none was shown or the question has no gold answers.
    /// </summary>
    public bool? ShortAnswerRight { get; init; }

    /// <summary>The reply's text, for reading what went wrong.</summary>
    public string? AnswerText { get; init; }

    /// <summary>Characters of answer text, sources excluded.</summary>
    public int AnswerChars { get; init; }

    /// <summary>Characters of the longest sentence cited.</summary>
    public int LongestQuoteChars { get; init; }

    /// <summary>Citations whose quote differs from the article text at the cited range (must be 0).</summary>
    public required int BrokenCitations { get; init; }

    public required double RetrievalMs { get; init; }

    public required double AnswerMs { get; init; }

    /// <summary>Coverage of the best-ranked sentence: the evidence abstention is calibrated on.</summary>
    public double TopCoverage { get; init; }

    /// <summary>Cosine similarity of the best-ranked sentence (0 without embeddings).</summary>
    public double TopSimilarity { get; init; }

    /// <summary>The composer's lead candidates for the whole question and, for each, the first rule that declines it.</summary>
    public IReadOnlyList<LeadVerdict> Leads { get; init; } = [];

    /// <summary>For a question asked in parts, each part's retrieval and lead verdicts; empty for a question with one ask.</summary>
    public IReadOnlyList<PartOutcome> Parts { get; init; } = [];
}

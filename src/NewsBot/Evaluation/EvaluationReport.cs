namespace NewsBot.Evaluation;

/// <summary>The figures <c>eval</c> prints and writes. Retrieval metrics count answerable questions only.</summary>
public sealed record EvaluationReport
{
    public required int Questions { get; init; }

    public required int Answerable { get; init; }

    public required int Impossible { get; init; }

    public required double SupportAt1 { get; init; }

    public required double SupportAt5 { get; init; }

    public required double SupportAt10 { get; init; }

    public required double MrrAt10 { get; init; }

    /// <summary>Share of answerable questions answered with a supporting sentence among the citations.</summary>
    public required double AnsweredWithGold { get; init; }

    /// <summary>Of the questions the bot declined, the share that were truly unanswerable (NaN when it declined none).</summary>
    public required double AbstentionPrecision { get; init; }

    /// <summary>Of the unanswerable questions, the share the bot declined (NaN when the set has none).</summary>
    public required double AbstentionRecall { get; init; }

    /// <summary>
    /// WikiQA's answer triggering: P = correct / answered, R = correct / answerable, F1 = 2PR/(P+R), where "correct" is
    /// an answerable question answered with a supporting sentence cited.
    /// </summary>
    public required double AnswerTriggeringF1 { get; init; }

    /// <summary>Share of citations that quote the article exactly at their range (must be 1).</summary>
    public required double CitationIntegrity { get; init; }

    public required double MedianCitationsWhenAnswered { get; init; }

    public required double RetrievalP50Ms { get; init; }

    public required double RetrievalP95Ms { get; init; }

    public required double RetrievalP99Ms { get; init; }

    public required double AnswerP50Ms { get; init; }

    public required double AnswerP95Ms { get; init; }

    public required double AnswerP99Ms { get; init; }

    /// <summary>Answers that led with a bold short answer.</summary>
    public int ShortAnswers { get; init; }

    /// <summary>Share of the short answers shown (for answerable questions with gold answers) that name a gold answer.</summary>
    public double ShortAnswerPrecision { get; init; }

    /// <summary>Median characters of answer text (sources excluded) over answered questions.</summary>
    public double MedianAnswerChars { get; init; }

    /// <summary>The longest sentence cited by any answer, in characters.</summary>
    public int LongestQuoteChars { get; init; }

    /// <summary>The same figures for each kind of question, where the set labels kinds.</summary>
    public IReadOnlyDictionary<string, EvaluationReport> ByKind { get; init; } = new Dictionary<string, EvaluationReport>();
}

namespace NewsBot.Evaluation;

/// <summary>
/// Turns per-question outcomes into the report's figures.
/// <list type="bullet">
/// <item>support@k = |{answerable q : rank(q) ≤ k}| / |answerable|; MRR@10 = Σ 1/rank(q) / |answerable| (0 when no rank).</item>
/// <item>abstention precision = |declined ∩ impossible| / |declined|; recall = |declined ∩ impossible| / |impossible|.</item>
/// <item>answer triggering F1 = 2PR/(P+R), P = correct/answered, R = correct/answerable.</item>
/// <item>percentiles by the nearest-rank method: the ⌈p·n⌉-th smallest value.</item>
/// </list>
/// </summary>
public static class EvaluationMetrics
{
    public static EvaluationReport Summarize(IReadOnlyList<QuestionOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);

        var byKind = outcomes.Where(o => o.Kind is not null).GroupBy(o => o.Kind!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Overall(g.ToList()), StringComparer.Ordinal);
        return Overall(outcomes) with { ByKind = byKind };
    }

    private static EvaluationReport Overall(IReadOnlyList<QuestionOutcome> outcomes)
    {
        var answerable = outcomes.Where(o => !o.IsImpossible).ToList();
        var impossible = outcomes.Where(o => o.IsImpossible).ToList();
        var declined = outcomes.Where(o => !o.Answered).ToList();
        var answered = outcomes.Where(o => o.Answered).ToList();
        var correct = answerable.Count(o => o.Answered && o.CitesGold);
        var precision = Ratio(correct, answered.Count);
        var recall = Ratio(correct, answerable.Count);
        var citations = outcomes.Sum(o => o.Citations);

        return new EvaluationReport
        {
            Questions = outcomes.Count,
            Answerable = answerable.Count,
            Impossible = impossible.Count,
            SupportAt1 = SupportAt(answerable, 1),
            SupportAt5 = SupportAt(answerable, 5),
            SupportAt10 = SupportAt(answerable, 10),
            MrrAt10 = answerable.Count == 0 ? double.NaN : answerable.Sum(o => o.SupportRank is { } r and <= 10 ? 1.0 / r : 0) / answerable.Count,
            AnsweredWithGold = recall,
            AbstentionPrecision = Ratio(declined.Count(o => o.IsImpossible), declined.Count),
            AbstentionRecall = Ratio(impossible.Count(o => !o.Answered), impossible.Count),
            AnswerTriggeringF1 = precision + recall is > 0 and var sum ? 2 * precision * recall / sum : 0,
            CitationIntegrity = citations == 0 ? 1 : 1 - ((double)outcomes.Sum(o => o.BrokenCitations) / citations),
            MedianCitationsWhenAnswered = Percentile(answered.Select(o => (double)o.Citations), 0.5),
            RetrievalP50Ms = Percentile(outcomes.Select(o => o.RetrievalMs), 0.5),
            RetrievalP95Ms = Percentile(outcomes.Select(o => o.RetrievalMs), 0.95),
            RetrievalP99Ms = Percentile(outcomes.Select(o => o.RetrievalMs), 0.99),
            AnswerP50Ms = Percentile(outcomes.Select(o => o.AnswerMs), 0.5),
            AnswerP95Ms = Percentile(outcomes.Select(o => o.AnswerMs), 0.95),
            AnswerP99Ms = Percentile(outcomes.Select(o => o.AnswerMs), 0.99),
            ShortAnswers = outcomes.Count(o => o.ShortAnswer is not null),
            ShortAnswerPrecision = Ratio(outcomes.Count(o => o.ShortAnswerRight == true), outcomes.Count(o => o.ShortAnswerRight is not null)),
            MedianAnswerChars = Percentile(answered.Select(o => (double)o.AnswerChars), 0.5),
            LongestQuoteChars = outcomes.Count == 0 ? 0 : outcomes.Max(o => o.LongestQuoteChars),
        };
    }

    public static double Percentile(IEnumerable<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);

        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    private static double SupportAt(List<QuestionOutcome> answerable, int k) =>
        answerable.Count == 0 ? double.NaN : (double)answerable.Count(o => o.SupportRank <= k) / answerable.Count;

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;
}

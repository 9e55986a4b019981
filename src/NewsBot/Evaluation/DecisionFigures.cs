namespace NewsBot.Evaluation;

/// <summary>
/// What an answer-or-decline decision does to one set's questions: answered citing gold over the answerable questions,
/// and abstention precision and recall over the unanswerable ones.
/// </summary>
public sealed record DecisionFigures
{
    public required int Questions { get; init; }

    public required int Answerable { get; init; }

    public required int Impossible { get; init; }

    public required int AnsweredCitingGold { get; init; }

    public required int Declined { get; init; }

    public required int DeclinedImpossible { get; init; }

    public double AnsweredWithGold => Answerable == 0 ? double.NaN : (double)AnsweredCitingGold / Answerable;

    public double AbstentionPrecision => Declined == 0 ? double.NaN : (double)DeclinedImpossible / Declined;

    public double AbstentionRecall => Impossible == 0 ? double.NaN : (double)DeclinedImpossible / Impossible;

    /// <summary>Share of questions handled rightly: answered citing gold, or declined when unanswerable.</summary>
    public double Accuracy => Questions == 0 ? double.NaN : (double)(AnsweredCitingGold + DeclinedImpossible) / Questions;

    /// <summary>The figures of a set of decisions: for each question, whether it is unanswerable and whether the answer cited gold (null: declined).</summary>
    public static DecisionFigures Of(IEnumerable<(bool Impossible, bool? LeadIsGold)> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);

        var list = decisions.ToList();
        return new DecisionFigures
        {
            Questions = list.Count,
            Answerable = list.Count(d => !d.Impossible),
            Impossible = list.Count(d => d.Impossible),
            AnsweredCitingGold = list.Count(d => !d.Impossible && d.LeadIsGold == true),
            Declined = list.Count(d => d.LeadIsGold is null),
            DeclinedImpossible = list.Count(d => d.Impossible && d.LeadIsGold is null),
        };
    }
}

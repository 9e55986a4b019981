using System.Globalization;
using NewsBot.Answering;
using NewsBot.Retrieval;

namespace NewsBot.Evaluation;

/// <summary>
/// The training rows of the lead model: for each question, one row per lead candidate (the first
/// <see cref="LeadFeatures.LeadCandidates"/> passages the composer sees), tab-separated: question id, whether the
/// question is unanswerable, its kind, the candidate's rank, the label (the candidate is a gold sentence of an
/// answerable question), whether the hand rules lead with it, whether the bot's answer cited a gold sentence, then
/// <see cref="LeadFeatures.Names"/>. Dumped with the hand rules deciding (the default), the last label is what the
/// lead model learns on the rules' lead: P(the answer the rules compose from this lead cites gold), so "keep the lead
/// iff P ≥ t" declines both when the coverage is silent and when retrieval missed, and counts the gold a lead's
/// further statements bring.
/// </summary>
public static class FeatureRows
{
    public const string Header = "id\timpossible\tquestion_kind\tcandidate\tlabel\trules_lead\tanswer_gold";

    public static string HeaderLine => $"{Header}\t{string.Join('\t', LeadFeatures.Names)}";

    /// <param name="answerCitesGold">Whether the bot's answer to the question cited a gold sentence.</param>
    public static IEnumerable<string> Of(EvaluationQuestion question, string asked, IReadOnlyList<Passage> passages, AnsweringOptions options, bool answerCitesGold)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(options);

        var features = LeadFeatures.Of(asked, passages, options);
        return features.Select((f, i) => string.Join('\t',
            [
                question.Id.Replace('\t', ' '),
                Flag(question.IsImpossible),
                question.Kind ?? string.Empty,
                i.ToString(CultureInfo.InvariantCulture),
                Flag(!question.IsImpossible && GoldMatcher.Supports(passages[i].Sentence.Text, question)),
                Flag(f.RulesLead),
                Flag(answerCitesGold),
                .. f.ToVector().Select(v => v.ToString("R", CultureInfo.InvariantCulture)),
            ]));
    }

    private static string Flag(bool value) => value ? "1" : "0";
}

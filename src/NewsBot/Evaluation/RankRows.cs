using System.Globalization;
using NewsBot.Ranking;

namespace NewsBot.Evaluation;

/// <summary>
/// The re-ranker's training rows: for each question, one row per sentence of its candidate pool in the fused order,
/// tab-separated: question id (the group), whether the question is unanswerable, its kind, the candidate's position in
/// the pool, the label (the sentence is a gold sentence of an answerable question, <see cref="GoldMatcher"/>), then
/// <see cref="RankFeatures.Names"/>.
/// </summary>
public static class RankRows
{
    public const string Header = "id\timpossible\tquestion_kind\tcandidate\tlabel";

    public static string HeaderLine => $"{Header}\t{string.Join('\t', RankFeatures.Names)}";

    public static IEnumerable<string> Of(EvaluationQuestion question, CandidatePool pool)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(pool);

        return pool.Passages.Select((p, i) => string.Join('\t',
            [
                question.Id.Replace('\t', ' '),
                question.IsImpossible ? "1" : "0",
                question.Kind ?? string.Empty,
                i.ToString(CultureInfo.InvariantCulture),
                !question.IsImpossible && GoldMatcher.Supports(p.Sentence.Text, question) ? "1" : "0",
                .. pool.Features[i].Select(v => v.ToString("R", CultureInfo.InvariantCulture)),
            ]));
    }
}

using System.Globalization;
using System.Text;

namespace NewsBot.Evaluation;

/// <summary>
/// Decides whether a sentence supports a gold answer: it contains one of the gold answer strings, or it is one of the
/// gold sentences (equal, or one containing the other), compared after folding case, quotes, dashes and whitespace.
/// </summary>
public static class GoldMatcher
{
    public const int ShortAnswerSlack = 15;

    public static bool Supports(string sentence, EvaluationQuestion question)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(question);

        var text = Fold(sentence);
        if (question.GoldSentences.Count > 0)
        {
            return question.GoldSentences.Select(Fold).Any(g => g.Length > 0 && (text.Contains(g, StringComparison.Ordinal) || (text.Length >= 20 && g.Contains(text, StringComparison.Ordinal))));
        }

        return question.Answers.Select(Fold).Any(a => a.Length > 0 && text.Contains(a, StringComparison.Ordinal));
    }

    /// <summary>
    /// True when the cited sentences answer the question: one of them supports it, or, when every gold answer is a
    /// part of its own (<see cref="EvaluationQuestion.NeedsEveryAnswer"/>), each part is held by a cited sentence that
    /// contains it or is a gold sentence containing it.
    /// </summary>
    public static bool Answers(IReadOnlyList<string> cited, EvaluationQuestion question)
    {
        ArgumentNullException.ThrowIfNull(cited);
        ArgumentNullException.ThrowIfNull(question);

        if (!question.NeedsEveryAnswer || question.Answers.Count == 0)
        {
            return cited.Any(c => Supports(c, question));
        }

        return question.Answers.All(answer =>
        {
            var part = question with { Answers = [answer], GoldSentences = question.GoldSentences.Where(g => Fold(g).Contains(Fold(answer), StringComparison.Ordinal)).ToList() };
            return cited.Any(c => Supports(c, part) || Fold(c).Contains(Fold(answer), StringComparison.Ordinal));
        });
    }

    /// <summary>
    /// True when a short answer names a gold answer: after folding, one contains the other, and the short answer is at
    /// most <see cref="ShortAnswerSlack"/> characters longer than the gold one ("80 avulsions" names "80"; a whole clause
    /// that happens to hold the answer does not).
    /// </summary>
    public static bool IsRightShortAnswer(string shortAnswer, EvaluationQuestion question)
    {
        ArgumentNullException.ThrowIfNull(shortAnswer);
        ArgumentNullException.ThrowIfNull(question);

        var folded = Fold(shortAnswer).Trim('.', ',', ';', ':', '"', '\'', ' ');
        return folded.Length > 0 && question.Answers.Select(Fold).Any(a => a.Length > 0
            && (a.Contains(folded, StringComparison.Ordinal) || (folded.Contains(a, StringComparison.Ordinal) && folded.Length <= a.Length + ShortAnswerSlack)));
    }

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var folded = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            var mapped = c switch
            {
                '‘' or '’' or '‛' or '′' => '\'',
                '“' or '”' or '„' or '″' => '"',
                '‐' or '‑' or '‒' or '–' or '—' or '−' => '-',
                _ => char.ToLower(c, CultureInfo.InvariantCulture),
            };
            if (char.IsWhiteSpace(mapped))
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(mapped);
        }

        return folded.ToString();
    }
}

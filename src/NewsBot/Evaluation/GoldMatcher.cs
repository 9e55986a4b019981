using System.Globalization;
using System.Text;

namespace NewsBot.Evaluation;

/// <summary>
/// Decides whether a sentence supports a gold answer: it contains one of the gold answer strings, or it is one of the
/// gold sentences (equal, or one containing the other), compared after folding case, quotes, dashes and whitespace.
/// </summary>
public static class GoldMatcher
{
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

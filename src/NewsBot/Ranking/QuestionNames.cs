using System.Text.RegularExpressions;

namespace NewsBot.Ranking;

/// <summary>
/// The names a question asks about, read from its capitals: every capitalised word but the one that opens the
/// question or a sentence within it ("When did Oslo ship grain to Kenya?" → Oslo, Kenya). Cheap and rough, which is
/// all a feature needs: the model learns how much to trust it.
/// </summary>
public static partial class QuestionNames
{
    public static IReadOnlyList<string> Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        return Capitalised().Matches(question)
            .Where(m => !OpensSentence(question, m.Index))
            .Select(m => m.Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static bool OpensSentence(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\'' or '(' or '\u201C' or '\u2018'))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '?' or '!' or ':';
    }

    [GeneratedRegex(@"\b\p{Lu}[\p{L}\p{Nd}'\u2019-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Capitalised();
}

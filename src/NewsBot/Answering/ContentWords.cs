using System.Collections.Frozen;
using NewsBot.Text;

namespace NewsBot.Answering;

/// <summary>
/// The words of a text that carry its claim, for <see cref="CitationVerifier"/>.
/// <para>
/// Tokens are maximal runs of letters and digits. A content word is a token that is not a stop word (function words
/// and a single letter such as the <c>s</c> of <c>Russia's</c>), lower-cased and crudely stemmed: strip one of
/// <c>ing</c>, <c>ed</c>, <c>es</c>, <c>s</c> (keeping at least three letters), then a final <c>e</c>, and turn a final
/// <c>y</c> into <c>i</c>, so <c>propose</c>, <c>proposed</c>, <c>proposes</c> and <c>proposing</c> all become
/// <c>propos</c>. Numbers (tokens with a digit) are kept exactly. A name is a token that is capitalised anywhere but at
/// the start of its sentence, or that has a capital after its first letter (<c>NATO</c>, <c>McDonald</c>).
/// </para>
/// </summary>
public static class ContentWords
{
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "may", "me", "might", "more", "most", "must", "my", "no", "nor", "not", "now", "of", "off", "on",
        "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "shall", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "according", "per", "via",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The distinct content words of <paramref name="text"/>, stemmed (numbers as written).</summary>
    public static IReadOnlySet<string> Of(string text) => Tokens(text).Select(t => t.Word).ToHashSet(StringComparer.Ordinal);

    /// <summary>The content words of <paramref name="text"/> that are numbers or names, stemmed like <see cref="Of"/>.</summary>
    public static IReadOnlySet<string> Essential(string text) =>
        Tokens(text).Where(t => t.IsNumber || t.IsName).Select(t => t.Word).ToHashSet(StringComparer.Ordinal);

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        var stem = word.ToLowerInvariant();
        foreach (var suffix in (string[])["ing", "ed", "es", "s"])
        {
            if (stem.EndsWith(suffix, StringComparison.Ordinal) && stem.Length - suffix.Length >= 3 && !stem.EndsWith("ss", StringComparison.Ordinal))
            {
                stem = stem[..^suffix.Length];
                break;
            }
        }

        if (stem.Length > 3 && stem[^1] == 'e')
        {
            stem = stem[..^1];
        }

        return stem.Length > 2 && stem[^1] == 'y' ? string.Concat(stem.AsSpan(0, stem.Length - 1), "i") : stem;
    }

    private static IEnumerable<(string Word, bool IsNumber, bool IsName)> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var first = true;
        foreach (var (start, length) in WordRuns.Of(text))
        {
            var token = text.Substring(start, length);
            var lower = token.ToLowerInvariant();
            var isNumber = token.Any(char.IsDigit);
            var isName = !isNumber && ((!first && char.IsUpper(token[0])) || token.Skip(1).Any(char.IsUpper));
            first = false;
            if (isNumber)
            {
                yield return (lower, true, false);
            }
            else if (lower.Length > 1 && !StopWords.Contains(lower))
            {
                yield return (Stem(lower), false, isName);
            }
        }
    }
}

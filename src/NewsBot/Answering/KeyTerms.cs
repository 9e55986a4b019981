using System.Text.RegularExpressions;
using NewsBot.Dates;
using NewsBot.Lexicon;
using NewsBot.Names;

namespace NewsBot.Answering;

/// <summary>
/// The words of a question or sentence that carry its topic, found from their surface form alone (no tagger), so the
/// result is predictable and cheap.
/// <para>
/// Words: runs of letters and digits, joined by an apostrophe or hyphen ("didn’t", "Russian-US"). A content word is one
/// not in the function-word list (articles, pronouns, auxiliaries, question words, prepositions). A name is a maximal
/// run of capitalised content words with only white space between them (a comma or a bracket ends one: "Nordvik
/// Ferries, Kari Lunde" is two names), which may span "of", "for", "and" between two capitalised words
/// ("Organization for Security and Cooperation") and ends at a possessive, which is dropped ("Europe’s Permanent
/// Council" is "Europe" and "Permanent Council"). A date is a month name followed by
/// a day number. A speaker is the last word of the name directly before "said" or directly after it.
/// </para>
/// </summary>
public static partial class KeyTerms
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "so", "if", "then", "than", "as", "at", "by", "for", "from", "in", "into",
        "of", "on", "onto", "to", "with", "about", "after", "before", "during", "over", "under", "between", "against",
        "what", "who", "whom", "whose", "which", "when", "where", "why", "how", "whether",
        "is", "am", "are", "was", "were", "be", "been", "being", "do", "does", "did", "done", "has", "have", "had",
        "can", "could", "would", "should", "shall", "will", "may", "might", "must",
        "i", "me", "my", "you", "your", "we", "us", "our", "he", "him", "his", "she", "her", "it", "its", "they", "them",
        "their", "this", "that", "these", "those", "there", "here", "not", "no", "yes", "any", "some", "all", "also",
        "else", "more", "much", "many", "tell", "please", "say", "said", "says", "about", "again", "exactly", "just",
        "such", "very", "too", "now", "ever", "other", "another", "one", "ones", "same", "like", "lately", "once",
    };

    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "of", "for", "and" };

    private static readonly HashSet<string> Months = new(CalendarNames.Months, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return WordPattern().Matches(text).Select(m => m.Value).ToList();
    }

    public static bool IsFunctionWord(string word) => FunctionWords.Contains(word);

    /// <summary>Content words in order of appearance, each once (compared without case).</summary>
    public static IReadOnlyList<string> ContentWords(string text) =>
        Words(text).Where(w => !IsFunctionWord(w)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>
    /// True when the word at <paramref name="index"/> of <paramref name="text"/> is capitalised by its place, not as a
    /// name: first in the sentence, a quotation ("“Three of them…”") or a bracket, or after a colon or a dash.
    /// </summary>
    public static bool OpensSentence(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);

        var before = text.AsSpan(0, index).TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or ':' or ';' or '—' or '–' or '"' or '“' or '‘' or '\'' or '(' or '[';
    }

    public static bool IsNumber(string word) => word.Any(char.IsDigit);

    /// <summary>
    /// A function word, or a word the lexicon knows lower case and the name catalogue does not: capitalised at the start
    /// of a sentence only by its position ("Could", "Quick", "Remind"), where "Hurtigruten" or "Nato" is a name.
    /// </summary>
    public static bool IsCommonWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        return IsFunctionWord(word) || (Thesaurus.Default.Lemmas(word).Count > 0 && NameCatalog.Default.Find(word).Count == 0);
    }

    /// <summary>
    /// A pattern matching <paramref name="phrase"/> as whole words in any case, its words joined by white space or a
    /// hyphen ("secretary general" also as "secretary-general"); built once by whoever matches it against many sentences.
    /// </summary>
    public static Regex WholePhrase(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);

        return new Regex($@"\b{string.Join(@"[\s-]+", phrase.Split(' ').Select(Regex.Escape))}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public static IReadOnlyList<string> Names(string text)
    {
        var matches = WordPattern().Matches(text);
        var words = matches.Select(m => m.Value).ToList();
        // Only white space joins two words of one name: "Nordvik Ferries, Kari Lunde" is two names, not one.
        bool Joined(int at) => text.AsSpan(matches[at].Index + matches[at].Length, matches[at + 1].Index - matches[at].Index - matches[at].Length).IsWhiteSpace();
        var names = new List<string>();
        var i = 0;
        while (i < words.Count)
        {
            if (!IsNameWord(words[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end + 1 < words.Count && !IsPossessive(words[end]) && Joined(end))
            {
                if (IsNameWord(words[end + 1]))
                {
                    end++;
                }
                else if (end + 2 < words.Count && NameConnectors.Contains(words[end + 1]) && Joined(end + 1) && IsNameWord(words[end + 2]))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            var name = StripPossessive(string.Join(' ', words.Skip(i).Take(end - i + 1)));
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }

            i = end + 1;
        }

        return names;
    }

    /// <summary>"December 17", "January 10": a month name followed by a day number.</summary>
    public static IReadOnlyList<string> Dates(string text)
    {
        var words = Words(text);
        var dates = new List<string>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (Months.Contains(words[i]) && IsCapitalised(words[i]) && int.TryParse(words[i + 1], System.Globalization.CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
            {
                var date = $"{words[i]} {words[i + 1]}";
                if (!dates.Contains(date, StringComparer.Ordinal))
                {
                    dates.Add(date);
                }
            }
        }

        return dates;
    }

    /// <summary>Who a sentence quotes: "…, Stoltenberg said." or "said Peskov"; null when it quotes no one by name.</summary>
    public static string? Speaker(string text)
    {
        var match = SaidPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var name = StripPossessive(match.Groups["before"].Success ? match.Groups["before"].Value : match.Groups["after"].Value);
        var last = name.Split(' ')[^1];
        return IsFunctionWord(last) ? null : last;
    }

    private static bool IsNameWord(string word) => IsCapitalised(word) && !IsFunctionWord(word) && !Months.Contains(word);

    /// <summary>True when <paramref name="word"/> ends in a possessive "'s" ("Norway's").</summary>
    public static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>The word or name without its possessive "'s" ("Oslo's" is "Oslo").</summary>
    public static string StripPossessive(string name) => IsPossessive(name) ? name[..^2] : name;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?:(?<before>\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+)*),? said\b)|(?:\bsaid (?<after>\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+)*))")]
    private static partial Regex SaidPattern();
}

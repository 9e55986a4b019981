using System.Text.RegularExpressions;
using NewsBot.Names;
using NewsBot.Retrieval;
using NewsBot.Text;

namespace NewsBot.Answering;

/// <summary>
/// A context's words as <see cref="NameCatalog"/> reads them, its content words, the initials of its capitalised runs
/// ("European Union" gives "eu") and its all-capital words ("US", "NATO"), lower-cased; each read from the text the
/// first time it is needed.
/// </summary>
internal sealed partial class ContextTerms(string text)
{
    /// <summary>Initials are read only for a name this short; longer ones are not written as initials.</summary>
    internal const int MaxInitials = 6;

    private IReadOnlyList<string>? _keyWords;
    private IReadOnlySet<string>? _words;
    private IReadOnlyList<NameWord>? _nameWords;
    private (HashSet<string> Initials, HashSet<string> Acronyms)? _capitals;

    private IReadOnlySet<string> Words => _words ??= ContentWords.Of(text);

    /// <summary>The text's words as <see cref="KeyTerms.Words"/> reads them, for the initials and for spelled-out abbreviations.</summary>
    private IReadOnlyList<string> KeyWords => _keyWords ??= KeyTerms.Words(text);

    public IReadOnlyList<NameWord> NameWords => _nameWords ??= NameWord.Split(text);

    public HashSet<string> Acronyms => (_capitals ??= ReadCapitals()).Acronyms;

    private HashSet<string> Initials => (_capitals ??= ReadCapitals()).Initials;

    /// <summary>
    /// The name as written, as a longer or shorter form of at least <see cref="QuestionPremises.MinSharedPrefix"/> letters (Russia,
    /// Russian), with one typo (Zeria, Zeira), or as initials, perhaps in the plural ("PS2s").
    /// </summary>
    public bool Mentions(string name) =>
        Words.Contains(name)
        || (name.Length >= QuestionPremises.MinSharedPrefix && Words.Any(w => w.Length >= QuestionPremises.MinSharedPrefix && (w.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(w, StringComparison.Ordinal) || Spelling.OneEditApart(w, name))))
        || (name.Length <= MaxInitials && (Initials.Contains(name) || (name.EndsWith('s') && Initials.Contains(name[..^1]))));

    /// <summary>
    /// True when consecutive words of the context, in any case, begin with the letters of <paramref name="abbreviation"/>
    /// in order, "of", "and", "for" and the like skipped between them ("harbour recovery committee" for "hrc").
    /// </summary>
    public bool SpellsOut(string abbreviation)
    {
        ArgumentException.ThrowIfNullOrEmpty(abbreviation);

        var words = KeyWords;
        for (var start = 0; start < words.Count; start++)
        {
            var (at, i) = (0, start);
            while (at < abbreviation.Length && i < words.Count)
            {
                if (at > 0 && QuestionPremises.AcronymConnectors.Contains(words[i]))
                {
                    i++;
                    continue;
                }

                if (char.ToLowerInvariant(words[i][0]) != abbreviation[at])
                {
                    break;
                }

                (at, i) = (at + 1, i + 1);
            }

            if (at == abbreviation.Length)
            {
                return true;
            }
        }

        return false;
    }

    private (HashSet<string> Initials, HashSet<string> Acronyms) ReadCapitals()
    {
        var initials = new HashSet<string>(StringComparer.Ordinal);
        var acronyms = new HashSet<string>(StringComparer.Ordinal);
        var run = new List<char>();
        foreach (var word in KeyWords.Append(string.Empty))
        {
            if (word.Length is >= 2 and <= MaxInitials && word.All(char.IsUpper))
            {
                acronyms.Add(word.ToLowerInvariant());
            }

            // A name's words give their initials, and a word in camel case one for each of its parts ("PlayStation"),
            // and a number after them its digits ("PlayStation 2" for "PS2").
            if (KeyTerms.IsCapitalised(word) || (run.Count > 0 && word.Length > 0 && char.IsAsciiDigit(word[0])))
            {
                run.AddRange(Humps(word));
                for (var start = Math.Max(0, run.Count - MaxInitials); start < run.Count - 1; start++)
                {
                    initials.Add(new string([.. run[start..]]));
                }
            }
            else if (!QuestionPremises.AcronymConnectors.Contains(word) || run.Count == 0)
            {
                run.Clear();
            }
        }

        acronyms.UnionWith(DottedAcronym().Matches(text).Select(m => m.Value.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant()));
        return (initials, acronyms);
    }

    /// <summary>The letters a word gives to initials, lower-cased: its first, and each capital after a small letter ("PlayStation": "ps"); a number its digits ("2's": "2").</summary>
    private static IEnumerable<char> Humps(string word) => char.IsAsciiDigit(word[0])
        ? word.TakeWhile(char.IsAsciiDigit)
        : word.Where((c, i) => i == 0 || (char.IsUpper(c) && char.IsLower(word[i - 1]))).Select(char.ToLowerInvariant);

    /// <summary>"U.S.", "U.K.": capitals each followed by a full stop.</summary>
    [GeneratedRegex(@"\b(?:\p{Lu}\.){2,6}", RegexOptions.CultureInvariant)]
    private static partial Regex DottedAcronym();
}

using System.Text;
using System.Text.RegularExpressions;
using NewsBot.Answering;
using NewsBot.Lexicon;
using NewsBot.Names;

namespace NewsBot.Retrieval;

/// <summary>
/// Gives a question typed all in lower case ("why was koubek banned after the french open?") the capitals its names
/// have in the coverage. Editors type that way in chat, and the checks that keep an answer to what was asked read names
/// by their capitals: the names a statement's context must hold (<see cref="QuestionPremises"/>), the actor of the
/// asked verb (<see cref="AskedActor"/>), the name asked for. A word the lexicon does not know in lower case (nor a
/// function word) is looked up in the sentences that hold it: written with a capital wherever it stands inside a
/// sentence, and never in lower case, it is a name, and the question gets the form the coverage writes most ("Koubek",
/// "IMF"); a common word the lexicon lacks ("university") is written in lower case somewhere and stays.
/// A word the coverage does not hold ("govt", a nickname) stays as typed. A question with a capital past its first word
/// already says what its names are and is left alone.
/// </summary>
public static partial class Truecaser
{
    /// <summary>How many of the sentences holding a word are read to see how the coverage writes it.</summary>
    public const int Samples = 12;

    /// <summary>The question with its names capitalised as <paramref name="sentencesHolding"/> writes them.</summary>
    /// <param name="sentencesHolding">Up to <see cref="Samples"/> sentences of the coverage that hold a word.</param>
    public static string Restore(string question, Func<string, IEnumerable<string>> sentencesHolding)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sentencesHolding);

        if (!IsUncased(question))
        {
            return question;
        }

        // A country or institution the catalogue finds in the question as typed ("downing st", "nato") is capitalised
        // word by word, as it would be read in lower case (NameCatalog.FindAsked); the other words the lexicon does not
        // know are written as the coverage writes them.
        var restored = new StringBuilder(question);
        var catalogued = NameCatalog.Default.FindAsked(question).Select(m => (m.Start, End: m.Start + m.Text.Length)).ToList();
        foreach (Match word in Word().Matches(question))
        {
            var text = word.Groups["word"].Value;
            if (catalogued.Any(m => word.Index >= m.Start && word.Index < m.End))
            {
                restored[word.Index] = char.ToUpperInvariant(text[0]);
            }
            else if (text.Length >= 2 && !KeyTerms.IsFunctionWord(text) && Thesaurus.Default.Lemmas(text).Count == 0 && WrittenAs(text, sentencesHolding(text)) is { } form)
            {
                restored.Remove(word.Index, text.Length).Insert(word.Index, form);
            }
        }

        return restored.ToString();
    }

    /// <summary>True when no word after the first starts with a capital ("I" aside).</summary>
    public static bool IsUncased(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        return question.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .All(w => !char.IsUpper(w[0]) || w == "I" || w.StartsWith("I'", StringComparison.Ordinal) || w.StartsWith("I’", StringComparison.Ordinal));
    }

    /// <summary>
    /// The form the sentences write <paramref name="word"/> in most often where it does not open the sentence, when they
    /// never write it there in lower case; null when they do, or never write it mid-sentence.
    /// </summary>
    private static string? WrittenAs(string word, IEnumerable<string> sentences)
    {
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences.Take(Samples))
        {
            foreach (Match m in Word().Matches(sentence))
            {
                var found = m.Groups["word"];
                if (found.Index > 0 && sentence.AsSpan(0, found.Index).Trim().Length > 0 && found.Value.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    forms[found.Value] = forms.GetValueOrDefault(found.Value) + 1;
                }
            }
        }

        // A common word the lexicon lacks ("university") is capitalised inside names ("the University of Vardo") but
        // written in lower case elsewhere: once is enough to leave it a word.
        return forms.Count > 0 && forms.Keys.All(f => char.IsUpper(f[0]))
            ? forms.MaxBy(f => f.Value).Key
            : null;
    }

    /// <summary>A word of letters (joined by an apostrophe or hyphen into one name, as "o'brien"), without its possessive.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<word>\p{L}+(?:['’]\p{L}{2,}|-\p{L}+)*)(?:['’]s)?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}

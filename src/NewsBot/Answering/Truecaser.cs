using System.Text;
using System.Text.RegularExpressions;
using NewsBot.Lexicon;
using NewsBot.Names;
using NewsBot.Retrieval;

namespace NewsBot.Answering;

/// <summary>
/// Gives a question typed all in lower case ("why was brannock dropped after the vardo regatta?") the capitals its
/// names have in the coverage. Editors type that way in chat, and the checks that keep an answer to what was asked read
/// names by their capitals: the names a statement's context must hold (<see cref="QuestionPremises"/>), the actor of the
/// asked verb (<see cref="AskedActor"/>), the name asked for. A word the lexicon does not know in lower case (nor a
/// function word) is looked up in the sentences that hold it: written with a capital wherever it stands inside a
/// sentence, and never in lower case, it is a name, and the question gets the form the coverage writes most
/// ("Brannock", "NHRB"); a common word the lexicon lacks ("university") is written in lower case somewhere and stays.
/// A word the coverage does not hold ("govt", a nickname) stays as typed, and so does one the index splits (a
/// hyphenated name). A country or institution the name catalogue finds takes the capitals of its form ("downing st":
/// "Downing St"). A question with a capital past its first word already says what its names are and is left alone.
/// </summary>
public static partial class Truecaser
{
    /// <summary>How many of the sentences holding a word are read to see how the coverage writes it.</summary>
    public const int Samples = 12;

    /// <summary>The question with its names capitalised as <paramref name="index"/>'s coverage writes them.</summary>
    public static string Restore(string question, CoverageIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);

        return Restore(question, word => index.SentencesHolding(word, Samples));
    }

    /// <summary>The question with its names capitalised as <paramref name="sentencesHolding"/> writes them.</summary>
    /// <param name="sentencesHolding">Up to <see cref="Samples"/> sentences of the coverage that hold a word.</param>
    public static string Restore(string question, Func<string, IEnumerable<string>> sentencesHolding)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sentencesHolding);

        if (!NameCatalog.IsUncased(question))
        {
            return question;
        }

        // Every form written here differs from what was typed in case only, so every word keeps its place.
        var restored = new StringBuilder(question);
        var catalogued = NameCatalog.Default.FindAsked(question);
        foreach (var mention in catalogued)
        {
            // The catalogue reads a plural on the last word ("brits" for "Brit"): the form is written over its stem.
            if (mention.Forms.Where(f => f != mention.Text && mention.Text.StartsWith(f, StringComparison.OrdinalIgnoreCase) && mention.Text.Length - f.Length is 0 or 1 or 2)
                .MaxBy(f => f.Length) is { } form)
            {
                Write(restored, mention.Start, form);
            }
        }

        foreach (Match word in Word().Matches(question))
        {
            var text = word.Groups["word"].Value;
            if (!catalogued.Any(m => word.Index >= m.Start && word.Index < m.Start + m.Text.Length)
                && text.Length >= 2 && !KeyTerms.IsFunctionWord(text) && Thesaurus.Default.Lemmas(text).Count == 0
                && WrittenAs(text, sentencesHolding(text)) is { } form)
            {
                Write(restored, word.Index, form);
            }
        }

        return restored.ToString();
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
                if (found.Value.Length == word.Length && found.Value.Equals(word, StringComparison.OrdinalIgnoreCase) && !KeyTerms.OpensSentence(sentence, found.Index))
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

    /// <summary>Writes <paramref name="form"/> over the characters at <paramref name="start"/>: the same word, in other case.</summary>
    private static void Write(StringBuilder text, int start, string form)
    {
        for (var i = 0; i < form.Length; i++)
        {
            text[start + i] = form[i];
        }
    }

    /// <summary>A word of letters (joined by an apostrophe or hyphen into one name, as "o'brien"), without its possessive.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<word>\p{L}+(?:['’]\p{L}{2,}|-\p{L}+)*)(?:['’]s)?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}

using System.Collections.Frozen;
using System.Globalization;
using NewsBot.Text;

namespace NewsBot.Lexicon;

/// <summary>
/// Words as data (<c>Lexicon/Lexicon.txt</c>, an embedded resource generated from WordNet 3.0 by
/// <c>tools/lexicon/build.py</c>): for each noun, verb and adjective SemCor tagged, its irregular forms, the synonyms
/// of its most frequent senses, its derivationally related forms and, for a verb, the broader verbs of its first sense.
/// <para>
/// A word is taken back to its lemmas as WordNet's <c>morphy</c> does: an irregular form by the exception lists, any
/// other by stripping an inflection (nouns: s, ses→s, xes→x, zes→z, ches→ch, shes→sh, men→man, ies→y; verbs: s,
/// ies→y, es→e, es, ed→e, ed, ing→e, ing; adjectives: er, est, er→e, est→e) where what is left is a lemma of that
/// class. A word may be lemmas of several classes ("attack" the noun and the verb).
/// </para>
/// </summary>
public sealed class Thesaurus
{
    private const string ResourceName = "NewsBot.Lexicon.Lexicon.txt";

    private static readonly Lazy<Thesaurus> Embedded = new(LoadEmbedded);

    private static readonly (WordClass Class, string Suffix, string Ending)[] Inflections =
    [
        (WordClass.Noun, "s", ""), (WordClass.Noun, "ses", "s"), (WordClass.Noun, "xes", "x"), (WordClass.Noun, "zes", "z"),
        (WordClass.Noun, "ches", "ch"), (WordClass.Noun, "shes", "sh"), (WordClass.Noun, "men", "man"), (WordClass.Noun, "ies", "y"),
        (WordClass.Verb, "s", ""), (WordClass.Verb, "ies", "y"), (WordClass.Verb, "es", "e"), (WordClass.Verb, "es", ""),
        (WordClass.Verb, "ed", "e"), (WordClass.Verb, "ed", ""), (WordClass.Verb, "ing", "e"), (WordClass.Verb, "ing", ""),
        (WordClass.Adjective, "er", ""), (WordClass.Adjective, "est", ""), (WordClass.Adjective, "er", "e"), (WordClass.Adjective, "est", "e"),
    ];

    private readonly FrozenDictionary<(WordClass, string), LexiconEntry> _entries;

    /// <summary>Irregular form → the entries it inflects.</summary>
    private readonly FrozenDictionary<string, LexiconEntry[]> _irregular;

    private Thesaurus(IEnumerable<LexiconEntry> entries)
    {
        _entries = entries.ToFrozenDictionary(e => (e.Class, e.Lemma));
        _irregular = _entries.Values
            .SelectMany(e => e.Forms.Select(f => (Form: f, Entry: e)))
            .GroupBy(x => x.Form, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Entry).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The lexicon embedded in the application.</summary>
    public static Thesaurus Default => Embedded.Value;

    public int Count => _entries.Count;

    /// <summary>Reads the format of <c>Lexicon.txt</c>: per line class, lemma, count, forms, synonyms, derived, broader, tab-separated; lists comma-separated; # comments.</summary>
    public static Thesaurus Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);

        var entries = new List<LexiconEntry>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 7 || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new InvalidDataException($"Lexicon: line {number} does not have class, lemma, count and four lists.");
            }

            entries.Add(new LexiconEntry
            {
                Class = fields[0] switch
                {
                    "n" => WordClass.Noun,
                    "v" => WordClass.Verb,
                    "a" => WordClass.Adjective,
                    _ => throw new InvalidDataException($"Lexicon: line {number} has the unknown class '{fields[0]}'."),
                },
                Lemma = fields[1],
                Count = count,
                Forms = List(fields[3]),
                Synonyms = List(fields[4]),
                Derived = List(fields[5]),
                Broader = List(fields[6]),
            });
        }

        return new Thesaurus(entries);
    }

    public LexiconEntry? Find(WordClass wordClass, string lemma)
    {
        ArgumentNullException.ThrowIfNull(lemma);

        return _entries.GetValueOrDefault((wordClass, lemma.ToLowerInvariant()));
    }

    /// <summary>
    /// True when <paramref name="word"/> is an irregular form of the verb <paramref name="lemma"/> ("made" of make, "told" of
    /// tell), which a stem does not reach; allocation-free for a lower-case word, for reading every word of a candidate sentence.
    /// </summary>
    public bool IsIrregularVerbForm(string word, string lemma)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(lemma);

        if (!_irregular.TryGetValue(word.ToLowerInvariant(), out var entries))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (entry.Class == WordClass.Verb && entry.Lemma == lemma)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entries <paramref name="word"/> is a form of, in any class: "bought" is buy (verb), "attacks" attack (noun and verb).</summary>
    public IReadOnlyList<LexiconEntry> Lemmas(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        var lower = word.ToLowerInvariant();
        var found = new List<LexiconEntry>();
        if (_irregular.TryGetValue(lower, out var irregular))
        {
            found.AddRange(irregular);
        }

        foreach (var wordClass in (WordClass[])[WordClass.Noun, WordClass.Verb, WordClass.Adjective])
        {
            if (_entries.TryGetValue((wordClass, lower), out var entry))
            {
                found.Add(entry);
            }
        }

        foreach (var (wordClass, suffix, ending) in Inflections)
        {
            if (lower.Length > suffix.Length + 1 && lower.EndsWith(suffix, StringComparison.Ordinal)
                && _entries.TryGetValue((wordClass, string.Concat(lower.AsSpan(0, lower.Length - suffix.Length), ending)), out var entry))
            {
                found.Add(entry);
            }
        }

        return found.Distinct().ToList();
    }

    /// <summary>True when <paramref name="word"/> is an irregular inflection ("fled", "bought", "children").</summary>
    public bool IsIrregularForm(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        return _irregular.ContainsKey(word.ToLowerInvariant());
    }

    private static string[] List(string field) => field.Length == 0 ? [] : field.Split(',');

    private static Thesaurus LoadEmbedded()
    {
        using var reader = new StreamReader(EmbeddedText.Open(ResourceName));
        return Parse(reader);
    }
}

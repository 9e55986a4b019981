using Lucene.Net.Analysis;
using NewsBot.Lexicon;
using NewsBot.Text;

namespace NewsBot.Retrieval;

/// <summary>
/// The other words a sentence may use for a word of the question (<see cref="Thesaurus"/>): its lemma's irregular forms
/// ("buy" for "bought": the stemmer joins only regular ones), searched and counted as the word itself; the synonyms of
/// its most frequent senses and its derivationally related forms ("purchase" for "bought", "wounded" and "injury" for
/// "injured"), counted in coverage at <see cref="RetrievalOptions.SynonymCredit"/> and, given a
/// <see cref="RetrievalOptions.SynonymWeight"/>, searched at it among the sentences the question's own rarer words find
/// (so they re-rank rather than widen the search, which bounds its work on a large corpus); and, given a weight, a verb's broader verbs ("acquire" for "bought"),
/// searched only. Two words that make a phrasal verb of the lexicon ("turned down") are expanded as one ("reject",
/// "refuse", "decline"), and a synonym of several words is searched as a phrase. Capitalised words (names, which
/// <see cref="NameExpansion"/> expands), numbers and stop words are left as written.
/// </summary>
public static class WordExpansion
{
    /// <summary>
    /// Unsearched: at 0.3 synonyms answered 0.008 more of squad2 and wikiqa with gold but made keyword retrieval at 100k
    /// articles about twice as slow (p95 59 → 106 ms even as re-ranking only; docs/EVALUATION.md), past the latency
    /// target. 0.3 is the weight measured best where they are turned on.
    /// </summary>
    public const float DefaultSynonymWeight = 0;

    /// <inheritdoc cref="DefaultSynonymWeight"/>
    public const double DefaultSynonymCredit = 0.5;

    /// <inheritdoc cref="DefaultSynonymWeight"/>
    public const float DefaultBroaderWeight = 0;

    /// <summary>
    /// At most this many alternatives a word, in the lexicon's order (most frequent sense first), to bound the search's
    /// work: 4 gave the same answers on the four dev sets as 12 (docs/EVALUATION.md).
    /// </summary>
    public const int MaxAlternatives = 4;

    public static IReadOnlyList<NameExpansion> Of(Analyzer analyzer, string question, RetrievalOptions? options = null, Thesaurus? thesaurus = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(question);

        options ??= new RetrievalOptions();
        thesaurus ??= Thesaurus.Default;
        var words = WordRuns.Of(question).Select(r => question.Substring(r.Start, r.Length)).ToList();
        var expansions = new List<NameExpansion>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length < 2 || word.Any(char.IsDigit) || (i > 0 && char.IsUpper(word[0])) || word.Skip(1).Any(char.IsUpper))
            {
                continue;
            }

            var entries = thesaurus.Lemmas(word);
            var text = word;
            if (i + 1 < words.Count && !char.IsUpper(words[i + 1][0]) && PhrasalVerb(thesaurus, entries, words[i + 1]) is { } phrasal)
            {
                entries = [phrasal];
                text = $"{word} {words[i + 1]}";
                i++;
            }

            var terms = QueryTerms.Analyze(analyzer, KeywordIndex.TextField, text);
            if (terms.Count == 0 || entries.Count == 0)
            {
                continue;
            }

            var forms = entries.SelectMany(e => e.Forms.Prepend(e.Lemma));
            var synonyms = entries.SelectMany(e => e.Synonyms).SelectMany(s => FormsOf(thesaurus, s, entries[0].Class));
            var derived = entries.SelectMany(e => e.Derived);
            Add(expansions, analyzer, terms, forms, 1, 1, finds: true);
            // Unsearched (weight 0), a synonym still counts in a sentence's coverage at its credit: it costs the search nothing.
            // The word's own derived forms are bounded apart from its synonyms, which would otherwise fill the bound
            // before them: "apply" has four synonyms of its commonest sense ("use", "employ") before "application".
            if (options.SynonymWeight > 0 || options.SynonymCredit > 0)
            {
                Add(expansions, analyzer, terms, synonyms, options.SynonymWeight, options.SynonymCredit, finds: false);
                Add(expansions, analyzer, terms, derived, options.SynonymWeight, options.SynonymCredit, finds: false);
            }

            if (options.BroaderWeight > 0)
            {
                Add(expansions, analyzer, terms, entries.SelectMany(e => e.Broader), options.BroaderWeight, 0, finds: false);
            }
        }

        return expansions;
    }

    /// <summary>The phrasal verb a verb makes with the word after it ("turned" "down" is "turn down"), if the lexicon has it.</summary>
    private static LexiconEntry? PhrasalVerb(Thesaurus thesaurus, IReadOnlyList<LexiconEntry> entries, string next) =>
        entries.Where(e => e.Class == WordClass.Verb)
            .Select(e => thesaurus.Find(WordClass.Verb, $"{e.Lemma} {next.ToLowerInvariant()}"))
            .FirstOrDefault(e => e is not null);

    /// <summary>A word with its irregular forms as a lemma of <paramref name="wordClass"/> ("take" with "took", "taken").</summary>
    private static IEnumerable<string> FormsOf(Thesaurus thesaurus, string word, WordClass wordClass) =>
        thesaurus.Find(wordClass, word) is { } entry ? entry.Forms.Prepend(word) : [word];

    private static void Add(List<NameExpansion> expansions, Analyzer analyzer, IReadOnlyList<string> terms, IEnumerable<string> words, float boost, double credit, bool finds)
    {
        var alternatives = words
            .Select(w => new NameAlternative { Text = w, Terms = QueryTerms.Analyze(analyzer, KeywordIndex.TextField, w) })
            .Where(a => a.Terms.Count > 0 && !a.Terms.SequenceEqual(terms, StringComparer.Ordinal) && !a.Terms.All(terms.Contains))
            .DistinctBy(a => string.Join(' ', a.Terms), StringComparer.Ordinal)
            .Take(MaxAlternatives)
            .ToList();
        if (alternatives.Count > 0)
        {
            expansions.Add(new NameExpansion { Terms = terms, Alternatives = alternatives, Boost = boost, Credit = credit, Finds = finds });
        }
    }
}

using System.Text.RegularExpressions;
using NewsBot.Lexicon;
using NewsBot.Retrieval;
using NewsBot.Text;

namespace NewsBot.Answering;

/// <summary>
/// What the question asks happened: its main verb ("Who turned down the offer?" asks about turning down, "How many
/// were injured?" about injuring), or, when it has none, the noun a how-many or how-much question counts ("How many
/// tankers…"). A statement answers only when it or its immediate context (<see cref="StatementContext"/>) holds the
/// predicate in some form or synonym (<see cref="WordExpansion"/>: "rejected" holds "turned down", "wounded" and
/// "injuries" hold "injured"); a sentence that merely names the same people and places says something else about them.
/// As a premise that declines every statement without it, this cost a third of the answerable questions answered on
/// every dev set (docs/EVALUATION.md): an article says "injured" as "hurt" or "casualties" or "in hospital" more often
/// than WordNet's synonyms reach. So for open questions it is a signal the learned decision may weigh
/// (<see cref="LeadFeatures.PredicateHeld"/>); only a yes/no question's lead must hold it, oppose it or deny it
/// (<see cref="AskedYesNo"/>), since there a sentence without it answers neither yes nor no, and a "who &lt;verb&gt;"
/// question's lead must hold it (<see cref="AskedChecks.Doing"/>: measured on its own, it declined six wrong answers
/// across the dev sets for one right one lost, where the gold wrote the verb another way).
/// <para>
/// The verb is read from the words after the question word, from the surface alone: the first word the lexicon knows as a
/// verb that is shaped as one there — a past or participle form ("backed", "fled"), a form after an auxiliary and its
/// subject ("did Sweden reject"), or the word right after "who" ("who leads") — and that no determiner or possessive
/// precedes ("the vote" is a noun). A phrasal verb takes the word after it ("turned down"). Verbs SemCor tagged at least
/// <see cref="GeneralVerbCount"/> times (be, have, do, make, get, take, say, give, go, know, …) say too little to be
/// checked, and a question without a predicate has nothing to check.
/// </para>
/// </summary>
public sealed partial class AskedPredicate
{
    /// <summary>A verb at least this common in SemCor is general (make, get, take, say) and no predicate to check.</summary>
    public const int GeneralVerbCount = 500;

    private static readonly NewsAnalyzer Analyzer = new();

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "each", "every",
    };

    private readonly IReadOnlyList<IReadOnlyList<string>> _forms;

    /// <summary>The first term of each form, which marks where a sentence writes the predicate.</summary>
    private readonly HashSet<string> _heads;

    private AskedPredicate(string text, IReadOnlyList<IReadOnlyList<string>> forms)
    {
        Text = text;
        _forms = forms;
        _heads = forms.Select(f => f[0]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The predicate as the question writes it ("turned down").</summary>
    public string Text { get; }

    /// <summary>The predicate of <paramref name="question"/>, or null when it asks none the lexicon can check.</summary>
    public static AskedPredicate? Of(string question, Thesaurus? thesaurus = null)
    {
        ArgumentNullException.ThrowIfNull(question);

        thesaurus ??= Thesaurus.Default;
        var asking = SentenceEnd().Split(question)[^1];
        var words = KeyTerms.Words(asking).ToList();
        var start = words.FindIndex(w => WhWord().IsMatch(w));
        var auxiliary = false;
        for (var i = start + 1; i < words.Count; i++)
        {
            var word = words[i];
            var lower = word.ToLowerInvariant();
            if (KeyTerms.IsFunctionWord(word))
            {
                auxiliary |= Auxiliary().IsMatch(lower);
                continue;
            }

            if (KeyTerms.IsCapitalised(word) || KeyTerms.IsNumber(word) || (i > 0 && (Determiners.Contains(words[i - 1]) || words[i - 1].EndsWith("'s", StringComparison.Ordinal) || words[i - 1].EndsWith("’s", StringComparison.Ordinal))))
            {
                continue;
            }

            var verbs = thesaurus.Lemmas(lower).Where(e => e.Class == WordClass.Verb).ToList();
            var shaped = lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal) || thesaurus.IsIrregularForm(lower) || auxiliary || (start >= 0 && i == start + 1 && words[start].Equals("who", StringComparison.OrdinalIgnoreCase)) || AfterCounted(words, i);
            if (verbs.Count == 0 || !shaped)
            {
                continue;
            }

            if (verbs.Any(v => v.Count >= GeneralVerbCount))
            {
                return null;
            }

            var text = i + 1 < words.Count && verbs.Any(v => thesaurus.Find(WordClass.Verb, $"{v.Lemma} {words[i + 1].ToLowerInvariant()}") is not null)
                ? $"{word} {words[i + 1]}"
                : word;
            return Create(text, thesaurus);
        }

        // "How many tankers…" with no verb of its own counts tankers.
        var many = words.FindIndex(w => w.Equals("many", StringComparison.OrdinalIgnoreCase) || w.Equals("much", StringComparison.OrdinalIgnoreCase));
        return many > 0 && words[many - 1].Equals("how", StringComparison.OrdinalIgnoreCase) && many + 1 < words.Count
            && !KeyTerms.IsFunctionWord(words[many + 1]) && !KeyTerms.IsCapitalised(words[many + 1]) && !KeyTerms.IsNumber(words[many + 1])
            ? Create(words[many + 1], thesaurus)
            : null;
    }

    /// <summary>True when <paramref name="i"/> follows "how many" and the noun it counts ("how many people work", "how many ferries sail"): only a verb stands there.</summary>
    private static bool AfterCounted(List<string> words, int i) =>
        i >= 3 && words[i - 3].Equals("how", StringComparison.OrdinalIgnoreCase) && words[i - 2].Equals("many", StringComparison.OrdinalIgnoreCase) && !KeyTerms.IsFunctionWord(words[i - 1]);

    /// <summary>One word as a predicate to hold, in some form or synonym ("tolls" held by "toll" or "levy"); null when it has no terms.</summary>
    internal static AskedPredicate? OfWord(string word, Thesaurus? thesaurus = null)
    {
        ArgumentNullException.ThrowIfNull(word);

        return Create(word, thesaurus ?? Thesaurus.Default);
    }

    /// <summary>True when <paramref name="text"/> holds the predicate or one of its forms or synonyms.</summary>
    public bool HeldBy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var terms = QueryTerms.Analyze(Analyzer, KeywordIndex.TextField, text).ToHashSet(StringComparer.Ordinal);
        return _forms.Any(f => f.All(terms.Contains));
    }

    /// <summary>True when the passage's sentence or its immediate context holds the predicate.</summary>
    public bool HeldBy(Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);

        return HeldBy(passage.Sentence.Text) || HeldBy(StatementContext.Of(passage).Text);
    }

    /// <summary>
    /// <see cref="HeldBy(Passage)"/>, unless the sentence writes the predicate only under a negation ("has never won",
    /// "did not resign", "hasn't left"): such a sentence says the people it names did not do it, and names no one who
    /// did, whatever its context holds. With <paramref name="inSentence"/>, the sentence itself must hold the predicate:
    /// a question naming whom the act was done to ("who beat Tromso?") is answered only where the doer, the act and
    /// the one it was done to stand together, and a sentence that names Tromso under a headline about another match does not.
    /// </summary>
    public bool AffirmedBy(Passage passage, bool inSentence = false)
    {
        ArgumentNullException.ThrowIfNull(passage);

        var text = passage.Sentence.Text;
        var negated = false;
        foreach (var (start, length) in WordRuns.Of(text))
        {
            if (QueryTerms.Analyze(Analyzer, KeywordIndex.TextField, text.Substring(start, length)).Any(_heads.Contains))
            {
                if (!NegatedBefore().IsMatch(text[..start]))
                {
                    return Held();
                }

                negated = true;
            }
        }

        return !negated && Held();

        bool Held() => inSentence ? HeldBy(text) : HeldBy(passage);
    }

    /// <summary>The predicate is held by its synonyms whatever weight retrieval searches them at (none by default, for its cost).</summary>
    private static readonly RetrievalOptions WithSynonyms = new() { SynonymWeight = 1 };

    private static AskedPredicate? Create(string text, Thesaurus thesaurus)
    {
        var own = QueryTerms.Analyze(Analyzer, KeywordIndex.TextField, text);
        if (own.Count == 0)
        {
            return null;
        }

        // The verb's own nouns ("leader" for "leads", "founder" for "founded") say it as news writes a role ("the party's
        // leader, Kari Lunde"); the expansion, bounded for the search's sake, reaches them only after the synonyms.
        var derived = (thesaurus.Find(WordClass.Verb, text.ToLowerInvariant()) is { } phrasal ? [phrasal] : thesaurus.Lemmas(text).Where(e => e.Class == WordClass.Verb))
            .SelectMany(e => e.Derived)
            .Select(d => QueryTerms.Analyze(Analyzer, KeywordIndex.TextField, d))
            .Where(t => t.Count > 0);
        var forms = WordExpansion.Of(Analyzer, text, WithSynonyms, thesaurus)
            .Where(e => e.Credit > 0)
            .SelectMany(e => e.Alternatives.Select(a => a.Terms))
            .Prepend(own)
            .Concat(derived)
            .DistinctBy(f => string.Join(' ', f), StringComparer.Ordinal)
            .ToList();
        return new AskedPredicate(text, forms);
    }

    [GeneratedRegex(@"^(?:" + QuestionGrammar.WhWords + @")(?:['’]s)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhWord();

    [GeneratedRegex(@"^(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|shall|may|might|must|be|been|being)$", RegexOptions.CultureInvariant)]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    /// <summary>A negation at most two words before, with no punctuation between: "not", "never", "no longer", "-n't"; not "not only".</summary>
    [GeneratedRegex(@"(?:\b(?:not(?!\s+only\b)|never|no\s+longer)|n['’]t)(?:\s+\p{L}+){0,2}\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NegatedBefore();
}

using System.Text.RegularExpressions;
using NewsBot.Dates;
using NewsBot.Lexicon;
using NewsBot.Retrieval;

namespace NewsBot.Answering;

/// <summary>
/// The topic a "what / how … about &lt;topic&gt;" question asks on ("What did the mayor say about the ferry tax?", "How
/// does Vardo feel about tolls?"): the nouns and verbs of the phrase after "about", up to the next function word. A
/// statement answers only when it or its immediate context (<see cref="StatementContext"/>) holds one of them in some
/// form or synonym (<see cref="AskedPredicate"/>): whatever else the mayor said answers another question, and the
/// coverage that never reports the topic says so instead of quoting the speaker on something else. The names in the
/// phrase are the names premise's (<see cref="QuestionPremises"/>), so a topic of names alone ("about Tromso") checks
/// nothing here; nor does "about" before a figure ("about 300 ships"), which means roughly.
/// </summary>
public sealed partial class AskedTopic
{
    /// <summary>A question that asks on no topic: every statement holds it.</summary>
    public static readonly AskedTopic None = new([]);

    private readonly IReadOnlyList<AskedPredicate> _words;

    /// <summary>True for a thing whose name is asked, which the sentence naming it speaks of itself.</summary>
    private readonly bool _inSentence;

    private AskedTopic(IReadOnlyList<AskedPredicate> words, bool inSentence = false) => (_words, _inSentence) = (words, inSentence);

    /// <summary>The topic's words as the question writes them; empty when it asks on none.</summary>
    public IReadOnlyList<string> Words => _words.Select(w => w.Text).ToList();

    public static AskedTopic Of(string question, Thesaurus? thesaurus = null)
    {
        ArgumentNullException.ThrowIfNull(question);

        thesaurus ??= Thesaurus.Default;
        if (About().Match(question) is not { Success: true } match)
        {
            return NamedThing(question, thesaurus) is { Words.Count: > 0 } named ? named
                : HeldOffice(question, thesaurus) is { Words.Count: > 0 } office ? office
                : AttributeOfName(question, thesaurus);
        }

        // A date in the phrase says when, not what ("about the tolls last week").
        var phrase = match.Groups["topic"].Value;
        foreach (var date in DateRecognizer.Recognize(phrase, reference: null).OrderByDescending(d => d.Start))
        {
            phrase = phrase.Remove(date.Start, date.Length);
        }

        var words = new List<AskedPredicate>();
        foreach (var word in KeyTerms.Words(phrase).SkipWhile(KeyTerms.IsFunctionWord).TakeWhile(w => !KeyTerms.IsFunctionWord(w)))
        {
            var lower = word.ToLowerInvariant();
            if (!KeyTerms.IsCapitalised(word) && !KeyTerms.IsNumber(word)
                && (thesaurus.Lemmas(lower) is not { Count: > 0 } lemmas || lemmas.Any(e => e.Class != WordClass.Adjective))
                && AskedPredicate.OfWord(lower, thesaurus) is { } predicate)
            {
                words.Add(predicate);
            }
        }

        return words.Count == 0 ? None : new AskedTopic(words);
    }

    /// <summary>
    /// The thing a question asks the name of ("what will the new Vardo ferry be called?", "what's the official name for the
    /// Portvale opera?"): the noun heading the phrase, a topic as "about" gives one. A sentence that never speaks of a
    /// ferry, nor its context, names no ferry, whatever other names it gives ("Kari Lunde will sail on the Vardo route").
    /// A person's name asked ("what's the skipper called") is the name check's, which wants a person. The word before
    /// "called" is the phrase's noun by the question's grammar, whatever the lexicon lists it as ("ferry" as a verb), unless
    /// it is an adjective only ("what is the new one called").
    /// </summary>
    private static AskedTopic NamedThing(string question, Thesaurus thesaurus)
    {
        var head = NamedNoun(question);
        return head is { Length: > 0 } && !KeyTerms.IsCapitalised(head) && !KeyTerms.IsFunctionWord(head) && !PersonNouns.Default.Contains(head)
            && (thesaurus.Lemmas(head.ToLowerInvariant()) is not { Count: > 0 } lemmas || lemmas.Any(e => e.Class != WordClass.Adjective))
            && AskedPredicate.OfWord(head.ToLowerInvariant(), thesaurus) is { } predicate
            ? new AskedTopic([predicate], inSentence: true)
            : None;
    }

    /// <summary>
    /// The office a "who is the …" question asks the holder of, when it is a title ("who is the mayor of Tromso?": mayor;
    /// <see cref="AskedName.Office"/>, <see cref="AskedName.IsTitle"/>): a statement that never speaks of a mayor, nor
    /// its context, names someone else ("Tromso's harbour chief, Kari Lunde"), however well it names them. A noun of
    /// what someone did ("the author of", "the founder of") is often written as the deed ("written by"), and is no topic.
    /// </summary>
    private static AskedTopic HeldOffice(string question, Thesaurus thesaurus) =>
        AskedName.Office(question) is { } office && AskedName.IsTitle(office)
        && AskedPredicate.OfWord(office.ToLowerInvariant(), thesaurus) is { } predicate
            ? new AskedTopic([predicate])
            : None;

    /// <summary>
    /// The attribute a "what is the &lt;noun&gt; of &lt;Name&gt;" question asks of something it names ("what is the
    /// population of Tromso?": population): a statement that never speaks of it, nor its context, gives something else
    /// about the name ("people queued in central Tromso"). "The name of" asks for a name, which the name check reads
    /// (<see cref="AskedName"/>), not for the word "name".
    /// </summary>
    private static AskedTopic AttributeOfName(string question, Thesaurus thesaurus) =>
        AttributeOf().Match(question) is { Success: true } match && match.Groups["noun"].Value.ToLowerInvariant() is var noun
        && noun is not ("name" or "names") && !KeyTerms.IsFunctionWord(noun) && thesaurus.Lemmas(noun).Any(e => e.Class == WordClass.Noun)
        && AskedPredicate.OfWord(noun, thesaurus) is { } predicate
            ? new AskedTopic([predicate])
            : None;

    /// <summary>"What is / what's / what was the &lt;noun&gt; of (the) &lt;Capitalised&gt;…".</summary>
    [GeneratedRegex(@"^\W*(?i:what(?:['’]s|\s+(?:is|was|are|were))\s+the\s+(?<noun>\p{L}+)\s+of\s+(?:the\s+)?)\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeOf();

    /// <summary>
    /// The noun heading the phrase whose name <paramref name="question"/> asks ("what was the old Vardo library called?":
    /// library), as the question writes it; null when it asks no name.
    /// </summary>
    internal static string? NamedNoun(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        return NameOf().Match(question) is { Success: true } match && KeyTerms.Words(match.Groups["thing"].Value) is { Count: > 0 } words
            ? Possessive().Replace(words[^1], string.Empty)
            : null;
    }

    /// <summary>True when no topic is asked, or the passage's sentence or immediate context holds one of its words.</summary>
    public bool HeldBy(Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);

        return _words.Count == 0 || _words.Any(w => _inSentence ? w.HeldBy(passage.Sentence.Text) : w.HeldBy(passage));
    }

    /// <summary>
    /// True when no topic is asked, or <paramref name="sentence"/> itself holds one of its words: what a sentence must
    /// give to be preferred as its speaker's words on the topic (<see cref="AskedChecks.Preferred"/>), where its context
    /// may hold the topic for a sentence merely to answer.
    /// </summary>
    public bool HeldBySentence(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        return _words.Count == 0 || _words.Any(w => w.HeldBy(sentence));
    }

    /// <summary>
    /// "What's/what is/what will (the) &lt;thing&gt; (going to) be called", the name asked "of" or "for" the &lt;thing&gt;, "what's the
    /// &lt;thing&gt;'s name": the thing's phrase, up to six words.
    /// </summary>
    [GeneratedRegex(@"\bwhat(?:['’]?s|\s+(?:is|was|are|were|will|would))\s+(?:(?:the|its|their|his|her|this|that)\s+)?(?<thing>(?:[^\s?]+\s+){0,5}?[^\s?]+?)\s+(?:(?:going\s+to\s+|set\s+to\s+|to\s+)?be\s+)?(?:called|named)\s*\??\s*$|\bwhat(?:['’]?s|\s+(?:is|was|are|were))\s+the\s+(?:new\s+|real\s+|full\s+|official\s+)?name\s+(?:of|for)\s+(?:the|its|their|his|her|this|that)\s+(?<thing>(?:[^\s?]+\s+){0,5}?[^\s?]+?)\s*\??\s*$|\bwhat(?:['’]?s|\s+(?:is|was|are|were))\s+the\s+(?<thing>(?:[^\s?]+\s+){0,5}?[^\s?]+?)(?:['’]s)\s+(?:new\s+|real\s+|full\s+|official\s+)?name\s*\??\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NameOf();

    [GeneratedRegex(@"['’]s?$", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    /// <summary>A what or how question with "about" and a phrase that opens with no figure (not "about 300", roughly).</summary>
    [GeneratedRegex(@"^\s*(?:what|how)\b[^?]*?\babout\s+(?![^\p{L}?]*\d)(?<topic>[^?,;:]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex About();
}

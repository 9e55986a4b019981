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

    private AskedTopic(IReadOnlyList<AskedPredicate> words) => _words = words;

    /// <summary>The topic's words as the question writes them; empty when it asks on none.</summary>
    public IReadOnlyList<string> Words => _words.Select(w => w.Text).ToList();

    public static AskedTopic Of(string question, Thesaurus? thesaurus = null)
    {
        ArgumentNullException.ThrowIfNull(question);

        thesaurus ??= Thesaurus.Default;
        if (About().Match(question) is not { Success: true } match)
        {
            return None;
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

    /// <summary>True when no topic is asked, or the passage's sentence or immediate context holds one of its words.</summary>
    public bool HeldBy(Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);

        return _words.Count == 0 || _words.Any(w => w.HeldBy(passage));
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

    /// <summary>A what or how question with "about" and a phrase that opens with no figure (not "about 300", roughly).</summary>
    [GeneratedRegex(@"^\s*(?:what|how)\b[^?]*?\babout\s+(?![^\p{L}?]*\d)(?<topic>[^?,;:]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex About();
}

using System.Text.RegularExpressions;
using NewsBot.Dates;
using NewsBot.Lexicon;

namespace NewsBot.Answering;

/// <summary>
/// A question about something that happened ("What was signed at the summit?", "What did they agree?"), and
/// whether a statement reports it or only announces it. News announces before it reports: "a harbour summit will be held on
/// 9 May, which the minister is due to attend", "she flew to Lyon, where she will press the mayors to sign". A
/// statement that only announces does not answer a question about what happened.
/// <para>
/// The question asks about a past event when it is put with "did", "was"/"were"/"had" + participle, or opens with a
/// past verb ("Who replaced…", "Who won…"), and names no plan itself (will, would, plan, expect, …). Its verb is the first
/// lower-case content word after "did" and its subject, the participle after "was"/"were"/"had", or that opening verb.
/// </para>
/// <para>
/// The statement announces when the question's verb (same stem) stands in it only in an unreal frame (after "to",
/// as a purpose or intent: "flew in to negotiate", "will press the mayors to sign"; after a modal: "will agree", "would be
/// signed"; or as a prospect: "every chance of winning"), or, when the verb is not in it, when the statement has a future or intent frame (will, shall, is set /
/// slated / expected / due / scheduled / poised to, plans / intends / aims to) outside a direct quotation and no finite past verb (was, were, had,
/// did, has, have, a past form after its subject such as "he arrived", or an irregular past the lexicon knows, such as "said").
/// </para>
/// </summary>
public sealed partial record AskedEvent
{
    /// <summary>A question that asks about no past event: every statement holds it.</summary>
    public static readonly AskedEvent None = new() { Verb = string.Empty };

    /// <summary>A question that asks when something is still to happen (<see cref="Upcoming"/>).</summary>
    private static readonly AskedEvent Next = new() { Verb = string.Empty, Upcoming = true };

    /// <summary>The question's verb, stemmed (<see cref="ContentWords.Stem"/>); empty when it asks about no past event.</summary>
    public required string Verb { get; init; }

    /// <summary>
    /// True when the question asks what happened, neither yes or no nor negated ("who won the regatta?", not "did
    /// Tromso win?" or "who didn't sign?"): a statement that writes the verb only under a negation ("didn't win a
    /// single race", "has never signed") then says it did not happen, and reports nothing of what did.
    /// </summary>
    public bool Affirmed { get; init; }

    /// <summary>The stem of the question verb's base form when the question writes an irregular past ("win" for "won"); null otherwise.</summary>
    public string? BaseVerb { get; init; }

    /// <summary>
    /// True when the question asks when something is still to happen ("when is the harbour vote?", "when will the
    /// ferry resume?"): a statement every date of which had passed when its article was published ("the vote was last
    /// held in May 1998") tells of an earlier one, not this one. "When was …", "when is the last …" and "when did …" ask
    /// no such thing.
    /// </summary>
    public bool Upcoming { get; init; }

    public static AskedEvent Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        if (AsksWhenNext().IsMatch(question))
        {
            return Next;
        }

        if (NamesPlan().IsMatch(question))
        {
            return None;
        }

        var verb = Did().Match(question) is { Success: true } did ? VerbAfter(question[(did.Index + did.Length)..])
            : Passive().Match(question) is { Success: true } passive ? passive.Groups["verb"].Value
            : OpeningPast().Match(question) is { Success: true } opening && IsPastForm(opening.Groups["verb"].Value.ToLowerInvariant()) ? opening.Groups["verb"].Value
            : null;
        if (verb is null || KeyTerms.IsFunctionWord(verb))
        {
            return None;
        }

        // An irregular past ("won", "fled") shares no stem with its other forms ("winning"): its base form's stem does.
        var irregular = Thesaurus.Default.IsIrregularForm(verb) ? Thesaurus.Default.Lemmas(verb).FirstOrDefault(e => e.Class == WordClass.Verb && !e.Lemma.Contains(' ')) : null;
        return new AskedEvent
        {
            Verb = ContentWords.Stem(verb),
            BaseVerb = irregular is null ? null : ContentWords.Stem(irregular.Lemma),
            Affirmed = !AskedYesNo.Asks(question) && !QuestionPremises.Negates(question),
        };
    }

    /// <summary>
    /// The verb after "did" and its subject: determiners, capitalised words and plural or possessive nouns are the
    /// subject ("did the Nordvik Group buy", "did Harbour Line shares close"), as is a lower-case word right after a
    /// determiner when another lower-case word follows ("did the mayors agree").
    /// </summary>
    private static string? VerbAfter(string rest)
    {
        var words = Words(rest);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var lower = word.ToLowerInvariant();
            var afterDeterminer = i > 0 && Determiners.Contains(words[i - 1].ToLowerInvariant());
            if (Determiners.Contains(lower) || char.IsUpper(word[0]) || word.Contains('\'') || word.Contains('’')
                || (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal))
                || (afterDeterminer && i + 1 < words.Count && char.IsLower(words[i + 1][0]) && !KeyTerms.IsFunctionWord(words[i + 1])))
            {
                continue;
            }

            return lower;
        }

        return null;
    }

    /// <summary>True when <paramref name="sentence"/> may report the event asked about (always, when none is asked).</summary>
    /// <param name="published">The statement's publication date: a statement whose own date (a day or week) has passed by then reports what happened that day, whatever else it announces ("with the coalition's break-up on Wednesday, its partners will seek a vote").</param>
    public bool HeldBy(string sentence, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        if (Upcoming)
        {
            // Undated, the statement's tense tells: one that speaks only in the past ("was last held in …") and names
            // no plan tells of an earlier one.
            return published is not { } date
                ? !HasFinitePast(Words(sentence)) || AnnouncesOutsideQuotation(sentence)
                : DateRecognizer.Recognize(sentence, date).Where(m => m.To is not null).ToList() is not { Count: > 0 } dates || dates.Any(m => m.To >= date);
        }

        if (Verb.Length == 0)
        {
            return true;
        }

        var words = Words(sentence);
        var occurrences = Enumerable.Range(0, words.Count).Where(i => SameVerb(words[i])).ToList();
        if (occurrences.Count > 0)
        {
            return occurrences.Any(i => !IsUnreal(words, i) && !(Affirmed && IsNegated(words, i)));
        }

        return !AnnouncesOutsideQuotation(sentence) || HasFinitePast(words) || IsDatedBefore(sentence, published);
    }

    private static List<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value).ToList();

    /// <summary>
    /// True when the sentence has a future or intent frame outside a direct quotation: a future in a quotation is the
    /// speaker's ("quit on Friday and vowed: \"I will not go back\""), not the statement's.
    /// </summary>
    private static bool AnnouncesOutsideQuotation(string sentence) => Announces().IsMatch(Quotation().Replace(sentence, " "));

    /// <summary>True when the sentence names a day or week that has passed by <paramref name="published"/>.</summary>
    private static bool IsDatedBefore(string sentence, DateOnly? published) =>
        published is { } date && DateRecognizer.Recognize(sentence, date).Any(m => m.To is { } to && to <= date && m.Precision is DatePrecision.Day or DatePrecision.Week);

    private bool SameVerb(string word)
    {
        var stem = ContentWords.Stem(word);
        return stem.Length >= 3 && (SameStem(stem, Verb) || (BaseVerb is not null && SameStem(stem, BaseVerb)));
    }

    /// <summary>The same stem, or one extending the other, or the verb with its last consonant doubled ("winn" from "winning" for "win").</summary>
    private static bool SameStem(string stem, string verb) =>
        stem == verb || (stem.Length == verb.Length + 1 && stem.StartsWith(verb, StringComparison.Ordinal) && stem[^1] == verb[^1]) || (verb.Length >= 4 && stem.StartsWith(verb, StringComparison.Ordinal)) || (stem.Length >= 4 && verb.StartsWith(stem, StringComparison.Ordinal));

    /// <summary>
    /// "to agree", "will agree", "would not be signed", "could also pledge": the verb in an unreal frame; or a prospect
    /// of it, which news writes as a noun of likelihood or wish before "of" ("every chance of winning", "hopes of signing").
    /// </summary>
    private static bool IsUnreal(List<string> words, int at)
    {
        if (at >= 2 && words[at - 1].Equals("of", StringComparison.OrdinalIgnoreCase) && Prospects.Contains(words[at - 2].ToLowerInvariant()))
        {
            return true;
        }

        for (var i = at - 1; i >= 0 && i >= at - 3; i--)
        {
            var word = words[i].ToLowerInvariant();
            if (Modals.Contains(word))
            {
                return true;
            }

            if (!Between.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"didn't win", "has never won", "did not also sign": a negation before the verb, across the words a modal may have between.</summary>
    private static bool IsNegated(List<string> words, int at)
    {
        for (var i = at - 1; i >= 0 && i >= at - 3; i--)
        {
            var word = words[i].ToLowerInvariant();
            if (word is "not" or "never" or "no" || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n’t", StringComparison.Ordinal))
            {
                return true;
            }

            if (!Between.Contains(word) && !PastAuxiliaries.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A finite past verb: an auxiliary of the past or perfect, a common irregular past, or an -ed form straight after its subject.</summary>
    private static bool HasFinitePast(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].ToLowerInvariant();
            // "will be held" is no past: a past form after a modal or "be" is part of the frame.
            // "the ground", "a saw": a form that is also a noun, after a determiner.
            var framed = i > 0 && (Modals.Contains(words[i - 1].ToLowerInvariant()) || Be.Contains(words[i - 1].ToLowerInvariant()) || Determiners.Contains(words[i - 1].ToLowerInvariant()));
            if (PastAuxiliaries.Contains(word) || (IsIrregularPast(word) && !framed))
            {
                return true;
            }

            // "Nato's scheduled summit": after a possessive, an -ed form describes a noun.
            if (i > 0 && word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && ((char.IsUpper(words[i - 1][0]) && !KeyTerms.IsPossessive(words[i - 1])) || Subjects.Contains(words[i - 1].ToLowerInvariant())))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "to", "will", "would", "shall", "should", "could", "may", "might", "must", "can", "'ll", "’ll" };

    /// <summary>Nouns of likelihood or wish, whose "of" puts a verb in prospect: "chance of winning", "hopes of a deal" being no verb.</summary>
    private static readonly HashSet<string> Prospects = new(StringComparer.Ordinal) { "chance", "chances", "hope", "hopes", "prospect", "prospects", "odds", "likelihood", "possibility", "risk", "danger", "threat", "dream", "dreams", "fear", "fears" };

    /// <summary>Words that may stand between a modal and its verb ("will not be", "to also").</summary>
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal) { "be", "not", "also", "then", "now", "soon", "formally", "eventually", "finally", "have", "been" };

    private static readonly HashSet<string> Be = new(StringComparer.Ordinal) { "be", "been", "being", "is", "are", "am" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "and", "of", "&" };

    private static readonly HashSet<string> PastAuxiliaries = new(StringComparer.Ordinal) { "was", "were", "had", "did", "has", "have", "wasn't", "weren't", "hadn't", "didn't", "hasn't", "haven't" };

    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal) { "he", "she", "it", "they", "we", "i", "who", "which", "that", "also" };

    /// <summary>A past form: one ending in -ed ("replaced") or an irregular past ("won").</summary>
    private static bool IsPastForm(string word) => word.EndsWith("ed", StringComparison.Ordinal) || IsIrregularPast(word);

    /// <summary>
    /// An irregular past form, which carries no -ed: a form the lexicon gives a verb (WordNet's exception lists: "said",
    /// "fled", "bought"), less those that are participles only by their ending ("taken", "flown", "gone", "begun",
    /// "sunk"), present ("are", "is", "has") or -ing forms.
    /// </summary>
    private static bool IsIrregularPast(string word) =>
        !ParticipleOrPresent().IsMatch(word) && !Be.Contains(word) && Thesaurus.Default.Lemmas(word).Any(e => e.Class == WordClass.Verb && e.Forms.Contains(word));

    [GeneratedRegex(@"(?:en|wn|rn|ne|un|um|ung|unk|s|ing)$", RegexOptions.CultureInvariant)]
    private static partial Regex ParticipleOrPresent();

    /// <summary>The question names a plan or prospect itself, so announcing answers it.</summary>
    [GeneratedRegex(@"\b(?:will|would|going\s+to|plan|plans|planned|planning|expect|expected|intend|intends|intended|scheduled|due|upcoming|next|future|propose|proposed|promise|promised|pledge\s+to|aim|aims|hope|hopes|want|wants|announce|announced|say|said|says|claim|claimed)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamesPlan();

    /// <summary>"When is / are / will / does …" opening the asking sentence, with no "last", "previous" or "first" after it.</summary>
    [GeneratedRegex(@"(?:^|[.!?:]\s+)\W*when(?:['’]s|\s+(?:is|are|will|does|do))\b(?![^?]*\b(?:last|previous|first|ago)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhenNext();

    [GeneratedRegex(@"\bdid\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Did();

    /// <summary>"was signed", "were injured", "had agreed", with up to three words between ("was the treaty signed").</summary>
    [GeneratedRegex(@"\b(?:was|were|had)\s+(?:[\p{L}’'-]+\s+){0,3}?(?<verb>\p{Ll}{2,}(?:ed|en|wn|ught|id|ld|lt|ft|ung|ade))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Passive();

    [GeneratedRegex(@"^\s*(?:who|what|which\s+\p{L}+)\s+(?<verb>\p{Ll}+)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OpeningPast();

    /// <summary>A future or intent frame: "will", "shall", "is set/slated/expected/due/scheduled/poised to", "plans/intends/aims to".</summary>
    [GeneratedRegex(@"\b(?:will|shall|(?:is|are|was|were)\s+(?:set|slated|expected|due|scheduled|poised|going|likely)\s+to|(?:plans|planning|intends|aims|hopes|seeks)\s+to)\b|['’]ll\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Announces();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>A direct quotation in double quotes, straight or curly, to the sentence's end when it is not closed there.</summary>
    [GeneratedRegex(@"[""“][^""”]*(?:[""”]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Quotation();
}

using System.Text.RegularExpressions;
using NewsBot.Lexicon;
using NewsBot.Names;

namespace NewsBot.Answering;

/// <summary>
/// What a "which city / country / town …" question asks for: a place the question does not name. "Which town will the
/// choir sing in first?" is not answered by a sentence that says the choir will sing and names no place; only a place
/// answers, so a lead that names none is no answer (<see cref="LeadCheck.Place"/>).
/// <para>
/// A sentence names a place when it names a country, capital, region or people (<see cref="NameCatalog"/>, a demonym
/// counting: "the Peruvian congress" answers "which country") the question does not, or writes a capitalised name after
/// a preposition of place ("in Leeds", "outside Bucha", "in a Yorkshire village") that shares no word with the question, or
/// opens with a name the lexicon does not know as a common word ("Leeds will host the final"). The noun must be the
/// question's asked thing, not a modifier of another noun ("which country singer", "what city council").
/// </para>
/// </summary>
public sealed partial class AskedPlace
{
    public static readonly AskedPlace None = new(isAsked: false, string.Empty);

    /// <summary>The question's content words and the countries and institutions it names, which a place must not be.</summary>
    private readonly IReadOnlySet<string> _askedWords;
    private readonly HashSet<NamedEntity> _askedEntities;

    /// <summary>
    /// True for a plain "where" (<see cref="OfWhere"/>): a name opening the sentence is more often its subject, a person
    /// ("Lunde attended the launch"), than a place, so only a catalogued place or a name after a preposition of place counts.
    /// </summary>
    private readonly bool _byWhere;

    private AskedPlace(bool isAsked, string question, bool byWhere = false)
    {
        IsAsked = isAsked;
        _byWhere = byWhere;
        _askedWords = ContentWords.Of(question);
        _askedEntities = NameCatalog.Default.EntitiesIn(question);
    }

    /// <summary>
    /// The place a "where" question wants ("Where was the treaty signed?", "Quick one: where did they meet?"), which only
    /// a preference can ask for: news often answers where without a name ("at the border", "in his office"), so a lead
    /// that names a place the question does not is preferred, never required (<see cref="AskedChecks.Preferred"/>).
    /// "Where" inside a clause ("the town where the ferry sank") asks nothing.
    /// </summary>
    public static AskedPlace OfWhere(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        // Asked after an opening ("Harbour board row - where did the chair go?"), "where" opens the ask; the opening's words
        // are still the question's, which a place must not be.
        return AsksWhere().IsMatch(question[QuestionFraming.AskStart(question)..]) ? new AskedPlace(isAsked: true, question, byWhere: true) : None;
    }

    /// <summary>True when the question asks which place.</summary>
    public bool IsAsked { get; }

    public static AskedPlace Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        return AsksPlace().Match(question) is { Success: true } asked && !ModifiesANoun(asked.Groups["next"].Value)
            ? new AskedPlace(isAsked: true, question)
            : None;
    }

    /// <summary>True when no place is asked or <paramref name="sentence"/> names one the question does not.</summary>
    public bool HeldBy(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        if (!IsAsked)
        {
            return true;
        }

        if (NameCatalog.Default.Find(sentence).Any(m => m.IsCapitalised && !m.Entities.Any(_askedEntities.Contains)))
        {
            return true;
        }

        // A catalogued name was weighed above; a month or weekday after "from" or "in" is a time.
        var opening = _byWhere ? Match.Empty : OpeningName().Match(sentence);
        return PlaceName().Matches(sentence).Select(m => m.Groups["name"].Value)
            .Concat(opening.Success && !KeyTerms.IsCommonWord(opening.Groups["first"].Value) ? [opening.Value] : [])
            .Any(name => !ContentWords.Of(name).Any(w => _askedWords.Contains(w) || QuestionPremises.DateNames.Contains(w)) && NameCatalog.Default.Find(name).Count == 0);
    }

    /// <summary>
    /// A word after the place noun that is mostly a noun, or one the lexicon does not know, may make the place noun its
    /// modifier ("which city council"); a function word, verb or adverb does not ("which city hosted", "which town is").
    /// </summary>
    private static bool ModifiesANoun(string next) =>
        next.Length > 0 && !KeyTerms.IsFunctionWord(next) && Thesaurus.Default.Lemmas(next) is var lemmas && (lemmas.Count == 0 || lemmas.MaxBy(e => e.Count)!.Class == WordClass.Noun);

    /// <summary>The nouns of places people live in, as a regex alternation.</summary>
    internal const string PlaceNouns = "city|cities|town|towns|village|villages|country|countries|capital|port|region|province|county|island|nation|nations";

    [GeneratedRegex(@"\b(?:which|what)\s+(?:[\p{L}-]+\s+)?(?:" + PlaceNouns + @")\b(?:\s+(?<next>\p{L}+))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksPlace();

    /// <summary>"Where" opening the question or a sentence of it, perhaps after one word ("And where"), then its verb.</summary>
    [GeneratedRegex(@"(?:^|[.:;?!]\s+)\W*(?:\p{L}+\s+)?where\s+(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|might|must)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhere();

    [GeneratedRegex(@"\b(?:in|at|near|from|to|outside|inside|through|across|into|towards|around|of)\s+(?:(?:the|a|an)\s+)?(?<name>\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceName();

    [GeneratedRegex(@"^\W*(?<first>\p{Lu}\p{Ll}+)(?:\s\p{Lu}\p{Ll}+)*", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningName();
}

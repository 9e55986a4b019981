using System.Text.RegularExpressions;
using NewsBot.Dates;
using NewsBot.Names;
using NewsBot.Retrieval;

namespace NewsBot.Answering;

/// <summary>
/// What a question asks that a statement matching its words may still not hold, checked on the lead before the
/// composer answers: the kind of figure asked (<see cref="AskedValue"/>), a reported rather than announced event
/// (<see cref="AskedEvent"/>), the actor the question names (<see cref="AskedActor"/>), the exact figures it states
/// (<see cref="AskedFigures"/>) and the day it names (<see cref="Days"/>); and what it prefers a lead to give (<see cref="Preferred"/>).
/// </summary>
public sealed partial record AskedChecks
{
    public required AskedValue Value { get; init; }

    public required AskedEvent Event { get; init; }

    public required AskedActor Actor { get; init; }

    public required AskedFigures Figures { get; init; }

    /// <summary>A name the question does not give, which a who question prefers its lead to offer.</summary>
    public AskedName Name { get; init; } = AskedName.None;

    /// <summary>The object a "what did … &lt;verb&gt;" question asks, named in a sentence giving the answer itself (<see cref="AskedName.NamesObject"/>).</summary>
    public AskedName Thing { get; init; } = AskedName.None;

    /// <summary>
    /// What a "who &lt;verb&gt;" question asks was done ("who replaced the harbour master?": replacing), which its lead
    /// must hold in some form or synonym, in the sentence or its immediate context, and not only under a negation
    /// (<see cref="AskedPredicate.AffirmedBy"/>); in the sentence itself when the question names whom it was done to.
    /// A sentence about the people the question names that says nothing of the act answers another question; the
    /// coverage that reports a successor says so. Null for any other question, for a verb too common to tell (say,
    /// make), and for one that only leads to another ("who decided to sell": the selling, which the lexicon may write otherwise).
    /// </summary>
    public AskedPredicate? Doing { get; init; }

    /// <summary>
    /// What a "how many &lt;noun&gt;" question asks was done to or by what it counts ("how many people work at the
    /// yard?": working; "how many ferries does Portvale have?": ferries), which its lead must hold in some form or
    /// synonym, in the sentence or its immediate context, unless it counts the very thing asked ("the yard employs 400
    /// people": <see cref="AskedValue.CountsAsked"/>). A sentence that gives a count of something else beside the
    /// name the question asks about ("the yard's two other owners") answers another question. Null for other
    /// questions, and for counts of the dead or injured and of a population, which have checks of their own.
    /// </summary>
    public AskedPredicate? Counting { get; init; }

    /// <summary>What the question asks happened (<see cref="AskedPredicate.Of"/>), read once for every check that needs it; null when it asks none the lexicon can check.</summary>
    public AskedPredicate? Predicate { get; init; }

    /// <summary>The topic a "what did … say about …" question asks on, which its lead or the lead's immediate context must hold (<see cref="AskedTopic"/>).</summary>
    public AskedTopic Topic { get; init; } = AskedTopic.None;

    /// <summary>
    /// True when the question asks for the latest news on something ("what's the latest on the harbour plan?", "any
    /// update on the ferry strike?", "where do things stand with the tolls?"): of the statements that answer, the most
    /// recently published leads, since retrieval ranks by words and not by date. "The latest census" asks for a figure, not
    /// the news.
    /// </summary>
    public bool AsksLatest { get; init; }

    /// <summary>What a yes/no question asks happened, which its lead must hold or oppose.</summary>
    public AskedYesNo YesNo { get; init; } = AskedYesNo.None;

    /// <summary>A place the question does not name, which a "which city / country …" question requires.</summary>
    public AskedPlace Place { get; init; } = AskedPlace.None;

    /// <summary>A place the question does not name, which a "where" question prefers its lead to name (<see cref="AskedPlace.OfWhere"/>).</summary>
    public AskedPlace Where { get; init; } = AskedPlace.None;

    /// <summary>The days the question names (<see cref="DateEvidence.InQuestion"/>), none of which a statement may contradict with days of its own (<see cref="DateEvidence.NamesOtherDays"/>).</summary>
    public IReadOnlyList<DateMention> Days { get; init; } = [];

    /// <summary>The weekdays the question dates its event by, which a statement naming only other weekdays contradicts.</summary>
    public AskedWeekday Weekday { get; init; } = AskedWeekday.None;

    /// <summary>A reason, which a why question prefers its lead to give.</summary>
    public AskedReason Reason { get; init; } = AskedReason.None;

    /// <summary>
    /// The office of the institution's head the question asks for ("who is the head of Nato?": secretary general,
    /// <see cref="NameCatalog.HeadsAsked"/>), which its lead is preferred to name: a sentence with "head" in another
    /// sense ("ships will head north") names someone else. Empty when no head is asked.
    /// </summary>
    public IReadOnlyList<string> Offices
    {
        get => _offices;
        init
        {
            _offices = value;
            OfficeMentions = [.. value.Select(KeyTerms.WholePhrase)];
        }
    }

    private readonly IReadOnlyList<string> _offices = [];

    /// <summary>Each of <see cref="Offices"/> as whole words, joined by a space or a hyphen ("secretary-general"), built once when the offices are set.</summary>
    private IReadOnlyList<Regex> OfficeMentions { get; init; } = [];

    /// <summary>The office a who question asks the holder of, which its lead is preferred not to give only for another holder: a past one, another country's (<see cref="AskedHolder"/>).</summary>
    public AskedHolder Holder { get; init; } = AskedHolder.None;

    public static AskedChecks Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        var kind = AnswerType.Expected(question);
        var name = AskedName.Of(question, kind);
        var predicate = AskedPredicate.Of(question);
        var value = AskedValue.Of(question);
        return new AskedChecks
        {
            Predicate = predicate,
            Holder = AskedHolder.Of(question, kind),
            Value = value,
            Event = AskedEvent.Of(question),
            Actor = AskedActor.Of(question),
            Figures = AskedFigures.Of(question),
            Name = name,
            Thing = AskedName.ObjectOf(question),
            Doing = name.Verb is null ? null : DoingOf(question, predicate),
            Counting = value is { Kind: ValueKind.Count, Counted: not null, Population: false, Harm: (false, false) } ? predicate : null,
            Reason = AskedReason.Of(question),
            Place = AskedPlace.Of(question),
            Where = AskedPlace.OfWhere(question),
            Offices = [.. NameCatalog.Default.HeadsAsked(question).SelectMany(h => h.Alternatives)],
            YesNo = AskedYesNo.Of(question),
            Topic = AskedTopic.Of(question),
            AsksLatest = Latest().IsMatch(question),
            Days = DateEvidence.InQuestion(question),
            Weekday = AskedWeekday.Of(question),
        };
    }

    /// <summary>
    /// True when <paramref name="sentence"/> gives what the question prefers but does not require: a name it does not
    /// give for a who question, a reason for a why question, a place it does not name for a where question, a measure of the size or pace asked,
    /// the actor's own words for a "what did … say" or "how did … react" question (<see cref="AskedActor.SpeakerHeldBy"/>), on the topic asked in the sentence itself (<see cref="AskedTopic.HeldBySentence"/>), the office of the head asked for (<see cref="Offices"/>), the holder asked for rather than only a past one or another country's (<see cref="Holder"/>), a count of the very thing a "how many &lt;noun&gt;" question
    /// counts (<see cref="AskedValue.CountsAsked"/>; any count may answer, since news often counts under another word).
    /// Of the candidates that may lead, the first that does leads.
    /// </summary>
    public bool Preferred(string sentence) => PreferredWithoutCount(sentence) && (Value.Counted is null || Value.CountsAsked(sentence));

    /// <summary>The predicate of a question opening "who &lt;verb&gt;", when that verb is the predicate and does not lead to another ("decided to").</summary>
    private static AskedPredicate? DoingOf(string question, AskedPredicate? predicate)
    {
        if (predicate is null)
        {
            return null;
        }

        var at = question.IndexOf(predicate.Text, StringComparison.OrdinalIgnoreCase);
        return at > 0 && WhoRightBefore().IsMatch(question[..at]) && !question[(at + predicate.Text.Length)..].TrimStart().StartsWith("to ", StringComparison.OrdinalIgnoreCase)
            ? predicate
            : null;
    }

    /// <summary>
    /// True when <paramref name="sentence"/> fills the very slot the question asks with a name it does not give: the doer
    /// of a who question's verb in the passive (<see cref="AskedName.NamesAgent"/>), the named object of a what question's
    /// verb (<see cref="AskedName.NamesObject"/>). Such a sentence answers before one that merely names someone new.
    /// </summary>
    public bool FillsSlot(string sentence) => Name.NamesAgent(sentence) || Thing.NamesObject(sentence);

    /// <summary>True when the question asks a slot <see cref="FillsSlot"/> can read.</summary>
    public bool AsksSlot => Name.Verb is not null || Thing.Verb is not null;

    /// <summary>
    /// <see cref="Preferred"/> without the count: what a sentence further down the lead's article must give to lead in
    /// its place. A lead that may lead already gives a count, and a weaker sentence counting the noun is no better
    /// answer for that. A size or pace asked ("how big", "how quickly") prefers a measure of it (<see cref="AskedValue.Measures"/>:
    /// "within two hours"), as why prefers a reason: the story's main sentence says the tickets sold out, a later one how fast. A pace is
    /// also required where the lead is chosen (<see cref="AskedValue.AsksPace"/>).
    /// </summary>
    public bool PreferredWithoutCount(string sentence) => Name.HeldBy(sentence) && Reason.HeldBy(sentence) && Value.Measures(sentence) && Where.HeldBy(sentence) && Actor.SpeakerHeldBy(sentence) && (!Actor.AsksSpeech || Topic.HeldBySentence(sentence)) && NamesOffice(sentence) && Holder.HeldBy(sentence);

    /// <summary>True when no head is asked, or <paramref name="sentence"/> names the head's office ("secretary general", "secretary-general").</summary>
    private bool NamesOffice(string sentence) =>
        OfficeMentions.Count == 0 || OfficeMentions.Any(o => o.IsMatch(sentence));

    /// <summary>
    /// True when <paramref name="sentence"/> holds the asked value kind, actor, event and figures (<see cref="FailedBy"/>);
    /// the yes/no predicate is the composer's own check (<see cref="LeadCheck.Predicate"/>) and the preferences are no checks.
    /// </summary>
    /// <param name="published">The statement's publication date, against which its own dates are read (<see cref="AskedEvent.HeldBy"/>).</param>
    public bool HeldBy(string sentence, DateOnly? published = null) => FailedBy(sentence, published) == LeadCheck.None;

    /// <summary>
    /// True when <paramref name="sentence"/> says something other than the question asks about: another actor doing
    /// what it asks, or another figure where it states one (a different year). Such a sentence is no statement of the
    /// answer, lead or not.
    /// </summary>
    public bool Contradicted(string sentence) => !Actor.HeldBy(sentence) || !Figures.HeldBy(sentence);

    /// <summary>The first of the checks (value kind, event, actor, figures, day; with the name a "which &lt;role&gt;" question requires and the place a "which city" one does) <paramref name="sentence"/> does not hold; <see cref="LeadCheck.None"/> when it holds them all.</summary>
    /// <param name="valued">Where the asked figure may stand: the sentence with the one continuing it; the sentence when null.</param>
    public LeadCheck FailedBy(string sentence, DateOnly? published = null, string? valued = null) =>
        !Value.HeldBy(valued ?? sentence) ? LeadCheck.ValueKind
        : !Event.HeldBy(sentence, published) ? LeadCheck.Event
        : !Actor.HeldBy(sentence) ? LeadCheck.Actor
        : !Figures.HeldBy(sentence) ? LeadCheck.Figures
        : DateEvidence.NamesOtherDays(Days, sentence, published) || Weekday.ContradictedBy(sentence) ? LeadCheck.Day
        : Name.IsRequired && !Name.HeldBy(sentence) ? LeadCheck.Name
        : !Place.HeldBy(sentence) ? LeadCheck.Place
        : LeadCheck.None;

    [GeneratedRegex(@"\bwho\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WhoRightBefore();

    [GeneratedRegex(@"\blatest\s+(?:on|with|about|in|news|developments?|updates?)\b|\b(?:most\s+recent|newest)\s+(?:news|developments?|updates?)\b|\bany\s+(?:news|updates?|developments?)\s+(?:on|about|from|in|with)\b|\bwhere\s+(?:do|does)\s+(?:things|it|matters)\s+stand\b|\bstate\s+of\s+play\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Latest();
}

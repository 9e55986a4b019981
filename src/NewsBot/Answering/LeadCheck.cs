namespace NewsBot.Answering;

/// <summary>
/// The first of the hand rules' tests a candidate lead fails (<see cref="ExtractiveComposer.FailedCheck"/>), in the
/// order the composer tries them; <see cref="None"/> when it fails none and may lead.
/// </summary>
public enum LeadCheck
{
    /// <summary>It fails no test: it may lead.</summary>
    None,

    /// <summary>Its evidence is below <see cref="AnsweringOptions.MinEvidence"/>.</summary>
    Evidence,

    /// <summary>A negated question met by a sentence that neither negates nor refuses (<see cref="QuestionPremises.PolarityHeldBy"/>).</summary>
    Polarity,

    /// <summary>The sentence says the opposite of a word the question asks with (<see cref="QuestionPremises.Opposes"/>).</summary>
    Opposite,

    /// <summary>The statement's context lacks a name the question asks about (<see cref="QuestionPremises.NamesHeldBy"/>).</summary>
    Names,

    /// <summary>A when or how-many question met by no date or figure it does not name itself (<see cref="AnswerType.Offers"/>).</summary>
    Value,

    /// <summary>No figure of the finer kind asked (<see cref="AskedValue"/>).</summary>
    ValueKind,

    /// <summary>A past event asked, only announced; or a coming one asked, only an earlier one told (<see cref="AskedEvent"/>).</summary>
    Event,

    /// <summary>Another actor does what the question's actor is asked about (<see cref="AskedActor"/>).</summary>
    Actor,

    /// <summary>An exact figure of the question swapped for another of its form (<see cref="AskedFigures"/>).</summary>
    Figures,

    /// <summary>A day the question names met by a sentence that names only other days (<see cref="NewsBot.Retrieval.DateEvidence.NamesOtherDays"/>).</summary>
    Day,

    /// <summary>A "which &lt;role&gt;" question met by a sentence that names nobody the question does not (<see cref="AskedName.IsRequired"/>).</summary>
    Name,

    /// <summary>A "which city / country …" question met by a sentence that names no place the question does not (<see cref="AskedPlace"/>).</summary>
    Place,

    /// <summary>A yes/no question met by a sentence that neither holds nor opposes what it asks happened (<see cref="AskedYesNo"/>), or a "who &lt;verb&gt;" question by one that holds no form of its verb, or holds it only under a negation (<see cref="AskedChecks.Doing"/>).</summary>
    Predicate,

    /// <summary>A "what did … say about …" question met by a statement whose context holds no word of the topic asked (<see cref="AskedTopic"/>).</summary>
    Topic,

    /// <summary>The sentence is only a credit line ("Source: Reuters …", "Photograph: …") or a line with no lower-case word (a list's entry): it states nothing (<see cref="NewsBot.Ingestion.PageFurniture.StatesNothing"/>).</summary>
    Credit,

    /// <summary>The sentence asks a question itself (a live blog's or explainer's heading, a rhetorical question): it answers none.</summary>
    Question,
}

namespace NewsBot.Answering;

/// <summary>
/// What a question asks that a statement matching its words may still not hold, checked on the lead before the
/// composer answers: the kind of figure asked (<see cref="AskedValue"/>), a reported rather than announced event
/// (<see cref="AskedEvent"/>), the actor the question names (<see cref="AskedActor"/>) and the exact figures it states
/// (<see cref="AskedFigures"/>).
/// </summary>
public sealed record AskedChecks
{
    public required AskedValue Value { get; init; }

    public required AskedEvent Event { get; init; }

    public required AskedActor Actor { get; init; }

    public required AskedFigures Figures { get; init; }

    public static AskedChecks Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        return new AskedChecks { Value = AskedValue.Of(question), Event = AskedEvent.Of(question), Actor = AskedActor.Of(question), Figures = AskedFigures.Of(question) };
    }

    /// <summary>True when <paramref name="sentence"/> holds all four.</summary>
    /// <param name="published">The statement's publication date, against which its own dates are read (<see cref="AskedEvent.HeldBy"/>).</param>
    public bool HeldBy(string sentence, DateOnly? published = null) => FailedBy(sentence, published) == LeadCheck.None;

    /// <summary>The first of the four <paramref name="sentence"/> does not hold; <see cref="LeadCheck.None"/> when it holds them all.</summary>
    public LeadCheck FailedBy(string sentence, DateOnly? published = null) =>
        !Value.HeldBy(sentence) ? LeadCheck.ValueKind
        : !Event.HeldBy(sentence, published) ? LeadCheck.Event
        : !Actor.HeldBy(sentence) ? LeadCheck.Actor
        : !Figures.HeldBy(sentence) ? LeadCheck.Figures
        : LeadCheck.None;
}

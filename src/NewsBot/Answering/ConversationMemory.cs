namespace NewsBot.Answering;

/// <summary>
/// What the bot remembers of one conversation between turns: the last <see cref="MaxTurns"/> answered or refused
/// questions, oldest first. Kept small on purpose; it travels through the state store on every turn.
/// </summary>
public sealed record ConversationMemory
{
    public const int MaxTurns = 3;

    public IReadOnlyList<ConversationTurn> Turns { get; init; } = new List<ConversationTurn>();

    /// <summary>The most recent turn, or null at the start of a conversation.</summary>
    public ConversationTurn? LastTurn() => Turns.Count > 0 ? Turns[^1] : null;

    /// <summary>This memory with <paramref name="turn"/> appended and the oldest turns dropped past <see cref="MaxTurns"/>.</summary>
    public ConversationMemory Remember(ConversationTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);

        return this with { Turns = Turns.Append(turn).TakeLast(MaxTurns).ToList() };
    }
}

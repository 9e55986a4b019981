namespace NewsBot.Answering;

/// <summary>One remembered turn: the (standalone) question that was answered, whether it was, and what it cited.</summary>
public sealed record ConversationTurn
{
    /// <summary>At most this many cited sentences are remembered per turn.</summary>
    public const int MaxCited = 6;

    public required string Question { get; init; }

    public required bool IsAnswered { get; init; }

    public IReadOnlyList<CitedSentence> Cited { get; init; } = new List<CitedSentence>();

    public static ConversationTurn From(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);

        return new ConversationTurn
        {
            Question = answer.Question,
            IsAnswered = answer.IsAnswered,
            Cited = answer.Citations.Take(MaxCited).Select(c => new CitedSentence { Id = c.SentenceId, Text = c.Quote }).ToList(),
        };
    }
}

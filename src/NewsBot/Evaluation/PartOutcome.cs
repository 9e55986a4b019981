namespace NewsBot.Evaluation;

/// <summary>
/// What happened to one part of a question asked in parts (<see cref="Answering.QuestionParts"/>): what it was
/// retrieved for, where each gold answer ranked among its candidates, and which rule declined each lead candidate.
/// </summary>
public sealed record PartOutcome
{
    public required string Ask { get; init; }

    public required string Background { get; init; }

    /// <summary>The kind of value the part asks for, as the composer reads it.</summary>
    public Answering.AnswerKind AnswerKind { get; init; }

    /// <summary>
    /// For each gold answer in turn, the 1-based rank of the first of the part's candidates that holds it, or null: the
    /// part's own support rank, read per answer since the set does not say which answer is which part's.
    /// </summary>
    public IReadOnlyList<int?> GoldRanks { get; init; } = [];

    /// <summary>True when the part was answered rather than said to be missing.</summary>
    public bool Answered { get; init; }

    /// <summary>The part's lead candidates and, for each, the first rule that declines it.</summary>
    public IReadOnlyList<LeadVerdict> Leads { get; init; } = [];
}

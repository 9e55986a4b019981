namespace NewsBot.Retrieval;

/// <summary>Another form of a name the question writes ("No 10" for "Downing Street"), and its analysed terms.</summary>
public sealed record NameAlternative
{
    public required string Text { get; init; }

    public required IReadOnlyList<string> Terms { get; init; }
}

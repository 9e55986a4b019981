namespace NewsBot.Answering;

/// <summary>
/// One ask of a question asked in parts (<see cref="QuestionParts"/>), with what it refers back to: the names of the
/// first part, or a leading part that asks nothing, which the ask shares with the other parts.
/// </summary>
public sealed record QuestionPart
{
    /// <summary>The ask as a question of its own ("which company built it?").</summary>
    public required string Ask { get; init; }

    /// <summary>What the ask refers back to ("Kerch Bridge"); empty when it refers to nothing outside itself.</summary>
    public string Background { get; init; } = string.Empty;

    /// <summary>The ask with its background, as one question ("which company built it (Kerch Bridge)?").</summary>
    public override string ToString() => Background.Length == 0 ? Ask : $"{Ask.TrimEnd('?')} ({Background})?";
}

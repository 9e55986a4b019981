namespace NewsBot.Answering;

/// <summary>
/// What <see cref="CitationVerifier"/> found. When <see cref="IsValid"/>, <see cref="Text"/> is the reply with its markers
/// renumbered 1..m in order of first use, and <see cref="Cited"/>[k] is the shown passage (1-based) that marker k + 1
/// points to. Otherwise <see cref="Reason"/> says what failed.
/// </summary>
public sealed record CitationCheck
{
    public required bool IsValid { get; init; }

    public string? Reason { get; init; }

    public string Text { get; init; } = string.Empty;

    public IReadOnlyList<int> Cited { get; init; } = [];

    public static CitationCheck Fail(string reason) => new() { IsValid = false, Reason = reason };
}

namespace NewsBot.Answering;

/// <summary>A sentence found by <see cref="CoveragePlugin.SearchAsync"/>, shaped for a model or a caller to read.</summary>
public sealed record SearchResult
{
    public required string SentenceId { get; init; }

    public required string Headline { get; init; }

    public string? Source { get; init; }

    public DateOnly? Date { get; init; }

    public required string Text { get; init; }

    public required double Score { get; init; }
}

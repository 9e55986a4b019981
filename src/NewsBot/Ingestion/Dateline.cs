namespace NewsBot.Ingestion;

/// <summary>
/// The dateline that opens a wire story, e.g. <c>OTTAWA, January 17. /TASS/.</c>: where and when it was filed, and by whom.
/// <see cref="Start"/>/<see cref="Length"/> locate the whole dateline (including its trailing punctuation) in the article text.
/// </summary>
public sealed record Dateline
{
    public required string Place { get; init; }

    public required int Month { get; init; }

    public required int Day { get; init; }

    /// <summary>The year when the dateline states it; otherwise null (see <see cref="Article.Date"/> for the inferred date).</summary>
    public int? Year { get; init; }

    public string? Agency { get; init; }

    public required int Start { get; init; }

    public required int Length { get; init; }

    public int End => Start + Length;
}

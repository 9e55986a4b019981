namespace NewsBot.Answering;

/// <summary>A sentence an earlier answer cited, by id (<c>articleId#ordinal</c>) and text.</summary>
public sealed record CitedSentence
{
    public required string Id { get; init; }

    public required string Text { get; init; }
}

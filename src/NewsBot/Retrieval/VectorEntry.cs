namespace NewsBot.Retrieval;

/// <summary>A vector to index under an id, e.g. a sentence id and its embedding.</summary>
public sealed record VectorEntry
{
    public required string Id { get; init; }

    public required ReadOnlyMemory<float> Vector { get; init; }
}

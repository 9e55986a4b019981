namespace NewsBot.Retrieval;

/// <summary>A search result: the id of an indexed vector and its cosine similarity to the query.</summary>
public sealed record VectorHit
{
    public required string Id { get; init; }

    public required float Score { get; init; }
}

namespace NewsBot.Retrieval;

/// <summary>The shape recorded in a vector index file's header.</summary>
internal sealed record VectorIndexFileHeader
{
    public required int Dimensions { get; init; }

    public required int Count { get; init; }

    public long RowsByteLength => (long)Count * Dimensions * sizeof(float);
}

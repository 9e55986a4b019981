namespace NewsBot.Retrieval;

/// <summary>A vector segment a store's manifest names: the generation that wrote it and how many articles it holds.</summary>
internal sealed record StoredSegment(long Generation, int Articles);

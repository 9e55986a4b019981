using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>An article as the store holds it: the article, the hash it was applied with, and the generation that put it.</summary>
internal sealed record StoredEntry(Article Article, string Hash, long Generation);

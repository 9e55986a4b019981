namespace NewsBot.Retrieval;

/// <summary>One sentence found by the keyword index.</summary>
public readonly record struct KeywordHit(string ArticleId, int Ordinal, float Score);

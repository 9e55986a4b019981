using NewsBot.Ingestion;

namespace NewsBot.Replication;

/// <summary>An article as the database holds it, with its sentences' vectors when every sentence has one.</summary>
public sealed record ReplicatedArticle
{
    public required Article Article { get; init; }

    /// <summary>The record's fingerprint (<see cref="ArticleRecord.Fingerprint"/>), kept by the local store as its content hash.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>One vector per sentence, in sentence order; null when the writer ran without embeddings.</summary>
    public IReadOnlyList<ReadOnlyMemory<float>>? Vectors { get; init; }
}

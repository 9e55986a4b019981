namespace NewsBot.Ingestion;

/// <summary>What became of one source: an article, or the reason it was skipped. A failure never aborts a run.</summary>
public sealed record IngestionResult
{
    /// <summary>The file path or corpus record the result is about.</summary>
    public required string Origin { get; init; }

    /// <summary>SHA-256 of the source bytes, hex; identifies the content whatever the file is called.</summary>
    public required string ContentHash { get; init; }

    public Article? Article { get; init; }

    public string? Error { get; init; }

    /// <summary>The story's <see cref="ArticleFingerprint"/>, for an article; null for a failure.</summary>
    public string? Fingerprint { get; init; }

    public bool Succeeded => Article is not null;
}

using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>
/// One article added, changed or removed, as a coverage store applies it. <see cref="Article"/> null means removed.
/// <see cref="Vectors"/>, when given, are the article's sentence vectors in sentence order (one per sentence), so a
/// store fed from elsewhere (a database that already holds them) applies them without running the model; when null
/// the store embeds the sentences itself, through its cache.
/// </summary>
public sealed record CoverageChange
{
    public required string ArticleId { get; init; }

    /// <summary>The article as it now is; null when it was removed.</summary>
    public Article? Article { get; init; }

    /// <summary>What identifies the article's content (its source's hash); compared on the next ingest to tell what changed.</summary>
    public string ContentHash { get; init; } = string.Empty;

    public IReadOnlyList<ReadOnlyMemory<float>>? Vectors { get; init; }

    public bool IsRemoval => Article is null;

    public static CoverageChange Put(Article article, string contentHash, IReadOnlyList<ReadOnlyMemory<float>>? vectors = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new CoverageChange { ArticleId = article.Id, Article = article, ContentHash = contentHash, Vectors = vectors };
    }

    public static CoverageChange Remove(string articleId) => new() { ArticleId = articleId };
}

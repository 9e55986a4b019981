using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>What a load did, against the index served before it: articles by id, and the sources it skipped.</summary>
public sealed record IngestSummary
{
    /// <summary>The content hash of the coverage now served.</summary>
    public required string Version { get; init; }

    /// <summary>Whether a new index was built; false when a persisted one matched the sources.</summary>
    public required bool Rebuilt { get; init; }

    public required IReadOnlyList<string> Added { get; init; }

    public required IReadOnlyList<string> Updated { get; init; }

    public required IReadOnlyList<string> Removed { get; init; }

    public required int Unchanged { get; init; }

    /// <summary>Sources that gave no article, each with its <see cref="IngestionResult.Error"/>.</summary>
    public required IReadOnlyList<IngestionResult> Skipped { get; init; }

    /// <summary>
    /// Sources that repeat a story already indexed from another file: indexed once, remembered in
    /// <see cref="Article.AlsoIn"/>; each with the article it was merged into and <see cref="IngestionResult.Error"/> saying which.
    /// </summary>
    public IReadOnlyList<IngestionResult> Merged { get; init; } = [];

    /// <summary>
    /// Compares article hashes by id: in <paramref name="current"/> only → added; in both with different hashes →
    /// updated; in <paramref name="previous"/> only → removed. Without a previous manifest every article is added.
    /// </summary>
    internal static IngestSummary Compare(IReadOnlyDictionary<string, string>? previous, IReadOnlyDictionary<string, string> current, IReadOnlyList<IngestionResult> skipped, string version, bool rebuilt)
    {
        previous ??= new Dictionary<string, string>();
        return new IngestSummary
        {
            Version = version,
            Rebuilt = rebuilt,
            Added = current.Keys.Where(id => !previous.ContainsKey(id)).Order(StringComparer.Ordinal).ToList(),
            Updated = current.Where(a => previous.TryGetValue(a.Key, out var hash) && !string.Equals(hash, a.Value, StringComparison.Ordinal)).Select(a => a.Key).Order(StringComparer.Ordinal).ToList(),
            Removed = previous.Keys.Where(id => !current.ContainsKey(id)).Order(StringComparer.Ordinal).ToList(),
            Unchanged = current.Count(a => previous.TryGetValue(a.Key, out var hash) && string.Equals(hash, a.Value, StringComparison.Ordinal)),
            Skipped = skipped,
        };
    }
}

using System.Text.Json;

namespace NewsBot.Retrieval;

/// <summary>
/// Written last into a finished index folder: its presence marks the folder complete. <see cref="ArticleHashes"/>
/// (article id → SHA-256 of its source) lets the next ingest tell what was added, updated or removed.
/// </summary>
internal sealed record IndexManifest(string Format, string Version, int Articles, int Sentences, bool Vectors, IReadOnlyDictionary<string, string>? ArticleHashes = null, long Generation = 0)
{
    public const string FileName = "manifest.json";

    /// <summary>The manifest of the most recently completed index under <paramref name="root"/>: the one served last.</summary>
    public static IndexManifest? ReadLatest(string root) => ReadLatestFolder(root)?.Manifest;

    /// <summary>The most recently completed index folder under <paramref name="root"/> with its manifest, or null.</summary>
    public static (string Path, IndexManifest Manifest)? ReadLatestFolder(string root)
    {
        if (!Directory.Exists(root))
        {
            return null;
        }

        var latest = Directory.EnumerateDirectories(root)
            .Select(d => new FileInfo(System.IO.Path.Combine(d, FileName)))
            .Where(f => f.Exists)
            .MaxBy(f => f.LastWriteTimeUtc);
        try
        {
            return latest is not null && JsonSerializer.Deserialize<IndexManifest>(File.ReadAllText(latest.FullName)) is { } manifest
                ? (latest.DirectoryName!, manifest)
                : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return null;
        }
    }
}

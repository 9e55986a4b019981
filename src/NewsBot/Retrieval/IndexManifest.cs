using System.Text.Json;

namespace NewsBot.Retrieval;

/// <summary>
/// Written last into a finished index folder: its presence marks the folder complete. <see cref="ArticleHashes"/>
/// (article id → SHA-256 of its source) lets the next ingest tell what was added, updated or removed.
/// </summary>
internal sealed record IndexManifest(string Format, string Version, int Articles, int Sentences, bool Vectors, IReadOnlyDictionary<string, string>? ArticleHashes = null)
{
    public const string FileName = "manifest.json";

    /// <summary>The manifest of the most recently completed index under <paramref name="root"/>: the one served last.</summary>
    public static IndexManifest? ReadLatest(string root)
    {
        if (!Directory.Exists(root))
        {
            return null;
        }

        var latest = Directory.EnumerateDirectories(root)
            .Select(d => new FileInfo(Path.Combine(d, FileName)))
            .Where(f => f.Exists)
            .MaxBy(f => f.LastWriteTimeUtc);
        try
        {
            return latest is null ? null : JsonSerializer.Deserialize<IndexManifest>(File.ReadAllText(latest.FullName));
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return null;
        }
    }
}

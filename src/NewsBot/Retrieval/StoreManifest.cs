using System.Text.Json;

namespace NewsBot.Retrieval;

/// <summary>
/// The small file that says which generation an <see cref="EmbeddedCoverageStore"/> serves: its Lucene commit (by
/// generation), how many bytes of the article log belong to it, and which vector segments. Everything it names is
/// written and flushed before it; it is written to a temporary file and renamed over the old one, so it flips from one
/// generation to the next in one step, and what a crash left half-written is never named.
/// </summary>
internal sealed record StoreManifest
{
    public const string FileName = "manifest.json";

    public required string Format { get; init; }

    public required long Generation { get; init; }

    /// <summary>The content hash of the articles (and the model) served.</summary>
    public required string Version { get; init; }

    public required bool Vectors { get; init; }

    /// <summary>Bytes of the article log that belong to this generation; anything after them is an unpublished apply.</summary>
    public required long ArticleLogLength { get; init; }

    /// <summary>The vector segments searched, by the generation that wrote each.</summary>
    public required IReadOnlyList<StoredSegment> Segments { get; init; }

    public static StoreManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<StoreManifest>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Write(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, this);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}

using System.Globalization;
using System.Text.Json;

namespace NewsBot.Ingestion;

/// <summary>
/// Reads a <c>.json</c> file holding one article object or an array of them, each in the shared corpus format
/// (see <see cref="JsonLinesArticleReader"/>). Array elements have origins <c>path#1</c>, <c>path#2</c>, …; a bad
/// element is a failure of its own and the others still load.
/// </summary>
public static class JsonArticleReader
{
    public static IReadOnlyList<IngestionResult> Read(string origin, string json, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(json);

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Object => [JsonLinesArticleReader.ReadLine(root.GetRawText(), origin)],
                JsonValueKind.Array when root.GetArrayLength() > 0 => root.EnumerateArray()
                    .Select((element, i) => JsonLinesArticleReader.ReadLine(element.GetRawText(), string.Create(CultureInfo.InvariantCulture, $"{origin}#{i + 1}")))
                    .ToList(),
                _ => [Failure(origin, contentHash, "the JSON holds no article object")],
            };
        }
        catch (JsonException ex)
        {
            return [Failure(origin, contentHash, $"the JSON is malformed: {ex.Message}")];
        }
    }

    private static IngestionResult Failure(string origin, string contentHash, string error) =>
        new() { Origin = origin, ContentHash = contentHash, Error = error };
}

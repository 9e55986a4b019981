using System.Text.Json;
using AngleSharp.Dom;

namespace NewsBot.Ingestion;

/// <summary>
/// What a news page says about itself. JSON-LD (<c>NewsArticle</c>, <c>Article</c>, <c>ReportageNewsArticle</c>, also
/// inside <c>@graph</c>) wins, then Open Graph and <c>article:</c> meta tags, then the markup itself
/// (<c>&lt;h1&gt;</c>, <c>&lt;time datetime&gt;</c>, <c>rel=author</c>, <c>&lt;title&gt;</c>).
/// </summary>
public sealed record HtmlMetadata
{
    public string? Headline { get; init; }

    public DateOnly? Date { get; init; }

    public string? Byline { get; init; }

    public string? Publisher { get; init; }

    public Uri? Url { get; init; }

    /// <summary>Reads the metadata; call before boilerplate removal, which drops the scripts holding JSON-LD.</summary>
    public static HtmlMetadata Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        var ld = document.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonLd(s.TextContent))
            .FirstOrDefault(m => m is not null) ?? new HtmlMetadata();
        return new HtmlMetadata
        {
            Headline = Clean(ld.Headline ?? Meta(document, "og:title") ?? document.QuerySelector("h1")?.TextContent ?? document.Title),
            Date = ld.Date
                ?? MetadataDate.Parse(Meta(document, "article:published_time"))
                ?? MetadataDate.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime")),
            Byline = Clean(ld.Byline ?? Meta(document, "author") ?? Meta(document, "article:author") ?? document.QuerySelector("[rel=author]")?.TextContent),
            Publisher = Clean(ld.Publisher ?? Meta(document, "og:site_name")),
            Url = Absolute(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? Absolute(Meta(document, "og:url")) ?? ld.Url,
        };
    }

    private static HtmlMetadata? JsonLd(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Candidates(document.RootElement).Where(IsArticle).Select(FromJsonLd).FirstOrDefault();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<JsonElement> Candidates(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Candidates),
        JsonValueKind.Object when element.TryGetProperty("@graph", out var graph) => Candidates(graph),
        JsonValueKind.Object => [element],
        _ => [],
    };

    private static bool IsArticle(JsonElement element) =>
        element.TryGetProperty("@type", out var type) &&
        (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()])
            .Any(t => t is "NewsArticle" or "Article" or "ReportageNewsArticle" or "AnalysisNewsArticle" or "BlogPosting");

    private static HtmlMetadata FromJsonLd(JsonElement article) => new()
    {
        Headline = Text(article, "headline") ?? Text(article, "name"),
        Date = MetadataDate.Parse(Text(article, "datePublished") ?? Text(article, "dateCreated")),
        Byline = Names(article, "author"),
        Publisher = Names(article, "publisher"),
        Url = Absolute(Text(article, "url")),
    };

    private static string? Names(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        var names = items
            .Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : Text(i, "name"))
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? Text(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Meta(IDocument document, string name) =>
        document.QuerySelectorAll("meta")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");

    private static Uri? Absolute(string? value) => ArticleUrl.Parse(value);

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

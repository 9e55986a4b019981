using System.Globalization;
using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace NewsBot.Ingestion;

/// <summary>
/// Reads an RSS 2.0 or Atom 1.0 feed: each item is an article with its title, publication (or update) date, link as
/// <see cref="Article.Url"/>, and as text its full content (<c>content:encoded</c> or Atom content), else its
/// description or summary, HTML stripped (see <see cref="HtmlText"/>). An item's id is the feed file's name and a hash
/// of its guid (or link, or title), so it stays stable when the feed gains items. A malformed feed is one failure; an
/// item without text is a failure of its own and the other items still load.
/// </summary>
public static class FeedArticleReader
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static IReadOnlyList<IngestionResult> Read(string fileId, string origin, string xml, string contentHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileId);
        ArgumentNullException.ThrowIfNull(xml);

        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            feed = SyndicationFeed.Load(reader);
        }
        catch (Exception ex) when (ex is XmlException or FormatException)
        {
            return [new IngestionResult { Origin = origin, ContentHash = contentHash, Error = $"the feed is malformed: {ex.Message}" }];
        }

        var items = feed.Items.ToList();
        if (items.Count == 0)
        {
            return [new IngestionResult { Origin = origin, ContentHash = contentHash, Error = "the feed has no items" }];
        }

        return items.Select((item, i) => ReadItem(fileId, string.Create(CultureInfo.InvariantCulture, $"{origin}#{i + 1}"), item, contentHash)).ToList();
    }

    private static IngestionResult ReadItem(string fileId, string origin, SyndicationItem item, string contentHash)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.Links.FirstOrDefault()?.Uri;
        var key = item.Id ?? link?.ToString() ?? item.Title?.Text ?? origin;
        var id = $"{fileId}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12]}";
        var html = Content(item) ?? item.Summary?.Text;
        var text = string.IsNullOrWhiteSpace(html) ? string.Empty : HtmlText.FromFragment(html);
        if (text.Length == 0)
        {
            return new IngestionResult { Origin = origin, ContentHash = contentHash, Error = "the feed item has no text" };
        }

        try
        {
            var article = PlainTextArticleParser.ParseBody(id, origin, text, item.Title?.Text);
            var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            return new IngestionResult
            {
                Origin = origin,
                ContentHash = contentHash,
                Article = article with
                {
                    Date = published != default ? DateOnly.FromDateTime(published.DateTime) : article.Date,
                    Byline = item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
                    Url = ArticleUrl.Safe(link),
                },
            };
        }
        catch (InvalidDataException ex)
        {
            return new IngestionResult { Origin = origin, ContentHash = contentHash, Error = ex.Message };
        }
    }

    private static string? Content(SyndicationItem item)
    {
        if (item.Content is TextSyndicationContent { Text: { Length: > 0 } content })
        {
            return content;
        }

        var encoded = item.ElementExtensions.FirstOrDefault(e => e.OuterName == "encoded" && e.OuterNamespace == ContentModule);
        if (encoded is null)
        {
            return null;
        }

        using var reader = encoded.GetReader();
        return reader.ReadElementContentAsString();
    }
}

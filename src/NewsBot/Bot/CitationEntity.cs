using Microsoft.Bot.Schema;
using NewsBot.Answering;
using NewsBot.Ingestion;
using Newtonsoft.Json.Linq;

namespace NewsBot.Bot;

/// <summary>
/// The root schema.org <c>Message</c> entity that Teams and Web Chat read citations from: one <c>Claim</c> per
/// citation, at the position of its <c>[n]</c> marker, whose <c>appearance</c> names the article (<c>name</c>, at most
/// 80 characters), gives the quote cut to 160 characters (<c>abstract</c>, the Teams pop-up) and whole (<c>text</c>,
/// the Web Chat modal), and links the article (<c>url</c>) when it has an <c>http</c>/<c>https</c> address.
/// <c>additionalType: AIGeneratedContent</c> is the "AI generated" label.
/// </summary>
internal static class CitationEntity
{
    public const string Type = "https://schema.org/Message";
    public const int MaxNameLength = 80;
    public const int MaxAbstractLength = 160;

    /// <param name="citations">The citations, in marker order.</param>
    /// <param name="text">How a quote becomes <c>appearance.text</c> (plain for Teams, Markdown for Web Chat).</param>
    /// <param name="withUrl">Whether an article's address goes into <c>appearance.url</c>.</param>
    public static Entity Create(IEnumerable<Citation> citations, Func<string, string> text, bool withUrl)
    {
        var claims = new JArray();
        foreach (var citation in citations)
        {
            var appearance = new JObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = Name(citation),
                ["abstract"] = CitationText.Truncate(citation.Quote, MaxAbstractLength),
                ["text"] = text(citation.Quote),
            };
            if (withUrl && ArticleUrl.Safe(citation.Url) is { } url)
            {
                appearance["url"] = url.AbsoluteUri;
            }

            claims.Add(new JObject { ["@type"] = "Claim", ["position"] = citation.Number, ["appearance"] = appearance });
        }

        var entity = new Entity(Type);
        entity.Properties["@type"] = "Message";
        entity.Properties["@context"] = "https://schema.org";
        entity.Properties["@id"] = string.Empty;
        entity.Properties["additionalType"] = new JArray("AIGeneratedContent");
        entity.Properties["citation"] = claims;
        return entity;
    }

    /// <summary>The headline, or "Article {id}" when it has none, cut to <see cref="MaxNameLength"/>.</summary>
    public static string Name(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);

        var name = string.IsNullOrWhiteSpace(citation.Headline) ? $"Article {citation.ArticleId}" : citation.Headline;
        return CitationText.Truncate(name, MaxNameLength);
    }
}

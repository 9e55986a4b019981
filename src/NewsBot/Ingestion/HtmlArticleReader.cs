using AngleSharp.Html.Parser;

namespace NewsBot.Ingestion;

/// <summary>
/// Reads a saved news page. The body is the element marked <c>itemprop=articleBody</c>, else the <c>&lt;article&gt;</c>
/// with the most text, else <c>&lt;main&gt;</c>, else <c>&lt;body&gt;</c>, with boilerplate removed (see
/// <see cref="HtmlText"/>). <see cref="Article.Text"/> is that extracted plain text, paragraphs separated by blank lines,
/// and every sentence's offsets point into it, not into the HTML.
/// </summary>
public static class HtmlArticleReader
{
    public static Article Read(string id, string origin, string html)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(html);

        var document = new HtmlParser().ParseDocument(html);
        var metadata = HtmlMetadata.Read(document);
        if (document.Body is not { } body)
        {
            throw new InvalidDataException("The page has no body.");
        }

        HtmlText.RemoveBoilerplate(body);
        var root = body.QuerySelector("[itemprop=articleBody]")
            ?? body.QuerySelectorAll("article").MaxBy(a => a.TextContent.Length)
            ?? body.QuerySelector("main, [role=main]")
            ?? body;

        // Headings are block text too, but the page's <h1> is the headline, not body.
        foreach (var h1 in root.QuerySelectorAll("h1").ToList())
        {
            h1.Remove();
        }

        var text = HtmlText.Extract(root);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidDataException("The page holds no article text.");
        }

        var article = PlainTextArticleParser.ParseBody(id, origin, text, metadata.Headline);
        return article with
        {
            Date = metadata.Date ?? article.Date,
            Byline = metadata.Byline,
            Source = metadata.Publisher ?? article.Source,
            Url = metadata.Url,
        };
    }
}

namespace NewsBot.Ingestion;

/// <summary>
/// Decides a file's format from what it holds first and its extension second, so a page saved as <c>.txt</c> is read
/// as HTML and a feed or JSON file without an extension is still read.
/// <para>
/// Rule: text opening with <c>&lt;!DOCTYPE html</c> or <c>&lt;html</c> is HTML; XML whose first element is
/// <c>&lt;rss</c>, <c>&lt;feed</c> or <c>&lt;rdf:RDF</c> is a feed; text opening with <c>{</c> or <c>[</c> is JSON, or JSON
/// Lines when every non-blank line is an object (or the extension says so). Otherwise the extension decides;
/// an unknown extension with no recognisable content is unsupported.
/// </para>
/// </summary>
public static class ArticleFormatDetector
{
    private static readonly Dictionary<string, ArticleFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = ArticleFormat.PlainText,
        [".text"] = ArticleFormat.PlainText,
        [".md"] = ArticleFormat.Markdown,
        [".markdown"] = ArticleFormat.Markdown,
        [".html"] = ArticleFormat.Html,
        [".htm"] = ArticleFormat.Html,
        [".json"] = ArticleFormat.Json,
        [".jsonl"] = ArticleFormat.JsonLines,
        [".xml"] = ArticleFormat.Feed,
        [".rss"] = ArticleFormat.Feed,
        [".atom"] = ArticleFormat.Feed,
    };

    public static ArticleFormat Detect(string extension, string text)
    {
        ArgumentNullException.ThrowIfNull(extension);
        ArgumentNullException.ThrowIfNull(text);

        var byExtension = ByExtension.GetValueOrDefault(extension, ArticleFormat.Unsupported);
        var head = text.AsSpan().TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return ArticleFormat.Html;
        }

        if (head.StartsWith("<") && IsFeed(head))
        {
            return ArticleFormat.Feed;
        }

        if (head.StartsWith("{") || head.StartsWith("["))
        {
            return byExtension == ArticleFormat.JsonLines || IsJsonLines(text) ? ArticleFormat.JsonLines : ArticleFormat.Json;
        }

        return byExtension;
    }

    private static bool IsFeed(ReadOnlySpan<char> head)
    {
        var prolog = head[..Math.Min(head.Length, 2048)];
        return prolog.Contains("<rss", StringComparison.Ordinal) || prolog.Contains("<feed", StringComparison.Ordinal) || prolog.Contains("<rdf:RDF", StringComparison.Ordinal);
    }

    private static bool IsJsonLines(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count > 1 && lines.All(l => l.StartsWith('{') && l.EndsWith('}'));
    }
}

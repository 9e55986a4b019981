using System.Text.RegularExpressions;

namespace NewsBot.Ingestion;

/// <summary>
/// Reads a Markdown article: optional YAML front matter between <c>---</c> lines (<c>title</c>, <c>date</c>,
/// <c>source</c>, <c>author</c>, <c>url</c>; flat <c>key: value</c> pairs), then the body.
/// <para>
/// Offsets rule: <see cref="Article.Text"/> is the file text as read, not rendered Markdown, so every citation quotes
/// the file. Only the body (after the front matter) is split. A paragraph's leading block marker (<c>## </c>, <c>&gt; </c>,
/// <c>- </c>, <c>1. </c>) is left out of its sentence; nothing inside a sentence is stripped, so inline markup such as
/// <c>*emphasis*</c> stays in the quoted text. The headline is the front matter <c>title</c>, else the first
/// <c># </c> heading, which becomes the headline sentence.
/// </para>
/// </summary>
public static partial class MarkdownArticleParser
{
    public static Article Parse(string id, string origin, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);

        var (fields, bodyStart) = FrontMatter(text);
        var sentences = new List<Sentence>();
        string? headline = fields.GetValueOrDefault("title");
        var paragraph = 0;
        foreach (var range in PlainTextArticleParser.Paragraphs(text[bodyStart..]).Select(r => new TextRange(r.Start + bodyStart, r.Length)))
        {
            var marker = BlockMarker().Match(text, range.Start, range.Length);
            var content = new TextRange(range.Start + marker.Length, range.Length - marker.Length);
            if (content.Length == 0)
            {
                continue;
            }

            var isTitle = marker.Value.StartsWith("# ", StringComparison.Ordinal) && sentences.Count == 0 && !text.AsSpan(content.Start, content.Length).Contains('\n');
            if (isTitle)
            {
                headline ??= text.Substring(content.Start, content.Length);
            }

            PlainTextArticleParser.AddSentences(id, text, content, paragraph++, isTitle ? SentenceRole.Headline : SentenceRole.Body, sentences);
        }

        if (!sentences.Any(s => s.Role == SentenceRole.Body))
        {
            throw new InvalidDataException("The Markdown file holds no body text.");
        }

        return new Article
        {
            Id = id,
            Headline = string.IsNullOrWhiteSpace(headline) ? sentences[0].Text : headline,
            Source = fields.GetValueOrDefault("source"),
            Byline = fields.GetValueOrDefault("author"),
            Date = MetadataDate.Parse(fields.GetValueOrDefault("date")),
            Url = ArticleUrl.Parse(fields.GetValueOrDefault("url")),
            Origin = origin,
            Text = text,
            Sentences = sentences,
        };
    }

    /// <summary>The front matter's fields and where the body starts (0 when there is no front matter).</summary>
    private static (Dictionary<string, string> Fields, int BodyStart) FrontMatter(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var match = FrontMatterBlock().Match(text);
        if (!match.Success)
        {
            return (fields, 0);
        }

        foreach (Match field in Field().Matches(match.Groups["yaml"].Value))
        {
            var value = field.Groups["value"].Value.Trim();
            if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
            {
                value = value[1..^1];
            }

            if (value.Length > 0)
            {
                fields[field.Groups["key"].Value] = value;
            }
        }

        return (fields, match.Length);
    }

    [GeneratedRegex(@"\A\uFEFF?---[ \t]*\r?\n(?<yaml>.*?)\r?\n---[ \t]*(?:\r?\n|\z)", RegexOptions.Singleline)]
    private static partial Regex FrontMatterBlock();

    [GeneratedRegex(@"^(?<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?<value>[^\r\n]*)", RegexOptions.Multiline)]
    private static partial Regex Field();

    // \G anchors at the paragraph start: heading hashes, a quote mark, a bullet or a list number, and the space after.
    [GeneratedRegex(@"\G(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)")]
    private static partial Regex BlockMarker();
}

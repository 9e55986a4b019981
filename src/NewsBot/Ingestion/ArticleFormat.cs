namespace NewsBot.Ingestion;

/// <summary>The formats an article file may be in; see <see cref="ArticleFormatDetector"/>.</summary>
public enum ArticleFormat
{
    Unsupported,
    PlainText,
    Markdown,
    Html,
    Json,
    JsonLines,
    Feed,
}

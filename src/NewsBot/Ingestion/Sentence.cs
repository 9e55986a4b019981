namespace NewsBot.Ingestion;

/// <summary>
/// One sentence of an article, located exactly in the article's source text.
/// <see cref="Start"/> and <see cref="Length"/> count UTF-16 code units of the decoded file text, so
/// <c>article.Text.Substring(Start, Length) == Text</c> always holds.
/// </summary>
public sealed record Sentence
{
    public required string ArticleId { get; init; }

    /// <summary>Zero-based position of the sentence in the article, headline first.</summary>
    public required int Ordinal { get; init; }

    /// <summary>Zero-based paragraph the sentence belongs to.</summary>
    public required int Paragraph { get; init; }

    public required int Start { get; init; }

    public required int Length { get; init; }

    public required string Text { get; init; }

    public required SentenceRole Role { get; init; }

    public int End => Start + Length;

    /// <summary>Stable id: article id and ordinal, e.g. <c>000_7868747c03e97426#12</c>.</summary>
    public string Id => FormatId(ArticleId, Ordinal);

    public static string FormatId(string articleId, int ordinal) => $"{articleId}#{ordinal}";
}

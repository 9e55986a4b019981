using System.Text.Json.Serialization;

namespace NewsBot.Ingestion;

/// <summary>
/// One sentence of an article, located exactly in the article's source text.
/// <see cref="Start"/> and <see cref="Length"/> count UTF-16 code units of the decoded file text, so
/// <c>article.Text.Substring(Start, Length) == Text</c> always holds.
/// </summary>
public sealed record Sentence
{
    private readonly string? _text;

    public required string ArticleId { get; init; }

    /// <summary>Zero-based position of the sentence in the article, headline first.</summary>
    public required int Ordinal { get; init; }

    /// <summary>Zero-based paragraph the sentence belongs to.</summary>
    public required int Paragraph { get; init; }

    public required int Start { get; init; }

    public required int Length { get; init; }

    /// <summary>
    /// The exact text. A parser gives <see cref="Source"/> instead and the text is cut from it when asked for, so a corpus
    /// keeps every article's text once rather than twice (at 3.5 million sentences the copies were a gigabyte).
    /// </summary>
    public string Text
    {
        get => _text ?? Source?.Substring(Start, Length) ?? throw new InvalidOperationException($"Sentence {Id} has neither text nor source.");
        init => _text = value;
    }

    /// <summary>The article's whole text, which <see cref="Text"/> is cut from when it was not given itself.</summary>
    [JsonIgnore]
    public string? Source { get; init; }

    public required SentenceRole Role { get; init; }

    public int End => Start + Length;

    /// <summary>Stable id: article id and ordinal, e.g. <c>000_7868747c03e97426#12</c>.</summary>
    public string Id => FormatId(ArticleId, Ordinal);

    public static string FormatId(string articleId, int ordinal) => $"{articleId}#{ordinal}";
}

using NewsBot.Ingestion;

namespace NewsBot.Answering;

/// <summary>
/// Where one statement of an answer comes from: the exact sentence, quoted, and where it sits in its article.
/// <c>article.Text.Substring(Start, End - Start) == Quote</c> always holds.
/// </summary>
public sealed record Citation
{
    /// <summary>The marker number, as written <c>[n]</c> in the answer text.</summary>
    public required int Number { get; init; }

    public required string ArticleId { get; init; }

    public required int SentenceOrdinal { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Quote { get; init; }

    public required string Headline { get; init; }

    public string? Source { get; init; }

    public DateOnly? Date { get; init; }

    public Uri? Url { get; init; }

    public string SentenceId => Sentence.FormatId(ArticleId, SentenceOrdinal);

    /// <summary>Cites <paramref name="sentence"/> of <paramref name="article"/> verbatim, as marker <paramref name="number"/>.</summary>
    /// <summary>Other sources that carried the same story word for word (file paths or corpus records).</summary>
    public IReadOnlyList<string> AlsoIn { get; init; } = [];

    public static Citation Create(int number, Article article, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentence);

        return new Citation
        {
            Number = number,
            ArticleId = article.Id,
            SentenceOrdinal = sentence.Ordinal,
            Start = sentence.Start,
            End = sentence.End,
            Quote = sentence.Text,
            Headline = article.Headline,
            Source = article.Source,
            Date = article.Date,
            Url = article.Url,
            AlsoIn = article.AlsoIn,
        };
    }
}

using System.Globalization;

namespace NewsBot.Answering;

/// <summary>Plain-text renderings of a citation, shared by the channel renderers and the command line.</summary>
public static class CitationText
{
    private static readonly System.Buffers.SearchValues<char> QuotationMarks = System.Buffers.SearchValues.Create("\"“”„«»");

    public static string Truncate(string text, int maxLength)
    {
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= maxLength ? flat : string.Concat(flat.AsSpan(0, maxLength - 1).TrimEnd(), "…");
    }

    /// <summary>
    /// The quote in curly quotation marks, unless it holds quotation marks of its own (<c>"We put…," he said.</c>):
    /// then it stands as it is, since marks around marks (<c>“"We put…"”</c>) read as a mistake.
    /// </summary>
    public static string Quoted(string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);

        return quote.AsSpan().IndexOfAny(QuotationMarks) >= 0 ? quote : $"“{quote}”";
    }

    /// <summary>"TASS, 17 January 2022": the source and date, whichever are known.</summary>
    public static string Byline(Citation citation)
    {
        var parts = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(citation.Source))
        {
            parts.Add(citation.Source);
        }

        if (citation.Date is { } date)
        {
            parts.Add(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        }

        return string.Join(", ", parts);
    }

    /// <summary>"000_7868747c03e97426, sentence 12, characters 1570–1781".</summary>
    public static string Location(Citation citation) =>
        string.Create(CultureInfo.InvariantCulture, $"{citation.ArticleId}, sentence {citation.SentenceOrdinal}, characters {citation.Start}–{citation.End}");
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Ingestion;

/// <summary>
/// Reads a plain-text news article: optional section labels, a headline, an optional standfirst, then body
/// paragraphs, the first of which may open with a dateline (<c>OTTAWA, January 17. /TASS/.</c>). Paragraphs are
/// separated by blank lines. Every sentence keeps its exact offsets in the original text.
/// <para>
/// Layout rule: the paragraphs before the dateline paragraph are the preamble; one- and two-word paragraphs that open
/// it are section labels (<c>All news</c>) and are dropped; the next is the headline, the one after it the standfirst.
/// Without a dateline, a first paragraph without final punctuation is the headline.
/// </para>
/// <para>
/// Date rule: a dateline without a year takes the earliest year that puts it on or after every fully dated mention
/// in the text (news reports the past), e.g. <c>January 17</c> with <c>December 17, 2021</c> in the text is 2022-01-17.
/// </para>
/// </summary>
public static partial class PlainTextArticleParser
{
    private const int DatelineSearchParagraphs = 6;
    private const int MaxHeadlineLength = 300;

    public static Article Parse(string id, string origin, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);

        var paragraphs = Paragraphs(text);
        if (paragraphs.Count == 0)
        {
            throw new InvalidDataException("The file holds no text.");
        }

        Dateline? dateline = null;
        var bodyStart = -1;
        for (var p = 0; p < Math.Min(paragraphs.Count, DatelineSearchParagraphs) && dateline is null; p++)
        {
            dateline = DatelineParser.Parse(text, paragraphs[p].Start);
            bodyStart = dateline is null ? -1 : p;
        }

        var preamble = bodyStart >= 0 ? paragraphs[..bodyStart] : LeadingHeadline(text, paragraphs);
        while (preamble.Count > 1 && WordCount(text, preamble[0]) <= 2)
        {
            preamble = preamble[1..];
        }

        var sentences = new List<Sentence>();
        var firstBody = bodyStart >= 0 ? bodyStart : preamble.Count == 0 ? 0 : paragraphs.IndexOf(preamble[^1]) + 1;
        for (var p = 0; p < preamble.Count; p++)
        {
            var role = p == 0 ? SentenceRole.Headline : SentenceRole.Standfirst;
            AddSentences(id, text, preamble[p], paragraphs.IndexOf(preamble[p]), role, sentences);
        }

        for (var p = firstBody; p < paragraphs.Count; p++)
        {
            var range = paragraphs[p];
            if (p == bodyStart && dateline is not null)
            {
                range = new TextRange(dateline.End, range.End - dateline.End);
            }

            AddSentences(id, text, range, p, SentenceRole.Body, sentences);
        }

        if (sentences.Count == 0)
        {
            throw new InvalidDataException("The file holds no sentences.");
        }

        var headline = preamble.Count > 0 ? Slice(text, preamble[0]) : sentences[0].Text;
        return new Article
        {
            Id = id,
            Headline = headline,
            Standfirst = preamble.Count > 1 ? Slice(text, preamble[1]) : null,
            Dateline = dateline,
            Source = dateline?.Agency,
            Date = dateline is null ? null : DatelineDate(dateline, text),
            Origin = origin,
            Text = text,
            Sentences = sentences,
        };
    }

    /// <summary>
    /// Parses text that is all body, its headline known from metadata (a corpus record): a dateline may open the
    /// first paragraph; every paragraph is split into sentences. Without a headline the first sentence stands in.
    /// </summary>
    public static Article ParseBody(string id, string origin, string text, string? headline)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);

        var paragraphs = Paragraphs(text);
        var dateline = paragraphs.Count > 0 ? DatelineParser.Parse(text, paragraphs[0].Start) : null;
        var sentences = new List<Sentence>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var range = p == 0 && dateline is not null ? new TextRange(dateline.End, paragraphs[0].End - dateline.End) : paragraphs[p];
            AddSentences(id, text, range, p, SentenceRole.Body, sentences);
        }

        if (sentences.Count == 0)
        {
            throw new InvalidDataException("The article holds no sentences.");
        }

        return new Article
        {
            Id = id,
            Headline = string.IsNullOrWhiteSpace(headline) ? sentences[0].Text : headline.Trim(),
            Dateline = dateline,
            Source = dateline?.Agency,
            Date = dateline is null ? null : DatelineDate(dateline, text),
            Origin = origin,
            Text = text,
            Sentences = sentences,
        };
    }

    private static List<TextRange> LeadingHeadline(string text, List<TextRange> paragraphs)
    {
        var first = paragraphs[0];
        var last = text[first.End - 1];
        var isHeadline = paragraphs.Count > 1 && first.Length <= MaxHeadlineLength && last is not ('.' or '!' or '?' or '"' or '”');
        return isHeadline ? [first] : [];
    }

    internal static void AddSentences(string articleId, string text, TextRange paragraph, int paragraphIndex, SentenceRole role, List<Sentence> sentences)
    {
        var ranges = (role == SentenceRole.Headline ? [paragraph] : SentenceSplitter.Split(text, paragraph.Start, paragraph.Length).SelectMany(r => PageFurniture.Split(text, r)))
            .SelectMany(r => LongSentenceSplitter.Split(text, r));
        foreach (var range in ranges)
        {
            sentences.Add(new Sentence
            {
                ArticleId = articleId,
                Ordinal = sentences.Count,
                Paragraph = paragraphIndex,
                Start = range.Start,
                Length = range.Length,
                Source = text,
                Role = role,
            });
        }
    }

    /// <summary>Blocks of text separated by blank lines, trimmed.</summary>
    internal static List<TextRange> Paragraphs(string text)
    {
        var paragraphs = new List<TextRange>();
        var start = 0;
        foreach (Match blank in BlankLines().Matches(text))
        {
            TextRange.AddTrimmed(text, start, blank.Index, paragraphs);
            start = blank.Index + blank.Length;
        }

        TextRange.AddTrimmed(text, start, text.Length, paragraphs);
        return paragraphs;
    }

    private static DateOnly? DatelineDate(Dateline dateline, string text)
    {
        if (dateline.Year is { } year)
        {
            return TryDate(year, dateline.Month, dateline.Day);
        }

        var latest = DateOnly.MinValue;
        foreach (Match m in FullDates().Matches(text))
        {
            var month = DateTime.ParseExact(m.Groups["month"].Value[..3], "MMM", CultureInfo.InvariantCulture).Month;
            var mentioned = TryDate(int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture), month, int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture));
            if (mentioned > latest)
            {
                latest = mentioned.Value;
            }
        }

        if (latest == DateOnly.MinValue)
        {
            return null;
        }

        var candidate = TryDate(latest.Year, dateline.Month, dateline.Day);
        return candidate is { } c && c >= latest ? c : TryDate(latest.Year + 1, dateline.Month, dateline.Day);
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int WordCount(string text, TextRange range) =>
        text.AsSpan(range.Start, range.Length).Count(' ') + 1;

    private static string Slice(string text, TextRange range) => text.Substring(range.Start, range.Length);

    [GeneratedRegex(@"\n[ \t\r]*\n\s*")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\b(?<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.? (?<day>\d{1,2}), (?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FullDates();
}

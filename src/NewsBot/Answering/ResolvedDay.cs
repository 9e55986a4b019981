using System.Globalization;
using NewsBot.Dates;
using NewsBot.Ingestion;

namespace NewsBot.Answering;

/// <summary>
/// The calendar day, week, month or year a quoted sentence means by a date it gives relative to its article ("on
/// Tuesday", "yesterday", "last week", "this weekend", "last month"), counted from the article's date as ingestion
/// reads it (the latest such day on or before it, a later one in a clause about the future). A reader who asks for a
/// date and is shown "on Tuesday" or "this week" has to work the date out; the answer says it, next to the citation it
/// is read from.
/// </summary>
public sealed record ResolvedDay
{
    /// <summary>The relative date as the sentence writes it ("this month", "Tuesday").</summary>
    public required string Mention { get; init; }

    /// <summary>The date it stands for (<see cref="Span(DateMention)"/>: "June 2022", "28 June 2022").</summary>
    public required string Date { get; init; }

    /// <summary>The article's date it is counted from.</summary>
    public required DateOnly Published { get; init; }

    /// <summary>"June 2022, counted from the article's date, 12 June 2022": what the mention reads as, and why.</summary>
    public string Reading => string.Create(CultureInfo.InvariantCulture, $"{Date}, counted from the article's date, {Published:d MMMM yyyy}");

    /// <summary>
    /// The date <paramref name="sentence"/>'s one relative date mention stands for; null when its article has no date,
    /// or the sentence names no such date or more than one, or writes its date out ("17 December" needs no reading).
    /// </summary>
    public static ResolvedDay? Of(Article article, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentence);

        if (article.Date is not { } published)
        {
            return null;
        }

        var dates = DateRecognizer.Recognize(sentence.Text, published)
            .Where(m => m is { From: not null, To: not null } && !m.Text.Any(char.IsAsciiDigit))
            .DistinctBy(m => (m.From, m.To))
            .ToList();
        return dates is [var date] ? new ResolvedDay { Mention = date.Text, Date = Span(date), Published = published } : null;
    }

    /// <summary>A note naming the date the mention stands for, cited as <paramref name="citation"/>.</summary>
    public string Note(int citation) => string.Create(CultureInfo.InvariantCulture, $"(\"{Mention}\" in [{citation}] is {Reading}.)");

    /// <summary>"28 June 2022", "the week of 16–22 May 2022", "April 2022", "2021", "30 April – 1 May 2022".</summary>
    private static string Span(DateMention date)
    {
        var (from, to) = (date.From!.Value, date.To!.Value);
        var span = from == to ? from.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : date.Precision == DatePrecision.Month ? from.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
            : date.Precision == DatePrecision.Year ? from.ToString("yyyy", CultureInfo.InvariantCulture)
            : from.Year != to.Year ? string.Create(CultureInfo.InvariantCulture, $"{from:d MMMM yyyy} – {to:d MMMM yyyy}")
            : from.Month != to.Month ? string.Create(CultureInfo.InvariantCulture, $"{from:d MMMM} – {to:d MMMM yyyy}")
            : string.Create(CultureInfo.InvariantCulture, $"{from:%d}–{to:d MMMM yyyy}");
        return date.Precision == DatePrecision.Week ? "the week of " + span : span;
    }
}

using System.Globalization;
using NewsBot.Dates;
using NewsBot.Ingestion;

namespace NewsBot.Answering;

/// <summary>
/// The calendar day a quoted sentence means by a day it names relative to its article ("on Tuesday", "yesterday"),
/// counted from the article's date as ingestion reads it (the latest such day on or before it, a later one in a clause
/// about the future). A reader who asks for a date and is shown "on Tuesday" has to work the day out; the answer says it,
/// next to the citation it is read from.
/// </summary>
public static class ResolvedDay
{
    /// <summary>
    /// A note naming the day <paramref name="sentence"/>'s one relative day mention stands for, cited as
    /// <paramref name="citation"/>; null when its article has no date, or the sentence names no such day or more than one,
    /// or writes its day out ("17 December" needs no reading).
    /// </summary>
    public static string? Note(Article article, Sentence sentence, int citation)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentence);

        if (article.Date is not { } published)
        {
            return null;
        }

        var days = DateRecognizer.Recognize(sentence.Text, published)
            .Where(m => m.Precision == DatePrecision.Day && m.From is not null && m.From == m.To && !m.Text.Any(char.IsAsciiDigit))
            .DistinctBy(m => m.From)
            .ToList();
        return days is [var day]
            ? string.Create(CultureInfo.InvariantCulture, $"(\"{day.Text}\" in [{citation}] is {day.From:d MMMM yyyy}, counted from the article's date, {published:d MMMM yyyy}.)")
            : null;
    }
}

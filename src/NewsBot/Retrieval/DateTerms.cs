using System.Globalization;
using NewsBot.Dates;
using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>
/// The days a sentence speaks of, as index terms, so a question's date can find the sentences that mean that day
/// whatever words they use for it ("on Tuesday" in a story dated Thursday 19 May 2022 is the 17th).
/// <para>
/// At ingestion each date expression of a sentence is resolved against its article's publication date
/// (<see cref="DateRecognizer"/>: weekdays, "yesterday", "last weekend", dates without a year, …). Every day of a
/// resolved range of at most <see cref="MaxDays"/> days gives two terms: <c>d20220517</c> (the day) and <c>m0517</c>
/// (the calendar day in any year, for questions that give no year). A question's day, or its calendar day when it
/// names no year, is looked up the same way. Months, years and longer ranges give no terms: they hold too many
/// sentences to pick one out.
/// </para>
/// </summary>
public static class DateTerms
{
    public const int MaxDays = 3;

    public static IEnumerable<string> OfSentence(Article article, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentence);

        return DateRecognizer.Recognize(sentence.Text, article.Date)
            .Where(m => m is { From: not null, To: not null })
            .SelectMany(m => Days(m.From!.Value, m.To!.Value))
            .SelectMany(day => new[] { Day(day), CalendarDay(day.Month, day.Day) })
            .Distinct(StringComparer.Ordinal);
    }

    public static IReadOnlyList<string> OfQuestion(IReadOnlyList<DateMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);

        return mentions
            .SelectMany(m => m switch
            {
                { From: { } from, To: { } to } => Days(from, to).Select(Day),
                { Month: { } month, Day: { } day } => [CalendarDay(month, day)],
                _ => [],
            })
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The question with each day it names (one that gives <see cref="OfQuestion"/> terms) blanked: the date field
    /// finds that day however a sentence writes it, so its words ("4 March") are not searched as text too, where they
    /// would favour the sentences that write the day out over those that say "on Friday".
    /// </summary>
    public static string WithoutDays(string question, IReadOnlyList<DateMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(mentions);

        var blanked = question;
        foreach (var mention in mentions.Where(m => OfQuestion([m]).Count > 0 && m.Start + m.Length <= question.Length))
        {
            blanked = string.Concat(blanked.AsSpan(0, mention.Start), new string(' ', mention.Length), blanked.AsSpan(mention.Start + mention.Length));
        }

        return blanked;
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        if (to.DayNumber - from.DayNumber + 1 > MaxDays)
        {
            yield break;
        }

        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private static string Day(DateOnly day) => "d" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string CalendarDay(int month, int day) => string.Create(CultureInfo.InvariantCulture, $"m{month:00}{day:00}");
}

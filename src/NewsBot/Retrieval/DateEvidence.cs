using NewsBot.Dates;
using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>
/// How well a sentence's dates match the dates a question names.
/// <para>
/// E(q, s) = max over question mentions m and sentence mentions d of DateMatch.Containment(m, d) (how much of the
/// sentence's date lies inside the asked one), the sentence's mentions resolved
/// against its article's publication date ("on Sunday" in a story dated Monday 17 January 2022 is 16 January). A
/// sentence that names no date falls back to its article's publication date at half weight, so a question about
/// "January 17" still prefers the coverage published that day.
/// </para>
/// <para>
/// Question dates are read without a reference date: a question typed today about "December 17" means the date in
/// the coverage, whatever the year. Against each article it means the December 17 nearest that article's publication
/// date (the year rule of <see cref="DateResolver"/>, the one the article's own year-less dates follow), so a story of
/// 23 June 2022 answers "on 22 June" with what happened the day before, not with a "22 June 1941" it recalls.
/// </para>
/// </summary>
public static class DateEvidence
{
    private const double PublicationDateWeight = 0.5;

    public static IReadOnlyList<DateMention> InQuestion(string question) =>
        DateRecognizer.Recognize(question, reference: null).Where(m => m.IsResolved || m.Month is not null).ToList();

    public static double Score(IReadOnlyList<DateMention> question, Article article, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentence);

        if (question.Count == 0)
        {
            return 0;
        }

        if (article.Date is { } reference)
        {
            question = question.Select(asked => InNearestYear(asked, reference)).ToList();
        }

        var best = 0.0;
        var mentions = DateRecognizer.Recognize(sentence.Text, article.Date);
        foreach (var mention in mentions)
        {
            foreach (var asked in question)
            {
                best = Math.Max(best, DateMatch.Containment(asked, mention));
            }
        }

        if (mentions.Count == 0 && article.Date is { } published)
        {
            var day = new DateMention { Text = string.Empty, Start = 0, Length = 0, Precision = DatePrecision.Day, From = published, To = published, IsYearExplicit = true, Month = published.Month, Day = published.Day };
            best = question.Max(asked => DateMatch.Containment(asked, day)) * PublicationDateWeight;
        }

        return best;
    }

    /// <summary>
    /// True when the question names a day and <paramref name="sentence"/> names days, each of them another one: "the
    /// strike on 3 March" is not reported by a sentence about a strike "on Wednesday" that was the 2nd. A sentence that
    /// names no day, or names a week, month or year only, speaks of no other day.
    /// </summary>
    public static bool NamesOtherDays(IReadOnlyList<DateMention> question, string sentence, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sentence);

        var days = question.Where(m => m.Precision == DatePrecision.Day).ToList();
        if (days.Count == 0)
        {
            return false;
        }

        if (published is { } reference)
        {
            days = days.Select(asked => InNearestYear(asked, reference)).ToList();
        }

        var mentions = DateRecognizer.Recognize(sentence, published);
        return mentions.Any(m => m is { Precision: DatePrecision.Day, From: not null })
            && !mentions.Any(m => days.Any(asked => DateMatch.Containment(asked, m) > 0));
    }

    /// <summary>A question's year-less day or month placed in the year nearest <paramref name="reference"/>; others as they are.</summary>
    private static DateMention InNearestYear(DateMention asked, DateOnly reference) =>
        asked is { From: null, Month: { } month } && DateResolver.InNearestYear(month, asked.Day ?? 1, asked.Day, reference) is { } range
            ? asked with { From = range.From, To = range.To }
            : asked;
}

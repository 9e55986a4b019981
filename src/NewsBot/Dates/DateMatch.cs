namespace NewsBot.Dates;

/// <summary>
/// How well a date in a candidate passage matches a date in the question, as ranking evidence.
/// <para>
/// Score = |Q ∩ C| / |Q ∪ C|, the Jaccard index of the two inclusive day ranges counted in days:
/// 1 for the same day or range, 0 for disjoint ranges, and in between by how specific the overlap is
/// (a day within its month scores 1/31, a month within its year 31/365, "mid-December" against December 17 1/10).
/// </para>
/// <para>
/// A question names its date without a year ("on 17 May") and so is left unresolved, while a candidate's dates are
/// resolved against its article's publication date ("on Tuesday" in a story of Thursday 19 May 2022 is 17 May 2022,
/// though the sentence names no month). The unresolved side is then placed in each year the resolved side spans and
/// the best of those is taken, so "17 May" matches that Tuesday. When both are unresolved but both name a month, both
/// are placed in the leap year 2000 (a named day as that day, otherwise the whole month). Otherwise an unresolved
/// mention scores 0.
/// </para>
/// </summary>
public static class DateMatch
{
    private const int YearlessYear = 2000;

    public static double Score(DateMention question, DateMention candidate)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(candidate);

        return Compare(question, candidate, Jaccard);
    }

    /// <summary>
    /// How much of the candidate's range lies inside the question's: |Q ∩ C| / |C|. A question about "mid-December"
    /// fully contains "December 17" (1), while "December 17" covers only 1/31 of a candidate that says "December".
    /// Used to boost ranking, where a more specific candidate inside the asked range is exactly what is wanted.
    /// </summary>
    public static double Containment(DateMention question, DateMention candidate)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(candidate);

        return Compare(question, candidate, Contained);
    }

    /// <summary>The measure over the days each side names, an unresolved side placed as the class remarks say.</summary>
    private static double Compare(DateMention question, DateMention candidate, Func<DateOnly, DateOnly, DateOnly, DateOnly, double> measure)
    {
        if (candidate is { From: { } cFrom, To: { } cTo })
        {
            return question is { From: { } resolvedFrom, To: { } resolvedTo }
                ? measure(resolvedFrom, resolvedTo, cFrom, cTo)
                : InYearsOf(question, cFrom, cTo).Max(q => (double?)measure(q.From, q.To, cFrom, cTo)) ?? 0;
        }

        if (question is { From: { } qFrom, To: { } qTo })
        {
            return InYearsOf(candidate, qFrom, qTo).Max(c => (double?)measure(qFrom, qTo, c.From, c.To)) ?? 0;
        }

        return Yearless(question) is { } q && Yearless(candidate) is { } c ? measure(q.From, q.To, c.From, c.To) : 0;
    }

    /// <summary>An unresolved mention's month (or day of it) placed in each year of a resolved range.</summary>
    private static IEnumerable<(DateOnly From, DateOnly To)> InYearsOf(DateMention mention, DateOnly from, DateOnly to)
    {
        if (mention.Month is not { } month)
        {
            yield break;
        }

        for (var year = from.Year; year <= to.Year; year++)
        {
            if (DateResolver.InYear(year, month, mention.Day ?? 1, mention.Day) is { } range)
            {
                yield return range;
            }
        }
    }

    private static double Contained(DateOnly qFrom, DateOnly qTo, DateOnly cFrom, DateOnly cTo)
    {
        var intersection = Math.Min(qTo.DayNumber, cTo.DayNumber) - Math.Max(qFrom.DayNumber, cFrom.DayNumber) + 1;
        return intersection <= 0 ? 0 : (double)intersection / (cTo.DayNumber - cFrom.DayNumber + 1);
    }

    private static double Jaccard(DateOnly aFrom, DateOnly aTo, DateOnly bFrom, DateOnly bTo)
    {
        var intersection = Math.Min(aTo.DayNumber, bTo.DayNumber) - Math.Max(aFrom.DayNumber, bFrom.DayNumber) + 1;
        if (intersection <= 0)
        {
            return 0;
        }

        var union = Math.Max(aTo.DayNumber, bTo.DayNumber) - Math.Min(aFrom.DayNumber, bFrom.DayNumber) + 1;
        return (double)intersection / union;
    }

    private static (DateOnly From, DateOnly To)? Yearless(DateMention mention) => mention.Month is { } month
        ? DateResolver.InYear(YearlessYear, month, mention.Day ?? 1, mention.Day)
        : null;
}

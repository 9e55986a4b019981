namespace NewsBot.Dates;

/// <summary>
/// Turns what a date expression names into an inclusive day range, given the reference date R
/// (the article's publication date, or the day a question is asked). News reports past events, so rules lean to the past.
/// <list type="bullet">
/// <item>No year ("December 17", "mid-December", "December"): of the candidate years R.Year−1, R.Year and R.Year+1,
/// pick the one whose range is nearest R, where distance = 0 if the range contains R, R − To for a past range, and
/// 2 × (From − R) for a future range; ties go to the earlier year. A future reading therefore wins only when it is less
/// than half as far as the past one, i.e. up to about four months ahead: on 2022-01-17 "December 17" is 2021-12-17
/// (31 days back against 2 × 334 ahead); on 2021-12-30 "January 3" is 2022-01-03 (2 × 4 ahead against 361 back).</item>
/// <item>Weekday ("on Sunday", "Sunday"): the latest such day on or before R. Wire copy names the dateline day itself by
/// its weekday ("said on Monday" in a Monday story), and the day before is the common case: a story datelined Monday
/// 2022-01-17 saying "aired on Sunday" means 2022-01-16. "last Sunday" is strictly before R, "next Sunday" strictly
/// after R, "this Sunday" the Sunday of R's week. In a clause about the future ("will meet on Friday", "is expected to
/// speak on Friday", see <see cref="DateContext.FollowsFutureMarker"/>) a weekday is the first such day on or after R.</item>
/// <item>Weeks run Monday–Sunday (ISO 8601). "this week" is R's week, "last week" the one before, "next week" the one after.</item>
/// <item>"the weekend": the latest Saturday–Sunday whose Saturday is on or before R (on a weekend, that weekend);
/// "last weekend": the latest Saturday–Sunday whose Sunday is strictly before R; "this weekend": the Saturday–Sunday of
/// R's week; "next weekend": the one after that.</item>
/// <item>"yesterday" = R − 1, "today" = R, "tomorrow" = R + 1; "last/this/next month" and "year" are calendar months and years.
/// "last night", "the day before", "a day earlier" and "the previous day" = R − 1 (news counts back from the story's
/// day); "tonight", "this morning/afternoon/evening" = R; "n days ago" = R − n.</item>
/// <item>Parts of a month: early = days 1–10, mid = 11–20, late = 21–end ("beginning/start of" = early,
/// "middle of" = mid, "end of" = late). Parts of a year: early = January–April, mid = May–August, late = September–December.</item>
/// </list>
/// </summary>
internal static class DateResolver
{
    /// <summary>How much farther a future date counts than a past one when inferring a missing year.</summary>
    public const int FutureDistanceWeight = 2;

    /// <summary>Days <paramref name="firstDay"/>..<paramref name="lastDay"/> (null = to month end) of a month, in the nearest year.</summary>
    public static (DateOnly From, DateOnly To)? InNearestYear(int month, int firstDay, int? lastDay, DateOnly reference)
    {
        (DateOnly From, DateOnly To)? best = null;
        var bestDistance = int.MaxValue;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            if (InYear(year, month, firstDay, lastDay) is not { } range)
            {
                continue;
            }

            var distance = Distance(range.From, range.To, reference);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (range, distance);
            }
        }

        return best;
    }

    /// <summary>Days <paramref name="firstDay"/>..<paramref name="lastDay"/> (null = to month end) of a month; null if the days do not exist.</summary>
    public static (DateOnly From, DateOnly To)? InYear(int year, int month, int firstDay, int? lastDay)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12)
        {
            return null;
        }

        var daysInMonth = DateTime.DaysInMonth(year, month);
        var last = lastDay ?? daysInMonth;
        if (firstDay < 1 || last > daysInMonth || last < firstDay)
        {
            return null;
        }

        return (new DateOnly(year, month, firstDay), new DateOnly(year, month, last));
    }

    /// <summary>Month-part bounds: early → (1, 10), mid → (11, 20), late → (21, month end = null).</summary>
    public static (int FirstDay, int? LastDay) MonthPart(string part) => PartIndex(part) switch
    {
        0 => (1, 10),
        1 => (11, 20),
        _ => (21, null),
    };

    /// <summary>Year-part bounds: early → January–April, mid → May–August, late → September–December.</summary>
    public static (DateOnly From, DateOnly To) YearPart(int year, string part)
    {
        var firstMonth = 1 + (4 * PartIndex(part));
        var from = new DateOnly(year, firstMonth, 1);
        return (from, from.AddMonths(4).AddDays(-1));
    }

    /// <summary>The modifier for a weekday the sentence puts in the future ("will meet on Friday"): that day or the next one after R.</summary>
    public const string Upcoming = "UPCOMING";

    public static DateOnly Weekday(DayOfWeek day, string? modifier, DateOnly reference)
    {
        var back = ((int)reference.DayOfWeek - (int)day + 7) % 7;
        var ahead = ((int)day - (int)reference.DayOfWeek + 7) % 7;
        return modifier?.ToUpperInvariant() switch
        {
            "LAST" => reference.AddDays(back == 0 ? -7 : -back),
            "NEXT" => reference.AddDays(ahead == 0 ? 7 : ahead),
            Upcoming => reference.AddDays(ahead),
            "THIS" => WeekStart(reference).AddDays(((int)day + 6) % 7),
            _ => reference.AddDays(-back),
        };
    }

    /// <summary>Resolves "yesterday", "last week", "this month", "the weekend" and the like; null if not a date expression.</summary>
    public static (DateOnly From, DateOnly To, DatePrecision Precision)? Relative(string? word, string? modifier, string? unit, DateOnly reference)
    {
        var shift = modifier?.ToUpperInvariant() switch
        {
            "LAST" => -1,
            "NEXT" => 1,
            _ => 0,
        };
        var key = word is null ? unit?.ToUpperInvariant() : string.Join(' ', word.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (key is not null && key.EndsWith(" DAYS AGO", StringComparison.Ordinal))
        {
            var back = DaysBack(key[..key.IndexOf(' ', StringComparison.Ordinal)]);
            return (reference.AddDays(-back), reference.AddDays(-back), DatePrecision.Day);
        }

        switch (key)
        {
            case "YESTERDAY" or "LAST NIGHT" or "THE PREVIOUS DAY"
                or "THE DAY BEFORE" or "A DAY BEFORE" or "ONE DAY BEFORE" or "THE DAY EARLIER" or "A DAY EARLIER" or "ONE DAY EARLIER":
                return (reference.AddDays(-1), reference.AddDays(-1), DatePrecision.Day);
            case "TODAY" or "TONIGHT" or "THIS MORNING" or "THIS AFTERNOON" or "THIS EVENING":
                return (reference, reference, DatePrecision.Day);
            case "TOMORROW":
                return (reference.AddDays(1), reference.AddDays(1), DatePrecision.Day);
            case "WEEK":
                var week = WeekStart(reference).AddDays(7 * shift);
                return (week, week.AddDays(6), DatePrecision.Week);
            case "MONTH":
                var month = new DateOnly(reference.Year, reference.Month, 1).AddMonths(shift);
                return (month, month.AddMonths(1).AddDays(-1), DatePrecision.Month);
            case "YEAR":
                var year = reference.Year + shift;
                return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);
            case "WEEKEND":
                var saturday = Weekend(modifier, reference);
                return (saturday, saturday.AddDays(1), DatePrecision.Range);
            default:
                return null;
        }
    }

    private static int DaysBack(string count) => count switch
    {
        "TWO" => 2,
        "THREE" => 3,
        "FOUR" => 4,
        "FIVE" => 5,
        "SIX" => 6,
        "SEVEN" => 7,
        _ => int.Parse(count, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Monday of the ISO week containing <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly Weekend(string? modifier, DateOnly reference) => modifier?.ToUpperInvariant() switch
    {
        "LAST" => Weekday(DayOfWeek.Sunday, "LAST", reference).AddDays(-1),
        "THIS" => WeekStart(reference).AddDays(5),
        "NEXT" => WeekStart(reference).AddDays(12),
        _ => Weekday(DayOfWeek.Saturday, null, reference),
    };

    private static int Distance(DateOnly from, DateOnly to, DateOnly reference) =>
        reference < from ? FutureDistanceWeight * (from.DayNumber - reference.DayNumber)
        : reference > to ? reference.DayNumber - to.DayNumber
        : 0;

    private static int PartIndex(string part)
    {
        var normalized = part.ToUpperInvariant();
        return normalized.StartsWith("EARLY", StringComparison.Ordinal) || normalized.Contains("BEGINNING", StringComparison.Ordinal)
            || normalized.Contains("START", StringComparison.Ordinal) ? 0
            : normalized.StartsWith("MID", StringComparison.Ordinal) || normalized.Contains("MIDDLE", StringComparison.Ordinal) ? 1
            : 2;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Dates;

/// <summary>
/// Finds date expressions in questions and article text and resolves them to inclusive day ranges.
/// <para>
/// Every pattern in <see cref="DateGrammar"/> proposes candidates; <see cref="DateContext"/> rejects those that do not read
/// as dates; overlaps are settled longest first (so "December 17, 2021" beats "December" and "2021"), ties to the earlier
/// start. A day-level form that is rejected ("February 30", "march 17 km") also rules out the shorter forms inside it,
/// so "February" or "2021" do not surface from a date that is not one. Resolution against the reference date follows <see cref="DateResolver"/>. Without a reference, dates that state
/// their year resolve; the rest keep <see cref="DateMention.Month"/>/<see cref="DateMention.Day"/> with null From/To.
/// </para>
/// </summary>
public static class DateRecognizer
{
    /// <summary>All date mentions in <paramref name="text"/>, in text order and non-overlapping.</summary>
    /// <param name="text">A question or article text.</param>
    /// <param name="reference">The day the text was written or asked, for relative and year-less dates; null if unknown.</param>
    public static IReadOnlyList<DateMention> Recognize(string text, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Only the patterns whose words or digits the text holds can match (DateGrammar.Digit and the two after it).
        var digit = DateGrammar.Digit().IsMatch(text);
        var month = DateGrammar.MonthStem().IsMatch(text);
        var day = DateGrammar.DayWord().IsMatch(text);
        var candidates = new List<DateMention>();
        var rejected = new List<Range>();
        if (!digit && !month && !day)
        {
            return candidates;
        }

        if (digit)
        {
            Collect(candidates, rejected, DateGrammar.IsoDate().Matches(text), FromIso);
        }

        if (digit && month)
        {
            Collect(candidates, rejected, DateGrammar.MonthFirst().Matches(text), m => FromMonthDay(text, m, reference));
            Collect(candidates, rejected, DateGrammar.DayFirst().Matches(text), m => FromMonthDay(text, m, reference));
        }

        if (digit || month)
        {
            Collect(candidates, rejected: null, DateGrammar.PartOf().Matches(text), m => FromPart(m, reference));
        }

        if (month)
        {
            Collect(candidates, rejected: null, DateGrammar.MonthAlone().Matches(text), m => FromMonth(text, m, reference));
        }

        if (day)
        {
            Collect(candidates, rejected: null, DateGrammar.Relative().Matches(text), m => FromRelative(text, m, reference));
            Collect(candidates, rejected: null, DateGrammar.Weekday().Matches(text), m => FromWeekday(text, m, reference));
        }

        if (digit)
        {
            Collect(candidates, rejected: null, DateGrammar.Year().Matches(text), m => FromYear(text, m));
        }

        return NonOverlapping(candidates, rejected);
    }

    private static void Collect(
        List<DateMention> candidates, List<Range>? rejected, MatchCollection matches, Func<Match, DateMention?> convert)
    {
        foreach (Match match in matches)
        {
            if (convert(match) is { } mention)
            {
                candidates.Add(mention);
            }
            else
            {
                rejected?.Add(new Range(match.Index, match.Index + match.Length));
            }
        }
    }

    private static List<DateMention> NonOverlapping(List<DateMention> candidates, List<Range> rejected)
    {
        var chosen = new List<DateMention>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Length).ThenBy(c => c.Start))
        {
            var isInsideRejected = rejected.Exists(r =>
                r.Start.Value <= candidate.Start && candidate.End <= r.End.Value && r.End.Value - r.Start.Value > candidate.Length);
            if (!isInsideRejected && !chosen.Exists(c => c.Start < candidate.End && candidate.Start < c.End))
            {
                chosen.Add(candidate);
            }
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private static DateMention? FromIso(Match match)
    {
        var (year, month, day) = (Number(match, "year"), Number(match, "month"), Number(match, "day"));
        return DateResolver.InYear(year, month, day, day) is { } range
            ? Mention(match, DatePrecision.Day, range, yearExplicit: true, month, day)
            : null;
    }

    /// <summary>"December 17", "17th of December 2021", "January 10-12".</summary>
    private static DateMention? FromMonthDay(string text, Match match, DateOnly? reference)
    {
        var name = match.Groups["month"].Value;
        var isAmbiguous = DateContext.IsAmbiguousMonth(name) && !DateContext.IsCapitalized(name);
        if ((isAmbiguous && !DateContext.FollowsTimePreposition(text, match.Index))
            || DateContext.HasNumericPrefix(text, match.Index)
            || DateContext.IsQuantity(text, match.Index + match.Length))
        {
            return null;
        }

        var month = DateGrammar.MonthNumber(name);
        var firstDay = Number(match, "day");
        var lastDay = DateGrammar.OptionalNumber(match.Groups["day2"]) ?? firstDay;
        var year = DateGrammar.OptionalNumber(match.Groups["year"]);
        var precision = lastDay == firstDay ? DatePrecision.Day : DatePrecision.Range;
        int? day = lastDay == firstDay ? firstDay : null;
        var (isValid, range) = Resolve(month, firstDay, lastDay, year, reference);
        return isValid ? Mention(match, precision, range, year is not null, month, day) : null;
    }

    /// <summary>"mid-December", "early January 2022", "the end of May", "late 2021".</summary>
    private static DateMention? FromPart(Match match, DateOnly? reference)
    {
        var part = match.Groups["part"].Value;
        if (DateGrammar.OptionalNumber(match.Groups["yearonly"]) is { } wholeYear)
        {
            return Mention(match, DatePrecision.Range, DateResolver.YearPart(wholeYear, part), yearExplicit: true);
        }

        var month = DateGrammar.MonthNumber(match.Groups["month"].Value);
        var year = DateGrammar.OptionalNumber(match.Groups["year"]);
        var (firstDay, lastDay) = DateResolver.MonthPart(part);
        var (isValid, range) = Resolve(month, firstDay, lastDay, year, reference);
        return isValid ? Mention(match, DatePrecision.Range, range, year is not null, month) : null;
    }

    /// <summary>"December", "in May", "January 2022", "Dec. 2021". An abbreviation needs a year; "May"/"March" need a year or a preposition.</summary>
    private static DateMention? FromMonth(string text, Match match, DateOnly? reference)
    {
        var name = match.Groups["month"].Value;
        var month = DateGrammar.MonthNumber(name);
        var year = DateGrammar.OptionalNumber(match.Groups["year"]);
        var isAbbreviation = !name.Equals(CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month), StringComparison.OrdinalIgnoreCase);
        var needsContext = DateContext.IsAmbiguousMonth(name) && (year is null || !DateContext.IsCapitalized(name));
        if ((isAbbreviation && year is null) || (needsContext && !DateContext.FollowsTimePreposition(text, match.Index)))
        {
            return null;
        }

        var (isValid, range) = Resolve(month, 1, null, year, reference);
        return isValid ? Mention(match, DatePrecision.Month, range, year is not null, month) : null;
    }

    /// <summary>"yesterday", "last week", "the weekend". A capitalized "Today" inside a sentence ("Russia Today") is a title.</summary>
    private static DateMention? FromRelative(string text, Match match, DateOnly? reference)
    {
        var word = NullIfEmpty(match.Groups["word"].Value);
        var modifier = NullIfEmpty(match.Groups["modifier"].Value);
        var unit = NullIfEmpty(match.Groups["unit"].Value);
        var isTheWeekOrMonth = string.Equals(modifier, "the", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(unit, "weekend", StringComparison.OrdinalIgnoreCase);
        var isTitle = string.Equals(word, "Today", StringComparison.Ordinal) && !DateContext.StartsSentence(text, match.Index);
        if (isTheWeekOrMonth || isTitle)
        {
            return null;
        }

        if (reference is not { } day)
        {
            return Mention(match, RelativePrecision(unit), range: null, yearExplicit: false);
        }

        return DateResolver.Relative(word, modifier, unit, day) is { } resolved
            ? Mention(match, resolved.Precision, (resolved.From, resolved.To), yearExplicit: false)
            : null;
    }

    /// <summary>"on Sunday", "last Friday". A bare weekday next to a capitalized word ("Sunday Times") is a name.</summary>
    private static DateMention? FromWeekday(string text, Match match, DateOnly? reference)
    {
        var modifier = NullIfEmpty(match.Groups["modifier"].Value);
        if (modifier is null
            && !DateContext.FollowsTimePreposition(text, match.Index)
            && (DateContext.FollowsName(text, match.Index) || DateContext.PrecedesName(text, match.Index + match.Length)))
        {
            return null;
        }

        var weekday = DateGrammar.WeekdayNumber(match.Groups["weekday"].Value);
        modifier ??= DateContext.FollowsFutureMarker(text, match.Index) || DateContext.OpensFutureClause(text, match.Index, match.Index + match.Length) ? DateResolver.Upcoming : null;
        var day = reference is { } r ? DateResolver.Weekday(weekday, modifier, r) : (DateOnly?)null;
        return Mention(match, DatePrecision.Day, day is { } d ? (d, d) : null, yearExplicit: false);
    }

    /// <summary>"in 2021", "since 2014"; not "2021 troops", "$2021" or a year with no preposition before it.</summary>
    private static DateMention? FromYear(string text, Match match)
    {
        if (!DateContext.FollowsTimePreposition(text, match.Index)
            || DateContext.HasNumericPrefix(text, match.Index)
            || DateContext.IsQuantity(text, match.Index + match.Length))
        {
            return null;
        }

        var year = Number(match, "year");
        return Mention(match, DatePrecision.Year, (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), yearExplicit: true);
    }

    /// <summary>
    /// Days of a month in the stated year, else in the year nearest the reference, else left open (Range null).
    /// Invalid when those days do not exist ("February 30"; without a year, checked against a leap year).
    /// </summary>
    private static (bool IsValid, (DateOnly From, DateOnly To)? Range) Resolve(
        int month, int firstDay, int? lastDay, int? year, DateOnly? reference)
    {
        var range = (year, reference) switch
        {
            ({ } y, _) => DateResolver.InYear(y, month, firstDay, lastDay),
            (null, { } r) => DateResolver.InNearestYear(month, firstDay, lastDay, r),
            _ => null,
        };
        var isValid = range is not null || (year is null && reference is null && DateResolver.InYear(2000, month, firstDay, lastDay) is not null);
        return (isValid, range);
    }

    private static DatePrecision RelativePrecision(string? unit) => unit?.ToUpperInvariant() switch
    {
        null => DatePrecision.Day,
        "WEEK" => DatePrecision.Week,
        "MONTH" => DatePrecision.Month,
        "YEAR" => DatePrecision.Year,
        _ => DatePrecision.Range,
    };

    private static DateMention Mention(
        Match match, DatePrecision precision, (DateOnly From, DateOnly To)? range, bool yearExplicit, int? month = null, int? day = null) =>
        new()
        {
            Text = match.Value,
            Start = match.Index,
            Length = match.Length,
            Precision = precision,
            From = range?.From,
            To = range?.To,
            IsYearExplicit = yearExplicit,
            Month = month,
            Day = day,
        };

    private static int Number(Match match, string group) => DateGrammar.Number(match.Groups[group]);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

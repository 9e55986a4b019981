using System.Globalization;

namespace NewsBot.Dates;

/// <summary>The names of the months and weekdays, as news writes them: capitalised, yet naming nobody.</summary>
public static class CalendarNames
{
    /// <summary>January to December, as the invariant culture names them (the date recogniser reads the same).</summary>
    public static IReadOnlyList<string> Months { get; } = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0).ToArray();

    /// <summary>Sunday to Saturday, as the invariant culture names them.</summary>
    public static IReadOnlyList<string> Weekdays { get; } = CultureInfo.InvariantCulture.DateTimeFormat.DayNames;

    /// <summary>The weekdays as one regular-expression group, to be matched ignoring case: "(?:mon|tues|…)day".</summary>
    public const string WeekdayPattern = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";

    /// <summary>The months as one regular-expression group, to be matched ignoring case, with their usual abbreviations: "(?:jan(?:uary)?|…)".</summary>
    public const string MonthPattern = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
}

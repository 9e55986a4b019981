using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Dates;

/// <summary>
/// The surface forms of English date expressions in news copy. Each pattern matches the expression only; whether a match
/// reads as a date (e.g. "May" the month versus "may" the modal) is decided from its surroundings by <see cref="DateContext"/>.
/// Prepositions ("in", "on", "since") are context, not part of a mention; words that change the meaning
/// ("last", "next", "mid-") are part of it.
/// </summary>
internal static partial class DateGrammar
{
    private const RegexOptions Flags = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Full names end at a word boundary; abbreviations may carry a period ("Dec.", "Sept.").
    private const string MonthName =
        @"(?<month>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
        + @"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))";

    private const string DayNumber = @"(?<day>\d{1,2})(?:st|nd|rd|th)?\b";

    private const string DayRangeEnd = @"(?:\s*[-–—]\s*(?<day2>\d{1,2})(?:st|nd|rd|th)?\b)?";

    private const string TrailingYear = @"(?:,?\s+(?<year>(?:19|20)\d{2})\b)?";

    private const string WeekdayName = "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    /// <summary>"December 17", "Dec. 17th", "December 17, 2021", "January 10-12", "Monday, January 17".</summary>
    [GeneratedRegex(@"\b(?:" + WeekdayName + @",?\s+)?" + MonthName + @"\s+" + DayNumber + DayRangeEnd + TrailingYear, Flags)]
    public static partial Regex MonthFirst();

    /// <summary>"17 December 2021", "17th of December", "10-12 January".</summary>
    [GeneratedRegex(@"\b" + DayNumber + DayRangeEnd + @"\s+(?:of\s+)?" + MonthName + TrailingYear, Flags)]
    public static partial Regex DayFirst();

    /// <summary>"2021-12-17", also as the date part of a timestamp ("2021-12-17T10:00").</summary>
    [GeneratedRegex(@"\b(?<year>(?:19|20)\d{2})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])(?:(?=T\d)|\b(?!-\d))", Flags)]
    public static partial Regex IsoDate();

    /// <summary>"mid-December", "early January", "late March 2022", "the end of May", "early 2022".</summary>
    [GeneratedRegex(
        @"\b(?<part>early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)(?:\s*-\s*|\s+)"
        + @"(?:" + MonthName + TrailingYear + @"|(?<yearonly>(?:19|20)\d{2})\b)",
        Flags)]
    public static partial Regex PartOf();

    /// <summary>"December", "January 2022", "Dec. 2021".</summary>
    [GeneratedRegex(@"\b" + MonthName + TrailingYear, Flags)]
    public static partial Regex MonthAlone();

    /// <summary>
    /// "yesterday", "today", "last week", "this month", "next year", "the weekend"; the parts of a day news copy uses
    /// ("last night", "tonight", "this morning"); and a day counted back from the story's ("the day before", "a day
    /// earlier", "the previous day", "two days ago"). "The day before the vote" counts from the vote, not from the
    /// story, so a day counted back is read only when no noun phrase follows it.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:(?<word>yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|the\s+previous\s+day"
        + @"|(?:a|one|the)\s+day\s+(?:before|earlier)(?!\s+(?:the|a|an|his|her|its|their|our|this|that|yesterday|(?-i:[A-Z0-9])))"
        + @"|(?:two|three|four|five|six|seven|[2-7])\s+days\s+ago)"
        + @"|(?<modifier>last|this|next|the)\s+(?<unit>week|month|year|weekend))\b", Flags)]
    public static partial Regex Relative();

    /// <summary>"Sunday", "last Sunday", "next Friday".</summary>
    [GeneratedRegex(@"\b(?:(?<modifier>last|this|next)\s+)?" + WeekdayName + @"\b", Flags)]
    public static partial Regex Weekday();

    /// <summary>A four-digit year 1900–2099; accepted only where it reads as a year.</summary>
    [GeneratedRegex(@"\b(?<year>(?:19|20)\d{2})\b", Flags)]
    public static partial Regex Year();

    // What the patterns above need somewhere in the text, matched with the same options, so a text one of these does not
    // match is matched by none of the patterns that need it, and the recognizer skips them: most sentences of news copy
    // hold no date, and one vectorised scan rules a pattern out for less than running it.

    /// <summary>A digit: needed by <see cref="IsoDate"/>, <see cref="Year"/>, <see cref="MonthFirst"/>, <see cref="DayFirst"/>, and <see cref="PartOf"/> without a month.</summary>
    [GeneratedRegex(@"\d", Flags)]
    public static partial Regex Digit();

    /// <summary>The first three letters of a month: needed by <see cref="MonthFirst"/>, <see cref="DayFirst"/>, <see cref="MonthAlone"/>, and <see cref="PartOf"/> without a year.</summary>
    [GeneratedRegex("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", Flags)]
    public static partial Regex MonthStem();

    /// <summary>
    /// "day" (the weekdays, "yesterday", "today", "the day before", "days ago") or another word of <see cref="Relative"/>:
    /// needed by <see cref="Relative"/> and <see cref="Weekday"/>.
    /// </summary>
    [GeneratedRegex("day|tomorrow|night|morning|afternoon|evening|week|month|year", Flags)]
    public static partial Regex DayWord();

    /// <summary>Month number for a full or abbreviated English month name ("Sept." → 9).</summary>
    public static int MonthNumber(string name) =>
        name.TrimEnd('.').ToUpperInvariant()[..3] switch
        {
            "JAN" => 1,
            "FEB" => 2,
            "MAR" => 3,
            "APR" => 4,
            "MAY" => 5,
            "JUN" => 6,
            "JUL" => 7,
            "AUG" => 8,
            "SEP" => 9,
            "OCT" => 10,
            "NOV" => 11,
            "DEC" => 12,
            _ => throw new ArgumentException($"Not a month name: {name}", nameof(name)),
        };

    public static DayOfWeek WeekdayNumber(string name) =>
        Enum.Parse<DayOfWeek>(name, ignoreCase: true);

    public static int Number(Group group) =>
        int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    public static int? OptionalNumber(Group group) => group.Success ? Number(group) : null;
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Ingestion;

/// <summary>
/// Recognises the dateline that opens a wire story's first paragraph. Accepted shapes:
/// <list type="bullet">
/// <item><c>OTTAWA, January 17. /TASS/.</c> (TASS)</item>
/// <item><c>LONDON, Jan 5 (Reuters) -</c> and <c>WASHINGTON, Dec. 17, 2021 (AP) —</c> (Reuters, AP)</item>
/// <item><c>KYIV, Ukraine, March 3, 2022 —</c> (no agency)</item>
/// </list>
/// The place must be written in capitals, which is what separates a dateline from a sentence that merely starts
/// with a date.
/// </summary>
public static partial class DatelineParser
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Parses a dateline at <paramref name="start"/>, or returns null when the text there does not open with one.</summary>
    public static Dateline? Parse(string text, int start = 0)
    {
        ArgumentNullException.ThrowIfNull(text);

        var match = Pattern().Match(text, start);
        if (!match.Success || match.Index != start)
        {
            return null;
        }

        var month = Array.IndexOf(MonthNames, match.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture) : null;
        if (month == 0 || day is < 1 or > 31)
        {
            return null;
        }

        var agency = match.Groups["agency"].Success ? match.Groups["agency"].Value.Trim() : null;
        var end = match.Index + match.Length;
        while (end > match.Index && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new Dateline
        {
            Place = match.Groups["place"].Value.Trim(),
            Month = month,
            Day = day,
            Year = year,
            Agency = string.IsNullOrEmpty(agency) ? null : agency,
            Start = match.Index,
            Length = end - match.Index,
        };
    }

    // place: capitals (with spaces, dots, apostrophes, hyphens), optionally followed by ", Region" in any case.
    [GeneratedRegex(
        """
        \G(?<place>\p{Lu}[\p{Lu} .'’\-]*\p{Lu}\.?(?:,\s[\p{Lu}][\p{L} .]+?)?),\s+
        (?<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\s+(?<day>\d{1,2})(?:st|nd|rd|th)?
        (?:,\s*(?<year>(?:19|20)\d\d))?
        (?:
            \.\s*/(?<agency>[\p{L} \-]+)/\.?    # . /TASS/.
          | \s*\((?<agency>[\p{L} \-]+)\)\s*[-–—]   # (Reuters) -
          | \s*[-–—]                           # —
          | \.                                 # .
        )\s*
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Ingestion;

/// <summary>
/// Reads a publication date from metadata: ISO 8601 (<c>2024-03-05T09:30:00+01:00</c> is 2024-03-05, the date as the
/// publisher wrote it, not converted to UTC) or RFC 1123 (<c>Tue, 05 Mar 2024 09:30:00 GMT</c>).
/// </summary>
public static partial class MetadataDate
{
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var iso = IsoDate().Match(value.Trim());
        if (iso.Success && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var moment)
            ? DateOnly.FromDateTime(moment.DateTime)
            : null;
    }

    [GeneratedRegex(@"\A\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}

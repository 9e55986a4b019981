using System.Text.RegularExpressions;

namespace NewsBot.Answering;

/// <summary>
/// The units a measure is stated in (length, area, weight, volume, time, speed, energy, temperature, data), one list
/// for both sides: a figure followed by one is a measure ("600 metres", "5 sq km": <see cref="StatedValues"/>), and
/// "how many &lt;unit&gt;" asks for one (<see cref="AskedValue"/>). Tallies (points, goals, votes) are counts, not units:
/// "40 points" answers "how many points" as a count does.
/// </summary>
public static partial class Units
{
    private const string Words = "metres?|meters?|kilometres?|kilometers?|km|kms|cm|mm|miles?|feet|foot|ft|inches|inch|yards?|acres?|hectares?|ha|kilograms?|kg|kgs|grams?|g|tonnes?|tons?|ounces?|oz|lbs?|litres?|liters?|gallons?|barrels?|bpd|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?|centuries|century|mph|kph|knots?|degrees?|°|mw|gw|kw|kwh|mwh|twh|megawatts?|gigawatts?|calories|volts?|watts?|bytes|mb|gb|tb";

    /// <summary>True when <paramref name="text"/> opens with a unit, perhaps after "square", "cubic", … ("5 sq km").</summary>
    public static bool Opens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return Opening().IsMatch(text);
    }

    /// <summary>True when <paramref name="word"/> is a unit ("days", "tonnes", "km").</summary>
    public static bool Is(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        return Whole().IsMatch(word);
    }

    [GeneratedRegex(@"^\s*(?:(?:square|sq|cubic|nautical|light)\s+)?(?:" + Words + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^(?:" + Words + @")$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Whole();
}

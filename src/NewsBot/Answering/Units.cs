using System.Text.RegularExpressions;

namespace NewsBot.Answering;

/// <summary>
/// The units a measure is stated in (length, area, weight, volume, time, speed, energy, temperature, data), one list
/// for both sides: a figure followed by one is a measure ("250 metres", "5 sq km": <see cref="StatedValues"/>), and
/// "how many &lt;unit&gt;" asks for one (<see cref="AskedValue"/>). Tallies (points, goals, votes) are counts, not units:
/// "40 points" answers "how many points" as a count does.
/// </summary>
public static partial class Units
{
    /// <summary>Lengths and areas: what "how big", "how far", "how wide" ask for.</summary>
    private const string Extents = "metres?|meters?|kilometres?|kilometers?|km|kms|cm|mm|miles?|feet|foot|ft|inches|inch|yards?|acres?|hectares?|ha";

    /// <summary>Spans of time: what "how quickly", "how soon" ask for.</summary>
    private const string Durations = "seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?|centuries|century";

    /// <summary>Spans of time in the plural, as a rough duration names them ("within days").</summary>
    private const string PluralDurations = "seconds|minutes|hours|days|weeks|months|years|decades";

    /// <summary>Speeds, which also answer "how fast".</summary>
    private const string Speeds = "mph|kph|km/h|knots?";

    private const string Words = Extents + "|kilograms?|kg|kgs|grams?|g|tonnes?|tons?|ounces?|oz|lbs?|litres?|liters?|gallons?|barrels?|bpd|" + Durations + "|" + Speeds + "|degrees?|°|mw|gw|kw|kwh|mwh|twh|megawatts?|gigawatts?|calories|volts?|watts?|bytes|mb|gb|tb";

    /// <summary>A figure, in digits or words, or "a"/"an" before a unit ("an hour").</summary>
    private const string Amount = @"(?:\d+(?:[.,]\d+)*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|a\s+few|several|(?:a\s+few\s+)?(?:tens|dozens|hundreds|thousands)\s+of)";

    /// <summary>
    /// A span of time as a phrase, for a pattern to build on: a figure in digits or words, perhaps one word more, and a
    /// unit of time ("a year", "only a year" after its qualifier, "three more weeks", "a couple of days").
    /// </summary>
    internal const string SpanOfTime = @"(?:" + Amount + @"|a\s+couple\s+of|many)\s+(?:\p{L}+\s+)?(?:" + Durations + @")\b";

    /// <summary>True when <paramref name="text"/> opens with a unit, perhaps after "square", "cubic", … ("5 sq km"), or hyphened onto its figure ("an eight-year ban").</summary>
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

    /// <summary>
    /// True when <paramref name="sentence"/> states a measure of <paramref name="dimension"/>: an extent ("2 kilometres by
    /// 900 metres", "3 square miles", "55 hectares"), or a duration or speed ("in eight minutes", "in two days", "an hour",
    /// "30 mph"), a rough one included, as news gives a deadline or a pace without a figure ("within days", "in weeks",
    /// "days, not weeks"), and a pace told in words ("immediately", "at once", "the next day", "hours later",
    /// "faster than expected").
    /// </summary>
    public static bool States(string sentence, Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        return dimension switch
        {
            Dimension.Extent => StatedExtent().IsMatch(sentence),
            Dimension.Duration => StatedDuration().IsMatch(sentence) || RoughDuration().IsMatch(sentence) || Pace().IsMatch(sentence),
            _ => true,
        };
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])" + Amount + @"[\s-]*(?:(?:square|sq|cubic|nautical)\s+)?(?:" + Extents + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StatedExtent();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])" + Amount + @"[\s-]*(?:" + Durations + "|" + Speeds + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StatedDuration();

    /// <summary>A span of time without a figure: "within days", "in weeks", "over the coming months", "hours, not days".</summary>
    [GeneratedRegex(@"\b(?:(?:within|in|over)\s+(?:the\s+(?:next|coming)\s+|a\s+matter\s+of\s+)?(?:" + PluralDurations + @")|(?:" + PluralDurations + @"),?\s+(?:not|rather\s+than)\s+(?:" + PluralDurations + @"))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoughDuration();

    /// <summary>
    /// A pace told in words, as English writes how soon something came: an adverb of speed ("swiftly", "at once"; not
    /// one describing a word it is hyphened to, "a rapidly-growing economy"), the day after ("the next morning"), a span
    /// after the event ("hours later", "days after"), a pace against expectation ("faster than expected"), or a kind of
    /// time ("in record time", "in good time"; not someone's time, "in his time as mayor").
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:immediately|instantly|swiftly|quickly|rapidly|promptly|speedily|hastily|belatedly|slowly)(?!-)|at\s+once|straight\s+away|right\s+away|in\s+(?!(?:the|a|an|his|her|their|its|my|our|your|that|this)\b)(?:[\p{Ll}-]+\s+){1,3}time|(?:the\s+)?(?:same|next|following)\s+(?:day|morning|afternoon|evening|night|week)|(?:" + PluralDurations + @")\s+(?:later|after|afterwards)|(?:faster|sooner|quicker|slower|later)\s+than)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pace();

    [GeneratedRegex(@"^(?:\s*|[-–])(?:(?:square|sq|cubic|nautical|light)\s+)?(?:" + Words + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^(?:" + Words + @")$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Whole();
}

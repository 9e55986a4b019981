using System.Text.RegularExpressions;
using NewsBot.Dates;

namespace NewsBot.Answering;

/// <summary>
/// The weekdays a question dates its event by ("when he was voted out on Monday", "Tuesday's vote"), which no statement
/// may contradict. A question typed in chat names a weekday without a date, so it cannot be placed on the calendar; but a
/// statement that dates its own event by other weekdays only ("faced the vote on Friday") tells of another day's event,
/// whatever the week. A weekday inside a name ("Super Tuesday", "Good Friday") dates nothing, nor one in a sentence of
/// the question before the one that asks, which only sets the scene.
/// </summary>
public sealed partial record AskedWeekday
{
    public static readonly AskedWeekday None = new() { Days = new HashSet<string>(StringComparer.OrdinalIgnoreCase) };

    /// <summary>The weekdays asked, as English names.</summary>
    public required IReadOnlySet<string> Days { get; init; }

    public static AskedWeekday Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        // Only the sentence that asks: one before it sets the scene ("The rocket launched on Wednesday. Where is it headed?").
        var asked = SentenceEnd().Split(question.Trim()).LastOrDefault(p => p.Length > 0) ?? question;
        var days = Dated().Matches(asked).Select(m => m.Groups["day"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return days.Count == 0 ? None : new AskedWeekday { Days = days };
    }

    /// <summary>True when <paramref name="sentence"/> dates something by a weekday and by none of those asked.</summary>
    public bool ContradictedBy(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        if (Days.Count == 0)
        {
            return false;
        }

        var named = Named().Matches(sentence).Select(m => m.Value).ToList();
        return named.Count > 0 && !named.Any(Days.Contains);
    }

    /// <summary>A weekday dating the question's event: after "on", "last", "this", "next", "since", "by", "until", or as "Monday's" or "Monday night".</summary>
    [GeneratedRegex(@"\b(?:on|last|this|next|since|by|until)\s+(?<day>" + CalendarNames.WeekdayPattern + @")\b|\b(?<day>" + CalendarNames.WeekdayPattern + @")(?:['’]s\b|\s+(?:night|morning|afternoon|evening)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Dated();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    /// <summary>A weekday as a sentence writes one, capitalised and not after another capitalised word ("Super Tuesday").</summary>
    [GeneratedRegex(@"(?<!\p{Lu}[\p{L}'’-]*\s)\b(?=\p{Lu}\p{Ll})(?i:" + CalendarNames.WeekdayPattern + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}

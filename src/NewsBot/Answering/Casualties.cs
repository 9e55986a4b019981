using System.Text.RegularExpressions;

namespace NewsBot.Answering;

/// <summary>
/// The two ways news counts people harmed: the dead ("killed", "died", "death toll", "fatalities", "claimed 12 lives") and the injured
/// ("injured", "wounded", "hurt"). Reports give them apart ("killed 12 and wounded 40"), so a count of one is never
/// the answer to "how many were" the other: a statement that counts only the dead does not say how many were injured.
/// "Casualties" covers both and settles nothing.
/// </summary>
public static partial class Casualties
{
    /// <summary>Which of the two <paramref name="text"/> speaks of: dead, injured, both or neither.</summary>
    public static (bool Dead, bool Injured) Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return (Dead().IsMatch(text), Injured().IsMatch(text));
    }

    /// <summary>True when a count asked about one of the two (<paramref name="asked"/>, as <see cref="Of"/> reads the question) meets a statement that speaks only of the other.</summary>
    public static bool Swapped((bool Dead, bool Injured) asked, string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        if (asked.Dead == asked.Injured)
        {
            return false;
        }

        var said = Of(sentence);
        return asked.Dead ? !said.Dead && said.Injured : !said.Injured && said.Dead;
    }

    [GeneratedRegex(@"\b(?:kill(?:s|ed|ing)?|dead|died|dies|dying|deaths?|fatalit(?:y|ies)|death\s+toll|(?:claimed|cost|took|lost)\s+(?:[\p{L}\p{N},]+\s+){0,3}?lives)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Dead();

    [GeneratedRegex(@"\b(?:injur(?:e|es|ed|ing|y|ies)|wound(?:s|ed|ing)?|hurt)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Injured();
}

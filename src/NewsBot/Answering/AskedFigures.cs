using System.Text.RegularExpressions;

namespace NewsBot.Answering;

/// <summary>
/// The exact figures a question states (a year, an ordinal, a decimal: "in 1998", "the 14th", "4.75"), which a
/// statement must not swap for another of the same form: "When was the city ranked 14th?" is not answered by "it was
/// ranked 41st in 2019", nor "Who won in 1998?" by a sentence about 1994 alone. A statement that states the question's
/// figure, a range of years that spans it ("from 2000 to 2007" for 2001), or no figure of that form at all (the figure may
/// stand in its context), holds it.
/// </summary>
public sealed partial record AskedFigures
{
    public static readonly AskedFigures None = new() { Figures = [] };

    /// <summary>The figures the question states, as written.</summary>
    public required IReadOnlyList<string> Figures { get; init; }

    public static AskedFigures Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        var figures = Exact().Matches(question).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return figures.Count == 0 ? None : new AskedFigures { Figures = figures };
    }

    /// <summary>True unless <paramref name="sentence"/> states, for a figure of the question, only others of its form.</summary>
    public bool HeldBy(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        if (Figures.Count == 0)
        {
            return true;
        }

        var stated = Exact().Matches(sentence).Select(m => m.Value).ToList();
        return Figures.All(f => stated.Contains(f, StringComparer.OrdinalIgnoreCase) || !stated.Any(s => Form(s) == Form(f)) || WithinRange(f, sentence));
    }

    /// <summary>"from 2000 to 2007", "1998–2001", "between 1990 and 1995" hold every year they span.</summary>
    private static bool WithinRange(string figure, string sentence) =>
        Form(figure) == 'y' && int.Parse(figure, System.Globalization.CultureInfo.InvariantCulture) is var year
        && YearRange().Matches(sentence).Any(m => int.Parse(m.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture) <= year && year <= int.Parse(m.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The form of a figure: 'o' ordinal, 'd' decimal, 'y' year.</summary>
    private static char Form(string figure) =>
        char.IsLetter(figure[^1]) ? 'o' : figure.Contains('.', StringComparison.Ordinal) ? 'd' : 'y';

    [GeneratedRegex(@"\b(?<from>(?:1[5-9]|20)\d\d)\s*(?:–|-|to|and|until|through)\s*(?<to>(?:1[5-9]|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    /// <summary>An ordinal ("14th"), a decimal ("4.75") or a year (1500–2099), as whole tokens.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?:\d+(?:st|nd|rd|th)|\d+\.\d+|(?:1[5-9]|20)\d\d)(?![\p{L}\p{N}]|[.,]\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Exact();
}

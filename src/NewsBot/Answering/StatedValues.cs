using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Dates;
using NewsBot.Names;

namespace NewsBot.Answering;

/// <summary>
/// The figures a sentence states and the kind of each, read from the words around the figure (no tagger): a currency
/// sign or code before it, or a currency word after it, makes money ("$40m", "2 million euros"); a per-cent sign or
/// word a share; "times" or "-fold" a multiple; a unit word after it (metres, tonnes, days, …) or written onto it
/// ("640ft", "30mph", "5kg") a measure; a bare
/// four-digit year (1500–2099) not followed by a noun, or a figure inside a date expression, a year; a figure inside a
/// time of day ("at 9.30pm", "21.47 BST", a live blog's time stamp) a clock time; a figure set off after a name ("Kari
/// Lunde, 54, said") an age, which is a measure; digits right after a name number it and are no figure ("sales of
/// Fjordgram 2"); any other figure or number word ("14", "three ministers", "dozens") a count. A number word
/// capitalised inside a sentence is part of a name ("the Six Nations") and no figure, nor is one that names a list or a
/// place in it ("a top 20", "No 10").
/// </summary>
public static partial class StatedValues
{
    /// <summary>The kinds of the figures of <paramref name="sentence"/>, one per figure, in order.</summary>
    public static IReadOnlyList<ValueKind> Of(string sentence) => Located(sentence).Select(f => f.Kind).ToList();

    /// <summary>The figures of <paramref name="sentence"/>: the kind of each and where it starts, in order.</summary>
    public static IReadOnlyList<(ValueKind Kind, int Start)> Located(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        var dates = DateRecognizer.Recognize(sentence, reference: null);
        MatchCollection? clocks = null;
        var figures = new List<(ValueKind, int)>();
        foreach (Match m in Figure.Matches(sentence))
        {
            var figure = m.Groups["figure"];
            if (InName(sentence, figure.Index) || IsRank(sentence, figure) || IsScore(figure.Value) || IsOneOfMany(sentence, figure)
                || (IsNameNumber(sentence, m) && !dates.Any(d => Overlaps(figure, d.Start, d.Length))))
            {
                continue;
            }

            var kind = dates.Any(d => Overlaps(figure, d.Start, d.Length)) ? ValueKind.Year
                : (clocks ??= ClockTime().Matches(sentence)).Any(c => Overlaps(figure, c.Index, c.Length)) ? ValueKind.Clock
                : IsAgeAfterName(sentence, figure) ? ValueKind.Measure
                : KindOf(m);
            figures.Add((kind, figure.Index));
        }

        // A fraction is a share, and its number word ("two-thirds") no count of its own.
        var fractions = Fraction().Matches(sentence);
        if (fractions.Count == 0)
        {
            return figures;
        }

        figures.RemoveAll(f => fractions.Any(x => f.Item2 >= x.Index && f.Item2 < x.Index + x.Length));
        figures.AddRange(fractions.Select(x => (ValueKind.Percent, x.Index)));
        return [.. figures.OrderBy(f => f.Item2)];
    }

    /// <summary>
    /// True when the number word at <paramref name="index"/> is capitalised inside the sentence, as a name's ("the Six
    /// Nations", "Formula One", "the Group of Seven"): it counts nothing. Digits and the first word of a sentence, a
    /// quotation or a bracket are figures.
    /// </summary>
    public static bool InName(string sentence, int index)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, sentence.Length);

        return char.IsUpper(sentence[index]) && !KeyTerms.OpensSentence(sentence, index);
    }

    /// <summary>
    /// True when the figure names a list or a place in one ("a top 20", "a top-five finish", "a No 1 single", "Number
    /// 10", "finished the week in the top five, …", "ended in the top 10."): it says which, not how many. "The top 300 firms" is
    /// a count of them, and stays one.
    /// </summary>
    private static bool IsRank(string sentence, Group figure) =>
        RankBefore().IsMatch(sentence.AsSpan(0, figure.Index))
        || (TopBefore().IsMatch(sentence.AsSpan(0, figure.Index))
            && (WordAfter().Match(sentence, figure.Index + figure.Length) is not { Success: true } next || KeyTerms.IsFunctionWord(next.Groups["word"].Value)));

    /// <summary>
    /// True for digits right after a name, which number it ("sales of Fjordgram 2", "the Skylark 6"): the name is no
    /// common word ("in May 2004") nor a country or institution's ("Norway 10, Sweden 8" gives each one's count), and
    /// nothing after the digits makes them a sum, share or measure. Such a number says which, not how many. Opening the
    /// sentence, a capitalised word is as often an adverb the lexicon lacks ("Nearly 300", "Around 40"), so there only a
    /// name written as one (an inner capital or hyphen: "Sky-Lark 2") counts.
    /// </summary>
    private static bool IsNameNumber(string sentence, Match m) =>
        m.Groups["figure"].Value.All(char.IsAsciiDigit)
        && !m.Groups["currency"].Success && !m.Groups["percent"].Success && !m.Groups["unit"].Success && !m.Groups["scale"].Success
        && NameBefore().Match(sentence, 0, m.Groups["figure"].Index) is { Success: true } before
        && before.Groups["name"].Value is var name
        && !KeyTerms.IsCommonWord(name.ToLowerInvariant())
        && NameCatalog.Default.Find(name).Count == 0
        && (!KeyTerms.OpensSentence(sentence, before.Index) || name.Skip(1).Any(c => char.IsUpper(c) || c == '-'));

    /// <summary>A capitalised word, perhaps hyphenated, and a space, right before a figure.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])(?<name>\p{Lu}\p{L}*(?:-\p{L}+)*)[ \u00A0]$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex NameBefore();

    /// <summary>
    /// True for a figure set off right after a name, as news gives a person's age ("Kari Lunde, 54, said", "Lunde (54)"):
    /// an age, a measure in years, not a count of anything.
    /// </summary>
    private static bool IsAgeAfterName(string sentence, Group figure) =>
        figure.Length <= 3 && figure.Value.All(char.IsAsciiDigit)
        && AgeOpens().IsMatch(sentence.AsSpan(0, figure.Index))
        && figure.Index + figure.Length < sentence.Length && sentence[figure.Index + figure.Length] is ',' or ')';

    /// <summary>A capitalised word, then a comma or an opening bracket, right before a figure.</summary>
    [GeneratedRegex(@"\p{Lu}[\p{L}'’-]*(?:,\s+|\s+\()$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex AgeOpens();

    /// <summary>
    /// True for "one" that picks one out of a crowd rather than counting ("one of the most senior envoys", "one of Okafor's
    /// many signings", "one of the best-paid"): it says what kind, not how many. "One of the three crew survived" counts
    /// the survivors, and stays a count.
    /// </summary>
    private static bool IsOneOfMany(string sentence, Group figure) =>
        figure.Value.Equals("one", StringComparison.OrdinalIgnoreCase) && OneOfMany().IsMatch(sentence, figure.Index + figure.Length);

    /// <summary>"of", up to three words (an article, a possessive name), then "many", "most", "best", "worst" or "least".</summary>
    [GeneratedRegex(@"\G\s+of\s+(?:[\p{L}’'.-]+\s+){0,3}?(?:many|most|best|worst|least)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OneOfMany();

    /// <summary>
    /// True for two figures joined by a dash whose second is not above the first ("won 3-0", "a 1-1 draw", "voted 5-4"): a
    /// range rises ("15-20 people"), so this is a score or a tally, which counts nothing.
    /// </summary>
    private static bool IsScore(string figure) =>
        ScorePair().Match(figure) is { Success: true } pair
        && int.Parse(pair.Groups["first"].Value, CultureInfo.InvariantCulture) >= int.Parse(pair.Groups["second"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<first>\d{1,3})[-–](?<second>\d{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex ScorePair();

    [GeneratedRegex(@"(?:\b[Aa]\s+[Tt]op|\bNo\.?|\b[Nn]umber)[\s-]*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex RankBefore();

    [GeneratedRegex(@"\b(?:the|its|their|his|her)\s+top[\s-]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex TopBefore();

    /// <summary>The word straight after a figure, if no punctuation comes first.</summary>
    [GeneratedRegex(@"\G[ \t]+(?<word>\p{L}+)", RegexOptions.CultureInvariant)]
    private static partial Regex WordAfter();

    private static bool Overlaps(Group figure, int start, int length) => figure.Index < start + length && start < figure.Index + figure.Length;

    private static ValueKind KindOf(Match m)
    {
        var after = m.Groups["after"].Value;
        if (m.Groups["currency"].Success || CurrencyAfter.IsMatch(after))
        {
            return ValueKind.Money;
        }

        if (m.Groups["percent"].Success || Percent().IsMatch(after))
        {
            return ValueKind.Percent;
        }

        if (m.Groups["fold"].Success || Multiple().IsMatch(after))
        {
            return ValueKind.Multiple;
        }

        if (m.Groups["unit"].Success || Units.Opens(after))
        {
            return ValueKind.Measure;
        }

        var figure = m.Groups["figure"].Value;
        return Year().IsMatch(figure) && !m.Groups["scale"].Success && !PluralNoun().IsMatch(after) ? ValueKind.Year : ValueKind.Count;
    }

    /// <summary>
    /// A figure (digits, a range of them such as "15–100,000", or a number word) as whole tokens, with an optional currency
    /// (a sign, or any ISO 4217 code of <see cref="Currencies"/>) before it, an optional scale
    /// after it, and up to three whole words after that to read its kind from (looked at, not taken, so a number word among them is
    /// a figure of its own; "10 KM9 rovers" counts rovers, as "KM9" is a model, not kilometres).
    /// </summary>
    private static readonly Regex Figure = new(@"(?<![\p{L}\p{N}]|[\p{L}\p{N}][-–/:])(?<currency>[$£€¥₹]|\b(?:US\$|Rs\.?|R\$|A\$|C\$|" + Currencies.Default.CodePattern + @")\s?)?(?<figure>\d+(?:[.,]\d+)*(?:[-–]\d+(?:[.,]\d+)*)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|dozens?|hundreds|thousands|millions|billions)(?:\b|(?=-?fold)))(?<percent>%)?(?<fold>-?fold\b)?(?<scale>\s?(?:million|billion|trillion|thousand|hundred|bn|mn|m|k)\b)?(?<unit>(?:km|kms|cm|mm|kg|kgs|mph|kph|ft|lbs?|mw|gw|kw|kwh|mwh|twh|gb|mb|tb|ha|bpd)\b)?(?![\p{L}\p{N}]|[-–][\p{N}])(?=(?<after>(?:\s*[\p{L}’'.-]+(?![\p{L}\p{N}])){0,3}))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>A currency after a figure, possibly after a capitalised qualifier or two ("2 million Hong Kong dollars"; <see cref="Currencies"/>).</summary>
    private static readonly Regex CurrencyAfter = new(@"^\s*(?:(?-i:\p{Lu}[\p{L}.]*)\s+){0,2}?" + Currencies.Default.Pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^\s*(?:per\s?cent|percent|percentage\s+points?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    /// <summary>
    /// A share written as a fraction of something: "half of the town", "nearly a quarter of its farmers", "two-thirds of
    /// voters", "a quarter of the budget", "half the fleet". Not a period ("the first half of the year") nor a date or
    /// an ordinal ("the third of March", "a third term").
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:the|first|second|latter|former|other)\s+)\b(?:(?:a|one|two|three|four|five|seven|nine)[-\s])?(?:half|thirds?|quarters?|fifths?|tenths?)\s+(?:of|the)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex Fraction();

    [GeneratedRegex(@"^\s*(?:times\b|x\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Multiple();

    [GeneratedRegex(@"^(?:1[5-9]\d\d|20\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    /// <summary>A plural noun straight after a figure makes a year-like figure a count ("1500 volunteers").</summary>
    [GeneratedRegex(@"^\s*\p{Ll}+s\b", RegexOptions.CultureInvariant)]
    private static partial Regex PluralNoun();

    /// <summary>A time of day: "9.30pm", "10am", "14:05", "0600 GMT", "21.47 BST", "noon", "midnight", "dawn", "in the evening", "o'clock".</summary>
    [GeneratedRegex(@"(?<![\d.,:])\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])|(?<![\d.,:$£€])(?:[01]?\d|2[0-3])[:]\d{2}(?![\d:]|[.,]\d)|\b(?:\d{4}|\d{1,2}[.:]\d{2})\s?(?:(?-i:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT)|local\s+time)\b|\b(?:noon|midday|midnight|dawn|daybreak|dusk|nightfall|sunrise|sunset|morning|afternoon|evening|overnight|night|tonight|o['’]clock)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex ClockTime();
}

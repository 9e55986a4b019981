namespace NewsBot.Dates;

/// <summary>
/// Reads the words around a candidate match to decide whether it is a date, e.g. "in May" versus "Russia may invade",
/// "in 2021" versus "2021 troops", "on Sunday" versus "the Sunday Times".
/// </summary>
internal static class DateContext
{
    /// <summary>Words after which a month name or a bare year reads as a date: "in May", "since 2014".</summary>
    private static readonly HashSet<string> TimePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "since", "until", "till", "by", "from", "during", "before", "after", "through", "throughout",
        "early", "mid", "late", "last", "next", "this", "year", "circa",
    };

    /// <summary>Words that make a preceding number a quantity, not a day or a year: "17 km", "2021 troops".</summary>
    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        "km", "kilometers", "kilometres", "miles", "meters", "metres", "m", "kg", "tons", "tonnes", "percent", "per",
        "people", "persons", "troops", "soldiers", "servicemen", "tanks", "units", "cases", "deaths", "votes",
        "dollars", "euros", "rubles", "roubles", "pounds", "barrels", "million", "billion", "thousand", "times",
    };

    /// <summary>
    /// Words that put what follows in the future: "will meet on Friday", "is due to speak on Friday", "is expected to
    /// sign on Monday", "said he would visit on Tuesday".
    /// </summary>
    private static readonly HashSet<string> FutureMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "ll", "shall", "would", "due", "expected", "scheduled", "planned", "plans", "planning", "set", "going",
        "upcoming", "forthcoming", "ahead",
    };

    /// <summary>
    /// The <see cref="FutureMarkers"/> that make a verb future when they follow its subject ("the leaders will meet",
    /// "the vote is expected"); not "would" (reported speech: "he said he would") nor adjectives ("the planned strike").
    /// </summary>
    private static readonly HashSet<string> ForwardMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "ll", "shall", "due", "expected", "scheduled", "set", "going", "plans", "planning",
    };

    /// <summary>How many words after a day that opens its sentence are read for <see cref="ForwardMarkers"/>: a subject and its auxiliary.</summary>
    private const int SubjectWords = 6;

    private static readonly System.Buffers.SearchValues<char> ClauseBoundaries = System.Buffers.SearchValues.Create(".;:!?\n");

    /// <summary>How many words before a weekday are read for a future marker: about one clause.</summary>
    private const int FutureWindowWords = 8;

    /// <summary>Month names that are also common English words.</summary>
    private static readonly HashSet<string> AmbiguousMonths = new(StringComparer.OrdinalIgnoreCase) { "May", "March", "Mar" };

    public static bool IsAmbiguousMonth(string name) => AmbiguousMonths.Contains(name.TrimEnd('.'));

    public static bool FollowsTimePreposition(string text, int start) => TimePrepositions.Contains(PreviousWord(text, start));

    /// <summary>True when the number ending at <paramref name="end"/> is followed by a unit, a percent sign or more digits.</summary>
    public static bool IsQuantity(string text, int end)
    {
        if (end < text.Length)
        {
            var next = text[end];
            if (next == '%' || ((next == ',' || next == '.') && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))
            {
                return true;
            }
        }

        return Units.Contains(NextWord(text, end));
    }

    /// <summary>True when the character before <paramref name="start"/> makes the number money or part of another number.</summary>
    public static bool HasNumericPrefix(string text, int start)
    {
        if (start == 0)
        {
            return false;
        }

        var previous = text[start - 1];
        return char.GetUnicodeCategory(previous) == System.Globalization.UnicodeCategory.CurrencySymbol
            || previous is '#' or '.' or ',' or '/' or '-' or '+'
            || char.IsAsciiDigit(previous);
    }

    /// <summary>
    /// True when the clause before <paramref name="start"/> speaks of the future ("Putin is expected to speak on Friday"):
    /// one of the <see cref="FutureMarkers"/> within <see cref="FutureWindowWords"/> words, not past a clause boundary
    /// (. ; : or a line break), and not itself negated by a past form after it ("was due to … but"). A comma is read past
    /// only where it sets off a name in apposition ("will meet the harbour chief, Kari Lunde, on Thursday"): every word
    /// read since the day or the last comma is capitalised or a time preposition. A comma after lower-case words ends
    /// the clause the day belongs to ("the board will resign, officials said on Thursday").
    /// </summary>
    public static bool FollowsFutureMarker(string text, int start)
    {
        var end = start;
        var apposed = true;
        for (var words = 0; words < FutureWindowWords && end > 0; words++)
        {
            var (begin, stop) = PreviousWordSpan(text, end);
            if (stop == begin && apposed && stop > 0 && text[stop - 1] == ',')
            {
                (begin, stop) = PreviousWordSpan(text, stop - 1);
            }

            if (stop == begin || text.AsSpan(stop, end - stop).IndexOfAny(ClauseBoundaries) >= 0)
            {
                return false;
            }

            var word = text[begin..stop];
            if (text.AsSpan(stop, end - stop).Contains(','))
            {
                apposed = true;
            }

            apposed &= char.IsUpper(word[0]) || TimePrepositions.Contains(word);
            if (FutureMarkers.Contains(word))
            {
                // "was expected to", "had been due to": a plan reported in the past tense still points forward from
                // the story's day, unless the clause says it already happened; "set"/"going" only as "set to"/"going to".
                return word is not ("set" or "going") || NextWord(text, stop) is "to";
            }

            end = begin;
        }

        return false;
    }

    /// <summary>
    /// True when a day that opens its sentence ("On Thursday, the leaders will meet") is followed by its clause's verb
    /// put in the future: one of <see cref="ForwardMarkers"/> within <see cref="SubjectWords"/> words after it (the
    /// subject's length), read past the comma that sets the day off but not past a clause boundary or a verb already in
    /// the past or of saying. News copy fronts a scheduled day as often as it ends a sentence with it, and the verb that
    /// dates it then comes after; a marker after "said" belongs to reported speech ("On Thursday, officials said the
    /// leaders will meet"), which the day does not date.
    /// </summary>
    /// <param name="start">Where the day's mention starts ("Thursday"; a preposition before it is read here).</param>
    /// <param name="end">Where the mention ends.</param>
    public static bool OpensFutureClause(string text, int start, int end)
    {
        var opening = PreviousWord(text, start) is var before && before.Equals("on", StringComparison.OrdinalIgnoreCase)
            ? PreviousWordSpan(text, start).Begin
            : start;
        if (!IsSentenceStart(text, opening - 1))
        {
            return false;
        }

        var at = end;
        for (var words = 0; words < SubjectWords && at < text.Length; words++)
        {
            var begin = at;
            while (begin < text.Length && !char.IsLetter(text[begin]))
            {
                if (ClauseBoundaries.Contains(text[begin]))
                {
                    return false;
                }

                begin++;
            }

            var stop = begin;
            while (stop < text.Length && char.IsLetter(text[stop]))
            {
                stop++;
            }

            var word = text[begin..stop];
            if (ForwardMarkers.Contains(word))
            {
                return word is not ("set" or "going") || NextWord(text, stop) is "to";
            }

            if (EndsSubject(word))
            {
                return false;
            }

            at = stop;
        }

        return false;
    }

    /// <summary>
    /// A lower-case past form ("announced", "was") or a verb of saying, so the day's clause has its verb already; or a
    /// relative pronoun, after which a future belongs to the clause it opens ("the ferry that will replace…").
    /// </summary>
    private static bool EndsSubject(string word) =>
        word.Length > 0 && char.IsLower(word[0])
        && (word.EndsWith("ed", StringComparison.Ordinal) || word is "said" or "says" or "told" or "tells" or "was" or "were" or "that" or "which" or "who" or "whose");

    /// <summary>True when a capitalized word, not at a sentence start, comes right before: "Bloody Sunday", "Russia Today".</summary>
    public static bool FollowsName(string text, int start)
    {
        var (begin, end) = PreviousWordSpan(text, start);
        return end > begin && char.IsUpper(text[begin]) && !IsSentenceStart(text, begin - 1);
    }

    /// <summary>True when a capitalized word comes right after: "Sunday Times".</summary>
    public static bool PrecedesName(string text, int end) => IsCapitalized(NextWord(text, end));

    /// <summary>True when the text at <paramref name="start"/> begins a sentence, a line or the text.</summary>
    public static bool StartsSentence(string text, int start) => IsSentenceStart(text, start - 1);

    public static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>The word before <paramref name="start"/>, skipping spaces and a hyphen ("mid-May" → "mid"); empty if none.</summary>
    public static string PreviousWord(string text, int start)
    {
        var (begin, end) = PreviousWordSpan(text, start);
        return text[begin..end];
    }

    /// <summary>The word after <paramref name="end"/>, skipping spaces; empty if punctuation comes first.</summary>
    public static string NextWord(string text, int end)
    {
        var begin = end;
        while (begin < text.Length && char.IsWhiteSpace(text[begin]))
        {
            begin++;
        }

        var stop = begin;
        while (stop < text.Length && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return text[begin..stop];
    }

    private static (int Begin, int End) PreviousWordSpan(string text, int start)
    {
        var end = start;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '-'))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return (begin, end);
    }

    /// <summary>True when only spaces and sentence punctuation, a line break, or nothing come at or before <paramref name="index"/>.</summary>
    private static bool IsSentenceStart(string text, int index)
    {
        var i = index;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '"' or '“' or ':' or '\n' or '\r';
    }
}

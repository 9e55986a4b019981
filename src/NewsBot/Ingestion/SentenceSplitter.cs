using System.Buffers;

namespace NewsBot.Ingestion;

/// <summary>
/// Splits news prose into sentences with exact offsets.
/// <para>
/// Rule: a sentence ends at <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c> (plus any closing quotes and brackets that follow it)
/// when whitespace follows and the next word starts a sentence (a capital, a digit or an opening quote), or at a line
/// line break unless the next line starts in lower case. A period does not end a sentence after a title (<c>Gen.</c>, <c>Mr.</c>), a single initial (<c>J.</c>), a month
/// or a number abbreviation before a number (<c>Jan. 5</c>, <c>No. 5</c>, <c>c. 1,300</c>), or an abbreviation with inner periods (<c>U.S.</c>, <c>a.m.</c>) unless the next word
/// is one that usually opens a sentence (<c>The</c>, <c>He</c>, …). A quotation that ends in a comma or runs on into a
/// lower-case attribution (<c>“Why?” she asked.</c>) stays one sentence with its attribution.
/// </para>
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "gov",
        "sen", "rep", "rev", "fr", "st", "jr", "sr", "pres", "amb", "hon", "supt", "insp", "messrs", "mt", "ft",
        "vs", "v", "approx", "dept", "est", "inc", "corp", "ltd", "co", "bros", "ave", "blvd",
    };

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    // Abbreviations that only precede a number: "No. 5", "Vol. 2", "Fig. 3", "c. 1,300,000".
    private static readonly HashSet<string> NumberAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "vol", "fig", "pp", "p", "art", "para", "c", "ca",
    };

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "But", "And", "In", "On", "At", "As", "If", "When", "While", "After", "Before", "Its", "His", "Her", "Their",
        "Our", "Some", "Many", "Most", "Officials", "However", "Meanwhile", "Still", "Yet", "So",
    };

    /// <summary>Splits <paramref name="text"/> within [start, start + length) into trimmed sentence ranges.</summary>
    public static IReadOnlyList<TextRange> Split(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, text.Length);

        var sentences = new List<TextRange>();
        var end = start + length;
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                if (!ContinuesOnNextLine(text, i, end))
                {
                    TextRange.AddTrimmed(text, sentenceStart, i, sentences);
                    sentenceStart = i + 1;
                }

                continue;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var close = i + 1;
            while (close < end && (IsClosingQuote(text, close) || text[close] is ')' or ']' or '.' or '!' or '?' or '…'))
            {
                close++;
            }

            if (close < end && !char.IsWhiteSpace(text[close]))
            {
                continue;
            }

            var next = close;
            while (next < end && text[next] is ' ' or '\t' or '\u00A0')
            {
                next++;
            }

            // A terminator inside a closing quote or bracket ("No.”) ends the sentence whatever word precedes it.
            var quoted = close > i + 1 && text[close - 1] is not '.';
            if (next < end && text[next] is not ('\n' or '\r') && !(quoted && StartsSentence(text[next])) && !EndsSentence(text, sentenceStart, i, next, end))
            {
                continue;
            }

            TextRange.AddTrimmed(text, sentenceStart, close, sentences);
            sentenceStart = close;
            i = close - 1;
        }

        TextRange.AddTrimmed(text, sentenceStart, end, sentences);
        return sentences;
    }

    private static bool EndsSentence(string text, int sentenceStart, int terminator, int next, int end)
    {
        if (!StartsSentence(text[next]))
        {
            return false;
        }

        if (text[terminator] != '.')
        {
            return true;
        }

        var wordStart = terminator;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“' or '‘'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, terminator - wordStart);
        if (word.IsEmpty)
        {
            return true;
        }

        var nextWord = NextWord(text, next, end);
        if (Titles.Contains(word.ToString()))
        {
            return false;
        }

        // A single capital letter is an initial ("John F. Kennedy", "John C. Calhoun"), never a sentence.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        if (Months.Contains(word.ToString()) || NumberAbbreviations.Contains(word.ToString()))
        {
            return !char.IsDigit(text[next]);
        }

        // A figure with a decimal point ("2.5%", "$16.1m", "(£8.4m)") is no abbreviation: its full stop ends the sentence.
        // "U.S.", "a.m.", "U.K." end a sentence only before a word that usually opens one.
        if (word.Contains('.') && !word.ContainsAny(Digits))
        {
            return SentenceOpeners.Contains(nextWord);
        }

        return true;
    }

    // A hard-wrapped line ("...said the\nforeign minister") continues when the next line starts in lower case;
    // otherwise a line break ends the sentence, as headlines and list items carry no final punctuation.
    private static bool ContinuesOnNextLine(string text, int lineBreak, int end)
    {
        var i = lineBreak;
        while (i < end && text[i] is '\n' or '\r' or ' ' or '\t')
        {
            if (text[i] == '\n' && i > lineBreak && text.AsSpan(lineBreak, i - lineBreak).Contains('\n'))
            {
                return false;
            }

            i++;
        }

        return i < end && char.IsLower(text[i]);
    }

    private static string NextWord(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        return text[start..i];
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '—' or '–' or '-';

    private static bool IsClosingQuote(string text, int i) => text[i] is '"' or '”' or '’' or '\'' or '»';
}

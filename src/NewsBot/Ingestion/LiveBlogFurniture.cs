using System.Text.RegularExpressions;

namespace NewsBot.Ingestion;

/// <summary>
/// Takes apart what a live blog's page leaves glued together when it is flattened to text, so each statement is a
/// sentence of its own and no sentence quotes the page's furniture.
/// <para>
/// A live blog is a run of posts, each opened by its time and, on the first post of a day, the date ("7 Mar 2022"
/// "04.32"), often with an "Updated at 01.13 GMT" line closing the post before; posts carry a headline run straight
/// into their first sentence ("…, Zelenskiy warnsUkraine’s president said…") and links to other articles ("…–
/// liveRead more"). Flattened, these stand with no space between them, so the sentence splitter, which needs white
/// space after a full stop, reads a whole stretch as one "sentence".
/// </para>
/// <para>
/// Removed from the sentence (no sentence holds it): a post's time stamp glued to the next word ("04.32Thanks", with
/// the date before it and an "Updated at …" line before that); a glued "Read more" with the link's headline before it
/// (a piece with no full stop of its own). Cut, nothing removed: a full stop, question or exclamation mark glued to the
/// next sentence's capital ("…, Reuters reports.South Korea’s…"), unless the next word is an address
/// ("Angela.Perez@paper.com"); and a post's headline run into its first sentence, where a lower-case word runs into a
/// capitalised one within <see cref="HeadlineReach"/> characters after a removed time stamp.
/// </para>
/// Every piece keeps exact offsets into the text.
/// </summary>
public static partial class LiveBlogFurniture
{
    /// <summary>How far after a post's time stamp its headline may end.</summary>
    public const int HeadlineReach = 200;

    /// <summary>A link's headline before a glued "Read more" is at most this long; a longer piece is prose and only loses the "Read more".</summary>
    public const int MaxLinkHeadline = 200;

    public static IReadOnlyList<TextRange> Split(string text, TextRange range)
    {
        ArgumentNullException.ThrowIfNull(text);

        var stretch = text.AsSpan(range.Start, range.Length);
        if (!Clue().IsMatch(stretch))
        {
            return [range];
        }

        var body = text.Substring(range.Start, range.Length);
        var removed = new List<(int Start, int End, bool Link)>();
        foreach (Match stamp in Stamp().Matches(body))
        {
            removed.Add((stamp.Index, stamp.Index + stamp.Length, false));
        }

        foreach (Match link in ReadMore().Matches(body))
        {
            removed.Add((link.Index, link.Index + link.Length, true));
        }

        var cuts = new SortedSet<int>();
        foreach (Match end in GluedEnd().Matches(body))
        {
            if (!IsAddress(body, end.Index + end.Length))
            {
                cuts.Add(end.Index + end.Length);
            }
        }

        foreach (var (_, end, link) in removed)
        {
            if (!link && HeadlineJoin().Match(body, end, Math.Min(HeadlineReach, body.Length - end)) is { Success: true } join)
            {
                cuts.Add(join.Index + join.Length);
            }
        }

        removed.Sort();
        var pieces = new List<TextRange>();
        var from = 0;
        foreach (var (start, end, link) in removed)
        {
            if (start < from)
            {
                continue;
            }

            var before = Pieces(body, from, start, cuts);
            if (link && before.Count > 0 && before[^1] is var headline && headline.Length <= MaxLinkHeadline && !Prose().IsMatch(body.AsSpan(headline.Start, headline.Length)))
            {
                before.RemoveAt(before.Count - 1);
            }

            pieces.AddRange(before);
            from = end;
        }

        pieces.AddRange(Pieces(body, from, body.Length, cuts));
        return pieces.Select(p => new TextRange(range.Start + p.Start, p.Length)).ToList();
    }

    private static List<TextRange> Pieces(string body, int from, int to, SortedSet<int> cuts)
    {
        var pieces = new List<TextRange>();
        foreach (var cut in to - from > 1 ? cuts.GetViewBetween(from + 1, to - 1) : [])
        {
            TextRange.AddTrimmed(body, from, cut, pieces);
            from = cut;
        }

        TextRange.AddTrimmed(body, from, to, pieces);
        return pieces;
    }

    /// <summary>True when the word starting at <paramref name="i"/> is an e-mail or web address, not a sentence's first word.</summary>
    private static bool IsAddress(string body, int i)
    {
        var end = i;
        while (end < body.Length && !char.IsWhiteSpace(body[end]))
        {
            end++;
        }

        return body.AsSpan(i, end - i).IndexOfAny('@', '/') >= 0;
    }

    /// <summary>Cheap test that a stretch may hold furniture at all: a digit, a letter or a stop glued to a capital, or "Read more".</summary>
    [GeneratedRegex(@"\d[A-Z'‘“""]|[a-z.!?][A-Z]|Read more")]
    private static partial Regex Clue();

    /// <summary>"Updated at 01.13 GMT 7 Mar 202204.32", "7 Mar 202204.32", "04.32": a post's time, glued to what follows.</summary>
    [GeneratedRegex(@"(?:Updated\sat\s\d{1,2}[.:]\d{2}(?:\s?[A-Z]{2,4})?\s*)?(?:\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s\d{4}|(?<![\d.,:]))\d{1,2}[.:]\d{2}(?=[A-Z'‘“""])|Updated\sat\s\d{1,2}[.:]\d{2}(?:\s?[A-Z]{2,4})?(?=\s|$)")]
    private static partial Regex Stamp();

    /// <summary>"Read more" after the link's headline, before the next sentence or the end.</summary>
    [GeneratedRegex(@"(?<=\S\s?)Read\smore(?=\s*(?:$|[A-Z0-9“‘""']))")]
    private static partial Regex ReadMore();

    /// <summary>A stop after a lower-case word, glued to the next sentence's capital: "reports.South", "it.”Zelenskiy".</summary>
    [GeneratedRegex(@"(?<=[a-z]{2})[.!?][”’]?(?=[“‘]?[A-Z][a-z])")]
    private static partial Regex GluedEnd();

    /// <summary>A lower-case word (or its closing quote) run into a capitalised one: "warnsUkraine’s", "atrocities’Zelenskiy".</summary>
    [GeneratedRegex(@"(?<=\b[a-z]{3,}|[a-z][’”'])(?=[A-Z][a-z])")]
    private static partial Regex HeadlineJoin();

    /// <summary>A full stop inside a piece, so it is prose, not a link's headline.</summary>
    [GeneratedRegex(@"[.!?][”’""]?\s")]
    private static partial Regex Prose();
}

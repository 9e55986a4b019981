using System.Buffers;
using System.Text.RegularExpressions;
using NewsBot.Text;

namespace NewsBot.Ingestion;

/// <summary>
/// Takes apart what a news page, a live blog's above all, leaves glued together when it is flattened to text, so each
/// statement is a sentence of its own and no sentence quotes the page's furniture.
/// <para>
/// A live blog is a run of posts, each opened by its time and, on the first post of a day, the date ("7 Mar 2022"
/// "04.32"), often with an "Updated at 01.13 GMT" line closing the post before; posts carry a headline run straight
/// into their first sentence ("…, storm nears VardoThe coastguard said…") and links to other articles ("…–
/// liveRead more"). Flattened, these stand with no space between them, so the sentence splitter, which needs white
/// space after a full stop, reads a whole stretch as one "sentence".
/// </para>
/// <para>
/// Removed from the sentence (no sentence holds it): a post's time stamp glued to the next word ("04.32Thanks", with
/// the date before it and an "Updated at …" line before that); a glued "Read more" with the link's headline before it
/// (a piece with no full stop of its own); an embedded video's caption closed by "– video" before the next sentence
/// ("Storm damage in Vardo harbour – video The port authority said…", with the caption as a link's headline); a
/// newsletter's sign-up line run into the next sentence ("Sign up to Harbour Notes, our free daily newsletter – every
/// weekday morning at 7am The port authority said…"); a photo credit after its caption ("Photograph: Ana Lunde/Reuters",
/// "Photograph: Reuters"), which ends after its last agency (<c>Ingestion/PictureAgencies.txt</c>) even when the next
/// sentence runs into it ("…/APLunde said"), or, for an agency not in the list, at the end of the word after its last
/// slash. Cut, nothing removed: a full stop, question or exclamation mark glued to the next sentence's capital ("…,
/// the coastguard said.Crews reached…", "…to all.“Ferries will…"), unless the next word is an address
/// ("Angela.Perez@paper.com"); and a post's headline run into its first sentence, where a lower-case word runs into a
/// capitalised one within <see cref="HeadlineReach"/> characters after a removed time stamp.
/// </para>
/// Every piece keeps exact offsets into the text.
/// </summary>
public static partial class PageFurniture
{
    /// <summary>A photo credit's photographer, or one agency of several, is at most this long.</summary>
    public const int MaxCreditPart = 40;

    /// <summary>The picture agencies, longest first, so "PA Media" is read before "PA".</summary>
    private static readonly Lazy<string[]> PictureAgencies = new(() => EmbeddedText.Read("NewsBot.Ingestion.PictureAgencies.txt")
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(line => !line.StartsWith('#'))
        .OrderByDescending(a => a.Length)
        .ToArray());

    /// <summary>The characters <see cref="MayHold"/> stops at: capitals, opening quotes, and the stop or colon of a time.</summary>
    private static readonly SearchValues<char> Triggers = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ“‘'\".:");

    private enum Kind
    {
        Stamp,
        Link,
        Credit,
        Promo,
    }

    /// <summary>How far after a post's time stamp its headline may end.</summary>
    public const int HeadlineReach = 200;

    /// <summary>A link's headline before a glued "Read more" is at most this long; a longer piece is prose and only loses the "Read more".</summary>
    public const int MaxLinkHeadline = 200;

    public static IReadOnlyList<TextRange> Split(string text, TextRange range)
    {
        ArgumentNullException.ThrowIfNull(text);

        if (!MayHold(text.AsSpan(range.Start, range.Length)))
        {
            return [range];
        }

        var body = text.Substring(range.Start, range.Length);
        var removed = new List<(int Start, int End, Kind Kind)>();
        foreach (Match stamp in Stamp().Matches(body))
        {
            removed.Add((stamp.Index, stamp.Index + stamp.Length, Kind.Stamp));
        }

        foreach (Match link in ReadMore().Matches(body))
        {
            removed.Add((link.Index, link.Index + link.Length, Kind.Link));
        }

        foreach (Match video in VideoLink().Matches(body))
        {
            removed.Add((video.Index, video.Index + video.Length, Kind.Link));
        }

        foreach (Match promo in SignUp().Matches(body))
        {
            removed.Add((promo.Index, promo.Index + promo.Length, Kind.Promo));
        }

        foreach (Match credit in Credit().Matches(body))
        {
            if (CreditEnd(body, credit) is { } end)
            {
                removed.Add((credit.Index, end, Kind.Credit));
            }
        }

        var cuts = new SortedSet<int>();
        foreach (Match end in GluedEnd().Matches(body))
        {
            if (!IsAddress(body, end.Index + end.Length))
            {
                cuts.Add(end.Index + end.Length);
            }
        }

        foreach (var (_, end, kind) in removed)
        {
            if (kind == Kind.Stamp && HeadlineJoin().Match(body, end, Math.Min(HeadlineReach, body.Length - end)) is { Success: true } join)
            {
                cuts.Add(join.Index + join.Length);
            }
        }

        removed.Sort();
        var pieces = new List<TextRange>();
        var from = 0;
        foreach (var (start, end, kind) in removed)
        {
            if (start < from)
            {
                from = Math.Max(from, end);
                continue;
            }

            var before = Pieces(body, from, start, cuts);
            if (kind == Kind.Link && before.Count > 0 && before[^1] is var headline && headline.Length <= MaxLinkHeadline && !Prose().IsMatch(body.AsSpan(headline.Start, headline.Length)))
            {
                before.RemoveAt(before.Count - 1);
            }

            pieces.AddRange(before);
            from = end;
        }

        pieces.AddRange(Pieces(body, from, body.Length, cuts));
        return pieces.Select(p => new TextRange(range.Start + p.Start, p.Length)).ToList();
    }

    /// <summary>
    /// Where the credit that <paramref name="label"/> opens ends: after an agency of the list named alone
    /// ("Photograph: Reuters"); otherwise the credit runs from slash to slash ("Ana Lunde/SOPA
    /// Images/REX/Shutterstock", each next slash within <see cref="MaxCreditPart"/> characters) and ends after the first
    /// agency of the list that no slash follows, or else after the word that follows its last slash; null when no slash
    /// follows the label within reach, so it is no credit.
    /// </summary>
    private static int? CreditEnd(string body, Match label)
    {
        if (AgencyEnd(body, label.Index + label.Length) is { } agencyOnly)
        {
            return agencyOnly;
        }

        var slash = NextSlash(body, label.Index + label.Length, MaxCreditPart * 2);
        while (slash >= 0)
        {
            var after = slash + 1;
            if (AgencyEnd(body, after) is { } agencyEnd)
            {
                return agencyEnd;
            }

            var next = NextSlash(body, after, MaxCreditPart);
            if (next < 0)
            {
                var end = after;
                while (end < body.Length && !char.IsWhiteSpace(body[end]))
                {
                    end++;
                }

                return end;
            }

            slash = next;
        }

        return null;
    }

    /// <summary>The end of the agency of the list that starts at <paramref name="at"/> and is the credit's last (no slash after it), or null.</summary>
    private static int? AgencyEnd(string body, int at)
    {
        var agency = PictureAgencies.Value.FirstOrDefault(a => string.CompareOrdinal(body, at, a, 0, a.Length) == 0
            && (at + a.Length == body.Length || !char.IsLower(body[at + a.Length])));
        return agency is not null && (at + agency.Length == body.Length || body[at + agency.Length] != '/') ? at + agency.Length : null;
    }

    /// <summary>The next slash within <paramref name="reach"/> characters of <paramref name="from"/> and before any full stop or line break, or -1.</summary>
    private static int NextSlash(string body, int from, int reach)
    {
        for (var i = from; i < body.Length && i - from <= reach && body[i] != '\n'; i++)
        {
            if (body[i] == '/')
            {
                return i;
            }

            if (body[i] is '.' or '!' or '?' && i + 1 < body.Length && char.IsWhiteSpace(body[i + 1]))
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>
    /// A cheap first look, as most sentences hold no furniture: a digit, a letter or a stop run into a capital or an
    /// opening quote, a year run into a time ("202204.32"), or one of the labels ("Read more", "Updated at", a credit's).
    /// </summary>
    private static bool MayHold(ReadOnlySpan<char> text)
    {
        if (text.Contains(VideoLabel, StringComparison.Ordinal))
        {
            return true;
        }

        // Jump from capital to capital (and to quotes, stops and colons) rather than reading every character.
        for (var at = 0; at < text.Length;)
        {
            var found = text[at..].IndexOfAny(Triggers);
            if (found < 0)
            {
                return false;
            }

            var i = at + found;
            var (before, c) = (i > 0 ? text[i - 1] : ' ', text[i]);
            if (char.IsAsciiLetterUpper(c) ? char.IsAsciiDigit(before) || char.IsAsciiLetterLower(before) || before is '.' or '!' or '?' || StartsLabel(text[i..])
                : c is '.' or ':' ? i >= 5 && i + 2 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && text[(i - 5)..i].IndexOfAnyExceptInRange('0', '9') < 0
                : char.IsAsciiDigit(before) || before is '.' or '!' or '?' or '”' or '’')
            {
                return true;
            }

            at = i + 1;
        }

        return false;
    }

    private static bool StartsLabel(ReadOnlySpan<char> text) => text[0] switch
    {
        'R' => text.StartsWith("Read more", StringComparison.Ordinal),
        'S' => text.StartsWith("Sign up", StringComparison.Ordinal),
        'U' => text.StartsWith("Updated at", StringComparison.Ordinal),
        'P' => text.StartsWith("Photograph:", StringComparison.Ordinal),
        'C' => text.StartsWith("Composite:", StringComparison.Ordinal),
        'I' => text.StartsWith("Illustration:", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>
    /// True when <paramref name="text"/> is only a credit line, which ingestion leaves as a sentence when it stands alone
    /// ("Source: Vardo Press Thu 7 Apr 22.17 BST", "Photograph: Kari Lunde/Vardo Press"): a label and a few words, which
    /// state nothing, so such a sentence may not lead an answer. A credit run into a longer sentence is not one.
    /// </summary>
    public static bool IsCreditLine(string text) => CreditLine().IsMatch(text);

    /// <summary>
    /// True when <paramref name="text"/> states nothing: a credit line (<see cref="IsCreditLine"/>), a line with no
    /// lower-case word, which is a list's entry or a table's row ("7 Kari Lunde (Norway)", "Bergen 2-1 Tromso"), not a
    /// sentence with a verb, or the page's note of its own correction ("This article was amended on 3 May 2022 because
    /// an earlier version …"), which tells of the article, not of the news.
    /// </summary>
    public static bool StatesNothing(string text) => IsCreditLine(text) || !LowerCaseWord().IsMatch(text) || CorrectionNote().IsMatch(text);

    /// <summary>"This article was amended …", "This story has been corrected …", "An earlier version of this article …".</summary>
    [GeneratedRegex(@"^\W*(?:This\s+(?:article|story|piece|report|post)\s+(?:was|has\s+been)\s+(?:amended|corrected|updated)\b|An\s+earlier\s+version\s+of\s+this\s+(?:article|story|piece|report|post)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CorrectionNote();

    /// <summary>A word that opens with a lower-case letter.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’])\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseWord();

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

    /// <summary>
    /// "Updated at 01.13 GMT 7 Mar 202204.32", "7 Mar 202204.32", "04.32": a post's time glued to what follows (the
    /// date's year glued to the time is enough with a space after it); an "Updated at 01.13 GMT" line on its own.
    /// </summary>
    [GeneratedRegex(@"(?:Updated\sat\s\d{1,2}[.:]\d{2}(?:\s?[A-Z]{2,4})?\s*)?(?:\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s\d{4}\d{1,2}[.:]\d{2}(?=\s*(?:[A-Z'‘“""]|$))|(?<![\d.,:])\d{1,2}[.:]\d{2}(?=[A-Z'‘“""]))|Updated\sat\s\d{1,2}[.:]\d{2}(?:\s?[A-Z]{2,4})?(?=\s|$)")]
    private static partial Regex Stamp();

    /// <summary>"Read more" after the link's headline, before the next sentence or the end.</summary>
    [GeneratedRegex(@"(?<=\S\s?)Read\smore(?=\s*(?:$|[A-Z0-9“‘""']))")]
    private static partial Regex ReadMore();

    /// <summary>The label closing an embedded video's caption on a news page.</summary>
    private const string VideoLabel = "– video";

    /// <summary>
    /// A newsletter's sign-up line, up to where it says what arrives and when ("… newsletter", "… email", "… inbox",
    /// "every morning", "at 7am BST"), when the next sentence runs straight into it or the text ends there. It holds no
    /// stop of its own: a sentence that starts "Sign up …" and ends with a stop is prose.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])Sign\s+up\s+(?:to|for)\b[^.!?]{0,160}?\b(?:newsletters?|emails?|e-mails?|inbox|morning|evening|weekday|day|week)(?:\s+at\s+\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)(?:\s+[A-Z]{2,4}\b)?)?(?=\s+[A-Z“‘""']|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex SignUp();

    /// <summary>"– video" closing an embedded video's caption, with the next sentence after it ("…storm damage in Vardo – video The mayor said…").</summary>
    [GeneratedRegex(@"(?<=\S)\s–\svideo(?=\s+[A-Z“‘""'])")]
    private static partial Regex VideoLink();

    /// <summary>A stop after a lower-case word, glued to the next sentence's capital: "said.Crews", "it.”Lunde", "all.“UK", "Vardo.A ferry".</summary>
    [GeneratedRegex(@"(?<=[a-z]{2})[.!?][”’]?(?=[“‘]?(?:[A-Z][A-Za-z]|[AI]\s))")]
    private static partial Regex GluedEnd();

    /// <summary>
    /// A lower-case word (or its closing quote) run into a capitalised one: "nearsThe", "closed’Lunde"; or a headline's
    /// last word, capitalised, run into the next: "…closes VardoThe", "Tromso diarySummary". A word after such a name that
    /// is followed by a comma is more likely the name's own second half, mistyped or one word ("…, AstridBrekke, said"), and
    /// is no cut.
    /// </summary>
    [GeneratedRegex(@"(?<=\b[a-z]{3,}|[a-z][’”'])(?=[A-Z][a-z])|(?<=\b[A-Z][a-z]{3,})(?=[A-Z][a-z]+\b(?!,))")]
    private static partial Regex HeadlineJoin();

    [GeneratedRegex(@"^\W*(?:Source|Photograph|Photo|Composite|Illustration|Graphic|Video)s?:\s*\S+(?:\s+\S+){0,9}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();

    /// <summary>The label that opens a photo credit.</summary>
    [GeneratedRegex(@"\b(?:Photograph|Composite|Illustration):\s")]
    private static partial Regex Credit();

    /// <summary>A full stop inside a piece, so it is prose, not a link's headline.</summary>
    [GeneratedRegex(@"[.!?][”’""]?\s")]
    private static partial Regex Prose();
}

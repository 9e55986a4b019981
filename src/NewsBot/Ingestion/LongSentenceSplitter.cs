namespace NewsBot.Ingestion;

/// <summary>
/// Cuts a "sentence" longer than <see cref="MaxLength"/> characters (a live-blog stretch, a list without punctuation,
/// a run of clauses) into pieces a reader can take as one statement, with exact offsets.
/// <para>
/// Greedy from the left: while the rest is longer than MaxLength, cut at the last boundary of the strongest kind that
/// leaves a piece of at least <see cref="MinPiece"/> and at most MaxLength characters, the boundary's punctuation kept
/// with the piece before it. Kinds, strongest first: a semicolon or colon; a dash between spaces (" – ", " — "); a
/// comma before a conjunction or relative word ("…, and", "…, but", "…, which"); any comma; any space. A line break
/// counts as a space: <see cref="SentenceSplitter"/> leaves one inside a sentence only where the text is hard-wrapped.
/// Each piece is trimmed, so concatenating the pieces with the white space between them gives back the range.
/// </para>
/// </summary>
public static class LongSentenceSplitter
{
    public const int MaxLength = 400;

    public const int MinPiece = 60;

    private static readonly string[] Conjunctions = ["and ", "but ", "while ", "which ", "who ", "whereas ", "although ", "as ", "after ", "before ", "so ", "or "];

    public static IReadOnlyList<TextRange> Split(string text, TextRange range)
    {
        ArgumentNullException.ThrowIfNull(text);

        if (range.Length <= MaxLength)
        {
            return [range];
        }

        var pieces = new List<TextRange>();
        var start = range.Start;
        while (range.End - start > MaxLength)
        {
            var cut = Cut(text, start, Math.Min(range.End, start + MaxLength));
            TextRange.AddTrimmed(text, start, cut, pieces);
            start = cut;
        }

        TextRange.AddTrimmed(text, start, range.End, pieces);
        return pieces;
    }

    /// <summary>The end of the first piece of text[start, limit): just after the strongest boundary in it.</summary>
    private static int Cut(string text, int start, int limit)
    {
        var best = -1;
        var bestStrength = -1;
        for (var i = start + MinPiece; i < limit; i++)
        {
            var strength = Strength(text, i);
            if (strength >= bestStrength && strength > 0)
            {
                (best, bestStrength) = (i + 1, strength);
            }
        }

        return best > 0 ? best : limit;
    }

    /// <summary>How strong a boundary the character at <paramref name="i"/> ends: 0 for none, 5 for a semicolon.</summary>
    private static int Strength(string text, int i) => text[i] switch
    {
        ';' or ':' when Space(text, i + 1) => 5,
        '–' or '—' when i > 0 && text[i - 1] == ' ' && Space(text, i + 1) => 4,
        ',' when Space(text, i + 1) && Conjunctions.Any(c => string.CompareOrdinal(text, i + 2, c, 0, c.Length) == 0) => 3,
        ',' when Space(text, i + 1) => 2,
        ' ' or '\n' or '\r' => 1,
        _ => 0,
    };

    private static bool Space(string text, int i) => i < text.Length && char.IsWhiteSpace(text[i]);
}

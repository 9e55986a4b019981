namespace NewsBot.Ingestion;

/// <summary>A half-open range of UTF-16 code units in a text: [Start, Start + Length).</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>Adds text[from, to) to <paramref name="ranges"/> without its leading and trailing white space, unless nothing is left.</summary>
    internal static void AddTrimmed(string text, int from, int to, List<TextRange> ranges)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        if (to > from)
        {
            ranges.Add(new TextRange(from, to - from));
        }
    }
}

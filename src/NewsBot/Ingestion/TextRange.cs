namespace NewsBot.Ingestion;

/// <summary>A half-open range of UTF-16 code units in a text: [Start, Start + Length).</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}

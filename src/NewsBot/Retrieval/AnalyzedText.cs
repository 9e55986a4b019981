using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsBot.Retrieval;

/// <summary>
/// A text's tokens as an analyser read it, kept so that a text read once can be indexed in several fields: a sentence
/// is its own text field and part of its neighbours' context fields. Each token keeps its position increment (a
/// dropped stop word leaves a gap before the next token), and <see cref="EndIncrement"/> is the increment the stream
/// reported at its end (stop words after the last token), which a text read after this one in the same field
/// continues from. The terms sit end to end in one array, so a sentence costs three arrays, not a string a token.
/// </summary>
internal sealed record AnalyzedText
{
    public static readonly AnalyzedText Empty = new() { Chars = [], Ends = [], Increments = [], EndIncrement = 0 };

    /// <summary>The terms' characters, end to end.</summary>
    public required char[] Chars { get; init; }

    /// <summary>Where each term ends in <see cref="Chars"/>; it starts where the one before ends.</summary>
    public required int[] Ends { get; init; }

    public required int[] Increments { get; init; }

    public required int EndIncrement { get; init; }

    public int Count => Ends.Length;

    /// <summary>Reads <paramref name="text"/> with <paramref name="analyzer"/> (whose components it reuses on this thread).</summary>
    public static AnalyzedText Of(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(text);

        var chars = new List<char>(text.Length);
        var ends = new List<int>();
        var increments = new List<int>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            chars.AddRange(term.Buffer.AsSpan(0, term.Length));
            ends.Add(chars.Count);
            increments.Add(increment.PositionIncrement);
        }

        stream.End();
        return new AnalyzedText { Chars = [.. chars], Ends = [.. ends], Increments = [.. increments], EndIncrement = increment.PositionIncrement };
    }
}

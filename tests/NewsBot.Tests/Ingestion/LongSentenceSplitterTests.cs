using NewsBot.Ingestion;

namespace NewsBot.Tests.Ingestion;

public sealed class LongSentenceSplitterTests
{
    private static string[] Split(string text) =>
        LongSentenceSplitter.Split(text, new TextRange(0, text.Length)).Select(r => text.Substring(r.Start, r.Length)).ToArray();

    [Fact]
    public void Split_ShortSentence_IsLeftWhole()
    {
        const string text = "Finland and Sweden applied to join the alliance on Wednesday.";

        Assert.Equal([text], Split(text));
    }

    [Fact]
    public void Split_HardWrappedClauses_CutsAtClausesNotAtLineBreaks()
    {
        var clause = "officials in the eastern region reported further shelling\novernight, with damage to homes and a school";
        var text = $"{clause}; {clause}; {clause}; {clause}; {clause}.";

        var pieces = Split(text);

        Assert.True(pieces.Length > 1);
        Assert.All(pieces.SkipLast(1), p => Assert.EndsWith(";", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Split_RunOfClauses_CutsAtSemicolonsBeforeCommas()
    {
        var clause = "the ministers agreed to send more artillery, armoured vehicles and ammunition to the front, officials said";
        var text = $"{clause}; {clause}; {clause}; {clause}.";

        var pieces = Split(text);

        Assert.True(pieces.Length > 1);
        Assert.All(pieces.SkipLast(1), p => Assert.EndsWith(";", p, StringComparison.Ordinal));
        Assert.All(pieces, p => Assert.True(p.Length <= LongSentenceSplitter.MaxLength, p));
    }

    [Fact]
    public void Split_PiecesKeepExactOffsetsAndCoverTheText()
    {
        var words = string.Join(' ', Enumerable.Range(0, 300).Select(i => i % 17 == 0 ? $"word{i}," : $"word{i}"));
        var text = $"  {words}  ";
        var range = new TextRange(2, words.Length);

        var pieces = LongSentenceSplitter.Split(text, range);

        Assert.Equal(range.Start, pieces[0].Start);
        Assert.Equal(range.End, pieces[^1].End);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, LongSentenceSplitter.MaxLength));
        Assert.Equal(words, string.Join(' ', pieces.Select(p => text.Substring(p.Start, p.Length))));
    }
}

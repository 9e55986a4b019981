using NewsBot.Embeddings;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Embeddings;

public sealed class EmbeddingTextTests
{
    [Theory]
    [InlineData("Moscow\nand\tKyiv", "Moscow and Kyiv")]
    [InlineData("  two   spaces\r\n\r\nand a\u00A0no-break  ", "two spaces and a no-break")]
    [InlineData("Putin\u2019s \u201Cred lines\u201D", "Putin's \"red lines\"")]
    [InlineData("\u2018quoted\u2019", "'quoted'")]
    [InlineData("2022\u20132023 \u2014 a war", "2022-2023 - a war")]
    [InlineData("a\u2010b a\u2011b a\u2012b a\u2015b \u22125", "a-b a-b a-b a-b -5")]
    [InlineData("Caf\u00E9 na\u00EFve \u0160koda Zelensk\u00FDy", "Cafe naive Skoda Zelenskyy")]
    [InlineData("Cafe\u0301", "Cafe")]
    [InlineData("Stra\u00DFe", "Strasse")]
    [InlineData("", "")]
    [InlineData(" \n\t ", "")]
    public void Normalize_Input_GivesTokenizerReadyText(string input, string expected)
    {
        var normalized = EmbeddingText.Normalize(input);

        Assert.Equal(expected, normalized);
    }

    [Fact]
    public void Normalize_NormalizedText_IsUnchanged()
    {
        var once = EmbeddingText.Normalize("Lavrov\u2019s remarks \u2014 caf\u00E9\n\nend");

        var twice = EmbeddingText.Normalize(once);

        Assert.Equal(once, twice);
    }
}

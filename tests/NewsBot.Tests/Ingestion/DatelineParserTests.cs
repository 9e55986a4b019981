using NewsBot.Ingestion;

namespace NewsBot.Tests.Ingestion;

public sealed class DatelineParserTests
{
    [Fact]
    public void Parse_TassDateline_ReadsPlaceDateAndAgency()
    {
        const string text = "OTTAWA, January 17. /TASS/. NATO Secretary General Jens Stoltenberg said.";

        var dateline = DatelineParser.Parse(text);

        Assert.NotNull(dateline);
        Assert.Equal("OTTAWA", dateline.Place);
        Assert.Equal((1, 17, (int?)null), (dateline.Month, dateline.Day, dateline.Year));
        Assert.Equal("TASS", dateline.Agency);
        Assert.Equal("OTTAWA, January 17. /TASS/.", text[dateline.Start..dateline.End]);
    }

    [Fact]
    public void Parse_ReutersDateline_ReadsAbbreviatedMonthAndAgency()
    {
        const string text = "LONDON, Jan 5 (Reuters) - Britain said on Wednesday.";

        var dateline = DatelineParser.Parse(text);

        Assert.NotNull(dateline);
        Assert.Equal(("LONDON", 1, 5, "Reuters"), (dateline.Place, dateline.Month, dateline.Day, dateline.Agency));
        Assert.Equal("LONDON, Jan 5 (Reuters) -", text[dateline.Start..dateline.End]);
    }

    [Fact]
    public void Parse_DatelineWithRegionAndYear_ReadsYear()
    {
        const string text = "KYIV, Ukraine, March 3, 2022 — Shelling resumed.";

        var dateline = DatelineParser.Parse(text);

        Assert.NotNull(dateline);
        Assert.Equal(("KYIV, Ukraine", 3, 3, (int?)2022, (string?)null), (dateline.Place, dateline.Month, dateline.Day, dateline.Year, dateline.Agency));
    }

    [Fact]
    public void Parse_AtOffset_ReadsOnlyThere()
    {
        const string text = "Headline\n\nWASHINGTON, Dec. 17 (AP) — Text.";

        var atStart = DatelineParser.Parse(text);
        var atParagraph = DatelineParser.Parse(text, text.IndexOf("WASHINGTON", StringComparison.Ordinal));

        Assert.Null(atStart);
        Assert.NotNull(atParagraph);
        Assert.Equal((12, 17, "AP"), (atParagraph.Month, atParagraph.Day, atParagraph.Agency));
    }

    [Theory]
    [InlineData("On December 17, 2021, the Russian Foreign Ministry released a draft.")]
    [InlineData("Moscow, January 17. Lowercase places are not datelines.")]
    [InlineData("NATO said on January 17 that talks would go on.")]
    [InlineData("PARIS, Smarch 40. /AFP/. Not a month.")]
    public void Parse_OrdinarySentence_ReturnsNull(string text)
    {
        Assert.Null(DatelineParser.Parse(text));
    }
}

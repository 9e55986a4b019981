using NewsBot.Ingestion;

namespace NewsBot.Tests.Ingestion;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter.Split(text, 0, text.Length).Select(r => text.Substring(r.Start, r.Length)).ToArray();

    [Fact]
    public void Split_PlainSentences_SplitsAtEachFullStop()
    {
        var sentences = Split("Russia didn’t answer. NATO waited! Why? Nobody knows.");

        Assert.Equal(["Russia didn’t answer.", "NATO waited!", "Why?", "Nobody knows."], sentences);
    }

    [Fact]
    public void Split_AbbreviationBeforeCapital_KeepsOneSentence()
    {
        var sentences = Split("Gen. Mark Milley met Mr. Smith and Dr. Jones in St. Louis. They talked.");

        Assert.Equal(["Gen. Mark Milley met Mr. Smith and Dr. Jones in St. Louis.", "They talked."], sentences);
    }

    [Fact]
    public void Split_CircaBeforeNumber_KeepsOneSentence()
    {
        var sentences = Split("In 1921, c. 640,000 people lived in Lyon. In 1946, only 460,000 did.");

        Assert.Equal(["In 1921, c. 640,000 people lived in Lyon.", "In 1946, only 460,000 did."], sentences);
    }

    [Fact]
    public void Split_InitialThatIsAlsoAnAbbreviation_KeepsOneSentence()
    {
        var sentences = Split("John C. Calhoun and Edward P. Smith spoke. They left.");

        Assert.Equal(["John C. Calhoun and Edward P. Smith spoke.", "They left."], sentences);
    }

    [Fact]
    public void Split_AcronymInsideSentence_KeepsOneSentence()
    {
        var sentences = Split("U.S. officials said the U.S. Senate would vote. The vote failed.");

        Assert.Equal(["U.S. officials said the U.S. Senate would vote.", "The vote failed."], sentences);
    }

    [Fact]
    public void Split_AcronymEndingSentence_SplitsBeforeSentenceOpener()
    {
        var sentences = Split("The talks were held in the U.S. The next round is in Geneva.");

        Assert.Equal(["The talks were held in the U.S.", "The next round is in Geneva."], sentences);
    }

    [Theory]
    [InlineData("Brannock Ferries took $16.1m (£8.4m). Rounding out the list was Vardo Line.", "Brannock Ferries took $16.1m (£8.4m).")]
    [InlineData("Fares rose by 2.5%. Analysts had expected less.", "Fares rose by 2.5%.")]
    [InlineData("The harbour levy raised £2.3bn. Oslo said it would match it.", "The harbour levy raised £2.3bn.")]
    public void Split_DecimalFigureEndingSentence_Splits(string text, string first)
    {
        var sentences = Split(text);

        Assert.Equal([first, text[(first.Length + 1)..]], sentences);
    }

    [Fact]
    public void Split_DecimalFigureInsideSentence_KeepsOneSentence()
    {
        var sentences = Split("Version 2.5 of the Fjordgram app ships today. It is free.");

        Assert.Equal(["Version 2.5 of the Fjordgram app ships today.", "It is free."], sentences);
    }

    [Fact]
    public void Split_MonthAbbreviationBeforeDay_KeepsOneSentence()
    {
        var sentences = Split("The draft was released on Dec. 17 in Moscow. It was rejected on Jan. 26.");

        Assert.Equal(["The draft was released on Dec. 17 in Moscow.", "It was rejected on Jan. 26."], sentences);
    }

    [Fact]
    public void Split_Initials_KeepsOneSentence()
    {
        var sentences = Split("John F. Kennedy and J. R. R. Tolkien never met. That is certain.");

        Assert.Equal(["John F. Kennedy and J. R. R. Tolkien never met.", "That is certain."], sentences);
    }

    [Fact]
    public void Split_Numbers_DoNotEndSentences()
    {
        var sentences = Split("Inflation rose 3.5% to $1.2 billion in 2021. Prices fell 0.4 points.");

        Assert.Equal(["Inflation rose 3.5% to $1.2 billion in 2021.", "Prices fell 0.4 points."], sentences);
    }

    [Fact]
    public void Split_QuotationEndingInCommaWithAttribution_IsOneSentence()
    {
        var sentences = Split("“We will not back down,” he said. “It’s too early to tell,” she added.");

        Assert.Equal(["“We will not back down,” he said.", "“It’s too early to tell,” she added."], sentences);
    }

    [Fact]
    public void Split_QuestionInsideQuotationFollowedByLowercaseAttribution_IsOneSentence()
    {
        var sentences = Split("\"Are you sure?\" she asked. He was.");

        Assert.Equal(["\"Are you sure?\" she asked.", "He was."], sentences);
    }

    [Fact]
    public void Split_FullStopInsideClosingQuote_KeepsQuoteWithSentence()
    {
        var sentences = Split("He said: “No.” Then he left. She wrote \"Yes.\" (It was late.) Fine.");

        Assert.Equal(["He said: “No.”", "Then he left.", "She wrote \"Yes.\"", "(It was late.)", "Fine."], sentences);
    }

    [Fact]
    public void Split_StraightQuoteOpeningNextSentence_StartsNewSentence()
    {
        var sentences = Split("\"It's too early to tell,\" he said when asked. \"We put proposals on the table.\"");

        Assert.Equal(["\"It's too early to tell,\" he said when asked.", "\"We put proposals on the table.\""], sentences);
    }

    [Fact]
    public void Split_LineBreakWithLowercaseContinuation_JoinsWrappedLine()
    {
        var sentences = Split("The ministry said the\nproposals stand.\nA new line starts here");

        Assert.Equal(["The ministry said the\nproposals stand.", "A new line starts here"], sentences);
    }

    [Fact]
    public void Split_Range_ReturnsOffsetsIntoWholeText()
    {
        const string text = "Ignored prefix. First one. Second one.";
        var start = text.IndexOf("First", StringComparison.Ordinal);

        var ranges = SentenceSplitter.Split(text, start, text.Length - start);

        Assert.Equal([new TextRange(start, 10), new TextRange(start + 11, 11)], ranges);
        Assert.Equal("Second one.", text.Substring(ranges[1].Start, ranges[1].Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Split_BlankText_ReturnsNothing(string text)
    {
        Assert.Empty(SentenceSplitter.Split(text, 0, text.Length));
    }
}

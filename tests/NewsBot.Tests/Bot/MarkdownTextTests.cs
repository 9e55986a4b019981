using NewsBot.Answering;
using NewsBot.Bot;

namespace NewsBot.Tests.Bot;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("5*3 crates of `cargo` at pier_7 [north] <b>shed</b> & co ~x~ | y \\ z")]
    [InlineData("# Not a heading")]
    [InlineData("- not a list")]
    [InlineData("1. not a list either")]
    [InlineData("Plain words, nothing to escape.")]
    public void Escape_ThenUnescape_GivesBackTheTextExactly(string text) =>
        Assert.Equal(text, MarkdownText.Unescape(MarkdownText.Escape(text)));

    [Fact]
    public void Escape_MarkupCharacters_AreAllPrecededByABackslash() =>
        Assert.Equal(@"a \*b\* \_c\_ \[d\] \<e\> \`f\` \&g", MarkdownText.Escape("a *b* _c_ [d] <e> `f` &g"));

    [Theory]
    [InlineData("# 1 and 2. ok", @"\# 1 and 2. ok")]
    [InlineData("12. May", @"12\. May")]
    [InlineData("- item", @"\- item")]
    [InlineData("a - b + c", "a - b + c")]
    public void Escape_BlockMarkersOnlyAtLineStart_AreEscaped(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    [Fact]
    public void EscapeAnswer_KeepsMarkersTheLeadingBoldAndTheBotsOwnSentence()
    {
        var escaped = MarkdownText.EscapeAnswer("**5*3 crates** [1]\n\nCrews moved 5*3 <b>crates</b>. [1] [2]", Answer.NotCoveredText);

        Assert.Equal("**5\\*3 crates** [1]\n\nCrews moved 5\\*3 \\<b\\>crates\\</b\\>. [1] [2]", escaped);
        Assert.Equal(Answer.NotCoveredText + "\n\nx\\_y [1]", MarkdownText.EscapeAnswer(Answer.NotCoveredText + "\n\nx_y [1]", Answer.NotCoveredText));
    }

    [Fact]
    public void Title_QuotesAndBackslashes_AreEscapedForALinkTitle() =>
        Assert.Equal("say \\\"hi\\\" \\\\ <b>", MarkdownText.Title("say \"hi\" \\ <b>"));

    [Theory]
    [InlineData("\"We put forward proposals,\" he said.", "\"We put forward proposals,\" he said.")]
    [InlineData("He said “no”.", "He said “no”.")]
    [InlineData("Talks ended.", "“Talks ended.”")]
    public void Quoted_AQuoteWithItsOwnQuotationMarks_GetsNoSecondPair(string quote, string expected) =>
        Assert.Equal(expected, CitationText.Quoted(quote));
}

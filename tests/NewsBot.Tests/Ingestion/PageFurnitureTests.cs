using NewsBot.Ingestion;

namespace NewsBot.Tests.Ingestion;

public sealed class PageFurnitureTests
{
    private static string[] Split(string text) =>
        PageFurniture.Split(text, new TextRange(0, text.Length)).Select(r => text.Substring(r.Start, r.Length)).ToArray();

    [Fact]
    public void Split_PostsRunTogether_GivesEachSentenceWithoutTheTimeStamps()
    {
        const string text = "The ferry was towed back to Vardo overnight, the coastguard said.Updated at 01.13 GMT 7 Mar 202204.32Thanks for following our coverage of the storm.";

        Assert.Equal(["The ferry was towed back to Vardo overnight, the coastguard said.", "Thanks for following our coverage of the storm."], Split(text));
    }

    [Theory]
    [InlineData("Updated at 19.02 BST")]
    [InlineData("Updated at 01.42 GMT 26 May 202200.52")]
    public void Split_StampStandingAlone_LeavesNothing(string text)
    {
        Assert.Empty(Split(text));
    }

    [Fact]
    public void Split_DatedStampBeforeASpace_IsRemovedToo()
    {
        const string text = "Crews reached Vardo at dawn 26 May 202200.52 The harbour master said the ferry was safe.";

        Assert.Equal(["Crews reached Vardo at dawn", "The harbour master said the ferry was safe."], Split(text));
    }

    [Fact]
    public void Split_PostHeadlineRunIntoItsFirstSentence_CutsThemApart()
    {
        const string text = "04.21Harbour closed as storm nearsThe port authority in Vardo closed the harbour on Sunday. Fishing boats were told to stay in port.";

        Assert.Equal(["Harbour closed as storm nears", "The port authority in Vardo closed the harbour on Sunday. Fishing boats were told to stay in port."], Split(text));
    }

    [Theory]
    [InlineData("04.21Storm closes harbour in VardoThe port authority closed the harbour on Sunday.", "Storm closes harbour in Vardo", "The port authority closed the harbour on Sunday.")]
    [InlineData("7 Mar 202204.21SummaryIt is 7am in Vardo and the harbour is still closed.", "Summary", "It is 7am in Vardo and the harbour is still closed.")]
    [InlineData("04.21Kari LundeThe mayor of Vardo said the harbour would reopen.", "Kari Lunde", "The mayor of Vardo said the harbour would reopen.")]
    public void Split_PostHeadlineEndingInANameRunIntoItsFirstSentence_CutsThemApart(string text, string headline, string first)
    {
        Assert.Equal([headline, first], Split(text));
    }

    [Fact]
    public void Split_NameRunIntoItsSecondHalfBeforeAComma_IsNoCut()
    {
        const string text = "04.21The mayor of Vardo, AstridBrekke, said the harbour would reopen.";

        Assert.Equal(["The mayor of Vardo, AstridBrekke, said the harbour would reopen."], Split(text));
    }

    [Fact]
    public void Split_LinkToAnotherArticle_IsDroppedWithItsHeadline()
    {
        const string text = "Storm Brannock: what we know so far – liveRead more";

        Assert.Empty(Split(text));
    }

    [Theory]
    [InlineData("04.21Storm damage in Vardo harbour – video The port authority closed the harbour on Sunday.", new[] { "The port authority closed the harbour on Sunday." })]
    [InlineData("Storm damage in Vardo harbour – video “We lost two boats,” the harbour master said.", new[] { "“We lost two boats,” the harbour master said." })]
    [InlineData("The mayor posted a short clip – video was all she shared.", new[] { "The mayor posted a short clip – video was all she shared." })]
    public void Split_AnEmbeddedVideosCaption_IsDroppedBeforeTheNextSentence(string text, string[] expected)
    {
        Assert.Equal(expected, Split(text));
    }

    [Theory]
    [InlineData("Sign up to Harbour Notes, our free daily newsletter – every weekday morning at 7am CET The port authority closed the harbour on Sunday.", new[] { "The port authority closed the harbour on Sunday." })]
    [InlineData("Sign up to receive an email with the top stories from the Vardo Press every morning Sign up to receive the top stories every morning Lunde said the harbour would reopen.", new[] { "Lunde said the harbour would reopen." })]
    [InlineData("The harbour closed on Sunday. Sign up to Harbour Notes, our free weekly newsletter", new[] { "The harbour closed on Sunday." })]
    [InlineData("Sign up for the ferry ballot at the harbour office by Friday.", new[] { "Sign up for the ferry ballot at the harbour office by Friday." })]
    [InlineData("Sign up to the rowing club was slow every morning. Then it grew.", new[] { "Sign up to the rowing club was slow every morning. Then it grew." })]
    public void Split_ANewslettersSignUpLine_IsDroppedBeforeTheNextSentence(string text, string[] expected)
    {
        Assert.Equal(expected, Split(text));
    }

    [Fact]
    public void Split_ReadMoreGluedToProse_KeepsTheProse()
    {
        const string text = "The mayor said the bridge would reopen. Engineers will inspect it first, she added, before any traffic crossesRead more";

        Assert.Equal(["The mayor said the bridge would reopen. Engineers will inspect it first, she added, before any traffic crosses"], Split(text));
    }

    [Theory]
    [InlineData("The council met on Tuesday, Reuters reports.Its leader said the vote would go ahead.", "The council met on Tuesday, Reuters reports.")]
    [InlineData("The council met on Tuesday, Reuters reports.A leader said the vote would go ahead.", "The council met on Tuesday, Reuters reports.")]
    [InlineData("The council met on Tuesday as planned.“UK ministers will vote,” the statement said.", "The council met on Tuesday as planned.")]
    public void Split_StopGluedToTheNextSentence_CutsThere(string text, string first)
    {
        Assert.Equal([first, text[first.Length..]], Split(text));
    }

    [Theory]
    [InlineData("Crews at the quay in Vardo. Photograph: Ana Lunde/AFP/Getty ImagesThe ferry left at dawn.", "Crews at the quay in Vardo.", "The ferry left at dawn.")]
    [InlineData("Crews at the quay in Vardo. Photograph: Ana Lunde/APThe ferry left at dawn.", "Crews at the quay in Vardo.", "The ferry left at dawn.")]
    [InlineData("Crews at the quay in Vardo. Photograph: Ana Lunde/PA The ferry left at dawn.", "Crews at the quay in Vardo.", "The ferry left at dawn.")]
    [InlineData("Crews at the quay in Vardo. Photograph: ReutersThe ferry left at dawn.", "Crews at the quay in Vardo.", "The ferry left at dawn.")]
    [InlineData("Crews at the quay in Vardo. Photograph: Ana Lunde/Tromsoposten The ferry left at dawn.", "Crews at the quay in Vardo.", "The ferry left at dawn.")]
    [InlineData("Crews at the quay in Vardo. Photograph: Ana Lunde/via Harbour Press/REX/Shutterstock 6 Mar 202203.01The ferry left at dawn.", "Crews at the quay in Vardo.", "The ferry left at dawn.")]
    public void Split_PhotoCredit_LeavesCaptionAndNextSentenceApart(string text, string caption, string next)
    {
        Assert.Equal([caption, next], Split(text));
    }

    [Fact]
    public void Split_CreditLabelWithNoAgency_IsLeftInPlace()
    {
        const string text = "The exhibition is called Photograph: A History, and it opens on Friday.";

        Assert.Equal([text], Split(text));
    }

    [Theory]
    [InlineData("Write to Ana Lunde at Ana.Lunde@example.com or call the desk.")]
    [InlineData("Shares of McDonald and YouTube rose, as did the U.S.Treasury yield at 10.30 on Monday.")]
    [InlineData("The talks lasted 4.5 hours. Both sides agreed to meet again.")]
    public void Split_OrdinaryProse_IsLeftWhole(string text)
    {
        Assert.Equal([text], Split(text));
    }

    [Fact]
    public void Split_PiecesPointIntoTheText()
    {
        const string text = "Intro line. The coastguard said.Updated at 18.05 GMT 24 Mar 202217.42Crews reached the ferry.";
        var range = new TextRange(12, text.Length - 12);

        var pieces = PageFurniture.Split(text, range);

        Assert.Equal(["The coastguard said.", "Crews reached the ferry."], pieces.Select(p => text.Substring(p.Start, p.Length)));
        Assert.All(pieces, p => Assert.InRange(p.Start, range.Start, range.End - p.Length));
    }

    [Fact]
    public void Parse_LiveBlogBody_SentencesHoldNoTimeStamp()
    {
        const string text = "Storm live\n\nThe ferry was towed back overnight.Updated at 01.13 GMT 7 Mar 202204.32Crews reached Vardo at dawn, the coastguard said.";

        var article = PlainTextArticleParser.ParseBody("storm", "test", text, "Storm live");

        Assert.Contains(article.Sentences, s => s.Text == "Crews reached Vardo at dawn, the coastguard said.");
        Assert.DoesNotContain(article.Sentences, s => s.Text.Contains("GMT", StringComparison.Ordinal));
    }
}

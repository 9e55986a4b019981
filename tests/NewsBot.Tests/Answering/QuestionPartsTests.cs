using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class QuestionPartsTests
{
    [Fact]
    public void Split_TwoAsksJoinedByAnd_GivesTwoQuestionsTheSecondCarryingTheFirstsNames()
    {
        var parts = QuestionParts.Split("How long is the Kerch Bridge, and which company built it?");

        Assert.Equal(["How long is the Kerch Bridge?", "which company built it (Kerch Bridge)?"], parts);
    }

    [Fact]
    public void Split_ContextBeforeADash_IsGivenToEveryPart()
    {
        var parts = QuestionParts.Split("The port of Odesa was shelled in July - who fired, and what did the UN say?");

        Assert.Equal(["who fired (The port of Odesa was shelled in July)?", "what did the UN say (The port of Odesa was shelled in July)?"], parts);
    }

    [Fact]
    public void Split_AnAdverbBeforeTheSecondAsk_StillSplits()
    {
        var parts = QuestionParts.Split("What was the Odesa grain terminal called, and roughly how many ships used it?");

        Assert.Equal(["What was the Odesa grain terminal called?", "how many ships used it (Odesa)?"], parts);
    }

    [Fact]
    public void Of_ALaterPart_KeepsWhatItRefersBackToApartFromItsAsk()
    {
        var parts = QuestionParts.Of("How long is the Kerch Bridge, and which company built it?");

        Assert.Equal(new QuestionPart { Ask = "How long is the Kerch Bridge?" }, parts[0]);
        Assert.Equal(new QuestionPart { Ask = "which company built it?", Background = "Kerch Bridge", Subject = "Kerch Bridge" }, parts[1]);
    }

    [Theory]
    [InlineData("Who was the activist, who pressed the prime minister at the press conference?")]
    [InlineData("Which two capitals did the president visit at the end of June?")]
    [InlineData("According to the minister, what is the motive?")]
    [InlineData("What did Russia propose on December 17?")]
    public void Split_OneAsk_IsLeftWhole(string question)
    {
        Assert.Equal([question], QuestionParts.Split(question));
    }

    [Fact]
    public void Of_ALaterPartSayingTheUnit_IsSearchedForTheFirstPartsSubject()
    {
        var parts = QuestionParts.Of("Where is the Harrow Dairy plant, and what share of the region's milk does the unit process?");

        Assert.Equal("Harrow Dairy", parts[1].Subject);
        Assert.Equal("what share of the region's milk does the unit process Harrow Dairy?", parts[1].Query);
        Assert.Equal("what share of the region's milk does the unit process?", parts[1].Core);
    }

    [Fact]
    public void Of_ADefiniteNounAfterAPreposition_RefersToNothing()
    {
        var parts = QuestionParts.Of("What was the Portvale ferry called, and how many people were on board at the time?");

        Assert.Equal(string.Empty, parts[1].Subject);
        Assert.Equal("Portvale", parts[1].Background);
    }

    [Fact]
    public void Resolved_ThatBuyer_IsSearchedForTheNamesTheFirstAnswerGave()
    {
        var parts = QuestionParts.Of("Who bought the Harbour Ferry line, and which ports does that buyer sail from?");

        var resolved = QuestionParts.Resolved(parts[1], parts[0].Ask, "In March the Harbour Ferry line was sold to Bluewater Holdings for an undisclosed sum.");

        Assert.True(parts[1].RefersToAnswer);
        Assert.Equal(string.Empty, parts[1].Subject);
        Assert.Equal("Bluewater Holdings", resolved.Subject);
        Assert.Equal("which ports does that buyer sail from Bluewater Holdings?", resolved.Query);
    }

    [Fact]
    public void Resolved_WithoutAFirstAnswer_LeavesThePart()
    {
        var parts = QuestionParts.Of("Who bought the Harbour Ferry line, and which ports does that buyer sail from?");

        Assert.Same(parts[1], QuestionParts.Resolved(parts[1], parts[0].Ask, null));
    }

    [Theory]
    [InlineData("Where is the company that bought the ferry line based?", "Where is the company based?", "bought the ferry line")]
    [InlineData("What was the depot that burned down called?", "What was the depot called?", "burned down")]
    [InlineData("Who owns the company that bought the ferry line?", "Who owns the company that bought the ferry line?", "")]
    public void Identifying_ARelativeClauseBeforeTheAsksVerb_IsSearchedAsBackground(string ask, string core, string clause)
    {
        Assert.Equal((core, clause), QuestionParts.Identifying(ask));
    }

    [Theory]
    [InlineData("How big is Gull Island?", "How is Gull Island?")]
    [InlineData("How quickly did the tickets sell out?", "How did the tickets sell out?")]
    [InlineData("How many tickets were sold?", "How many tickets were sold?")]
    public void WithoutDimension_DropsTheWordTheMeasureNeverRepeats(string ask, string expected)
    {
        Assert.Equal(expected, QuestionParts.WithoutDimension(ask));
    }
}

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
        var parts = QuestionParts.Split("The museum roof fell in during Sunday's storm - when will it reopen, and how much will the repairs cost?");

        Assert.Equal(["when will it reopen (The museum roof fell in during Sunday's storm)?", "how much will the repairs cost (The museum roof fell in during Sunday's storm)?"], parts);
    }

    [Fact]
    public void Split_AnAdverbBeforeTheSecondAsk_StillSplits()
    {
        var parts = QuestionParts.Split("Who designed the Tallinn city library, and exactly when will it open?");

        Assert.Equal(["Who designed the Tallinn city library?", "when will it open (Tallinn)?"], parts);
    }

    [Fact]
    public void Of_ALaterPart_KeepsWhatItRefersBackToApartFromItsAsk()
    {
        var parts = QuestionParts.Of("How long is the Kerch Bridge, and which company built it?");

        Assert.Equal(new QuestionPart { Ask = "How long is the Kerch Bridge?" }, parts[0]);
        Assert.Equal(new QuestionPart { Ask = "which company built it?", Background = "Kerch Bridge", Subject = "Kerch Bridge" }, parts[1]);
    }

    [Theory]
    [InlineData("What did the architect, who won the prize in 2019, build next?")]
    [InlineData("Which two clubs did the goalkeeper play for before he retired?")]
    [InlineData("In the coach's view, why did the team lose?")]
    [InlineData("What did the library board decide on March 3?")]
    public void Split_OneAsk_IsLeftWhole(string question)
    {
        Assert.Equal([question], QuestionParts.Split(question));
    }

    [Fact]
    public void Of_ALaterPartSayingTheUnit_IsSearchedForTheFirstPartsSubject()
    {
        var parts = QuestionParts.Of("When did the Corran Textiles mill open, and how many looms does the unit still run?");

        Assert.Equal("Corran Textiles", parts[1].Subject);
        Assert.Equal("how many looms does the unit still run Corran Textiles?", parts[1].Query);
        Assert.Equal("how many looms does the unit still run?", parts[1].Core);
    }

    [Fact]
    public void Of_ADefiniteNounAfterAPreposition_RefersToNothing()
    {
        var parts = QuestionParts.Of("When did the Marlow folk festival start, and how many bands played over the weekend?");

        Assert.Equal(string.Empty, parts[1].Subject);
        Assert.Equal("Marlow", parts[1].Background);
    }

    [Fact]
    public void Resolved_ThatCompany_IsSearchedForTheNamesTheFirstAnswerGave()
    {
        var parts = QuestionParts.Of("Which firm took over the Ashgrove bakery, and which towns does that company have shops in?");

        var resolved = QuestionParts.Resolved(parts[1], parts[0].Ask, "The Ashgrove bakery was sold to Millstone Foods, which kept all 40 bakers on.");

        Assert.True(parts[1].RefersToAnswer);
        Assert.Equal(string.Empty, parts[1].Subject);
        Assert.Equal("Millstone Foods", resolved.Subject);
        Assert.Equal("which towns does that company have shops in Millstone Foods?", resolved.Query);
    }

    [Fact]
    public void Resolved_WithoutAFirstAnswer_LeavesThePart()
    {
        var parts = QuestionParts.Of("Which firm took over the Ashgrove bakery, and which towns does that company have shops in?");

        Assert.Same(parts[1], QuestionParts.Resolved(parts[1], parts[0].Ask, null));
    }

    [Theory]
    [InlineData("When was the charity that runs the night shelter founded?", "When was the charity founded?", "runs the night shelter")]
    [InlineData("Why was the footbridge that the floods damaged closed?", "Why was the footbridge closed?", "the floods damaged")]
    [InlineData("Who founded the charity that runs the night shelter?", "Who founded the charity that runs the night shelter?", "")]
    public void Identifying_ARelativeClauseBeforeTheAsksVerb_IsSearchedAsBackground(string ask, string core, string clause)
    {
        Assert.Equal((core, clause), QuestionParts.Identifying(ask));
    }

    [Theory]
    [InlineData("How deep is Lake Orrin?", "How is Lake Orrin?")]
    [InlineData("How rapidly did the reservoir refill?", "How did the reservoir refill?")]
    [InlineData("How many oaks were planted?", "How many oaks were planted?")]
    public void WithoutDimension_DropsTheWordTheMeasureNeverRepeats(string ask, string expected)
    {
        Assert.Equal(expected, QuestionParts.WithoutDimension(ask));
    }
}

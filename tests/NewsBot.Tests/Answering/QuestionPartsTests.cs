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
        Assert.Equal(new QuestionPart { Ask = "which company built it?", Background = "Kerch Bridge" }, parts[1]);
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
}

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

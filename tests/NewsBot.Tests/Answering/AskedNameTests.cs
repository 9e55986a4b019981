using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class AskedNameTests
{
    [Theory]
    [InlineData("Who captains the visitors at Ola Brekke's farewell match?", "The visitors will be captained by Fijian winger Sami Tora.", true)]
    [InlineData("Who captains the visitors at Ola Brekke's farewell match?", "Former captain Ola Brekke will play his farewell match in June.", false)]
    [InlineData("Who captains the visitors at Ola Brekke's farewell match?", "The farewell match will be played in front of a full house.", false)]
    [InlineData("Who replaced Ola Brekke at the Vardo harbour board?", "Ola Brekke led the Vardo harbour board for ten years.", false)]
    [InlineData("Who replaced Ola Brekke at the Vardo harbour board?", "Russia took over the Vardo harbour board's contracts.", true)]
    [InlineData("How did Tokyo react to the Vardo vote?", "Tokyo said nothing.", true)]
    public void HeldBy_WhoQuestion_NeedsANameTheQuestionDoesNotGive(string question, string sentence, bool expected)
    {
        var name = AskedName.Of(question, AnswerType.Expected(question));

        Assert.Equal(expected, name.HeldBy(sentence));
    }

    [Theory]
    [InlineData("Which MP's question revealed the Vardo ferry's cost?", "Labour MP Jo Bell, whose question revealed the cost, welcomed the figure.", true)]
    [InlineData("Which MP's question revealed the Vardo ferry's cost?", "The Vardo ferry could cost Norway £80m, ministers have revealed.", false)]
    [InlineData("Which MP's question revealed the Vardo ferry's cost?", "The question was tabled in Parliament on Friday.", false)]
    [InlineData("Which MP's question revealed the Vardo ferry's cost?", "Mr Bell tabled the question on the Vardo ferry.", true)]
    public void HeldBy_ARole_WantsAPersonNotACountry(string question, string sentence, bool expected)
    {
        var name = AskedName.Of(question, AnswerType.Expected(question));

        Assert.True(name.ByRole);
        Assert.Equal(expected, name.HeldBy(sentence));
    }

    [Theory]
    [InlineData("Which MP asked about the Vardo ferry?", AnswerKind.Person)]
    [InlineData("Which minister's letter was leaked?", AnswerKind.Person)]
    [InlineData("Which ferry was turned back?", AnswerKind.Other)]
    public void Expected_WhichRole_AsksForAPerson(string question, AnswerKind expected)
    {
        Assert.Equal(expected, AnswerType.Expected(question));
    }

    [Theory]
    [InlineData("whose resignation opened the door?")]
    [InlineData("What did the Vardo council decide?")]
    public void Of_AQuestionNamingNobodyOrNotAskingWho_AsksNoName(string question)
    {
        var name = AskedName.Of(question, AnswerType.Expected(question));

        Assert.False(name.IsAsked);
        Assert.True(name.HeldBy("The council met on Friday."));
    }
}

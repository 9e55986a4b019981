using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class AskedNameTests
{
    [Theory]
    [InlineData("Who chairs the inquiry into Ola Brekke's ferry fire?", "The inquiry will be chaired by retired judge Sami Tora.", true)]
    [InlineData("Who chairs the inquiry into Ola Brekke's ferry fire?", "Former skipper Ola Brekke lost his ferry in the fire in June.", false)]
    [InlineData("Who chairs the inquiry into Ola Brekke's ferry fire?", "The inquiry will sit in front of a public gallery.", false)]
    [InlineData("Who succeeded Ola Brekke as chair of the Vardo harbour board?", "Ola Brekke chaired the Vardo harbour board for ten years.", false)]
    [InlineData("Who succeeded Ola Brekke as chair of the Vardo harbour board?", "Russia took over the Vardo harbour board's contracts.", true)]
    [InlineData("How did Tokyo react to the Vardo vote?", "Tokyo said nothing.", true)]
    public void HeldBy_WhoQuestion_NeedsANameTheQuestionDoesNotGive(string question, string sentence, bool expected)
    {
        var name = AskedName.Of(question, AnswerType.Expected(question));

        Assert.Equal(expected, name.HeldBy(sentence));
    }

    [Theory]
    [InlineData("Which MP's letter exposed the Vardo bridge's delays?", "Labour MP Jo Bell, whose letter exposed the delays, welcomed the inquiry.", true)]
    [InlineData("Which MP's letter exposed the Vardo bridge's delays?", "The Vardo bridge could cost Norway two more years, ministers have admitted.", false)]
    [InlineData("Which MP's letter exposed the Vardo bridge's delays?", "The letter was read out in Parliament on Friday.", false)]
    [InlineData("Which MP's letter exposed the Vardo bridge's delays?", "Mr Bell sent the letter about the Vardo bridge.", true)]
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

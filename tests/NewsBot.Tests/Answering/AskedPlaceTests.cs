using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class AskedPlaceTests
{
    [Theory]
    [InlineData("Which town will the Vardo choir sing in first?", true)]
    [InlineData("which country did Brannock's ferry firm sign the deal with?", true)]
    [InlineData("The regatta was moved this week. In which Norwegian town will it be held?", true)]
    [InlineData("Which country singer opened the Vardo festival?", false)]
    [InlineData("What city council voted against the quay?", false)]
    [InlineData("Who opened the Vardo festival?", false)]
    public void Of_WhichPlaceQuestion_AsksAPlace(string question, bool expected)
    {
        Assert.Equal(expected, AskedPlace.Of(question).IsAsked);
    }

    [Theory]
    [InlineData("Which town will the Vardo choir sing in first?", "The Vardo choir will sing first in Tromso in May.", true)]
    [InlineData("Which town will the Vardo choir sing in first?", "Tromso will hear the Vardo choir first.", true)]
    [InlineData("Which town will the Vardo choir sing in first?", "The choir found its new singer in a Bergen church.", true)]
    [InlineData("Which town will the Vardo choir sing in first?", "The Vardo choir plans to sing again once its new conductor arrives.", false)]
    [InlineData("Which town will the Vardo choir sing in first?", "The Vardo choir will sing from April, its conductor Ola Brekke said.", false)]
    [InlineData("which country did Brannock's ferry firm sign the deal with?", "Brannock's ferry firm signed the deal with a Danish shipyard.", true)]
    [InlineData("which country did Brannock's ferry firm sign the deal with?", "Brannock's ferry firm signed the deal on Monday.", false)]
    [InlineData("Which country did Norway sign the deal with?", "Oslo signed the deal on Monday.", false)]
    public void HeldBy_ASentenceNamingAPlaceTheQuestionDoesNot(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedPlace.Of(question).HeldBy(sentence));
    }
}

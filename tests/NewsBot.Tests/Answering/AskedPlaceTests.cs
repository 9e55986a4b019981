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

    [Theory]
    [InlineData("Where was the Vardo ferry deal signed?", true)]
    [InlineData("Quick one: where did Lunde meet the harbour board?", true)]
    [InlineData("The regatta was moved. And where will it be held now?", true)]
    [InlineData("What happened in the town where the ferry sank?", false)]
    [InlineData("Who signed the Vardo ferry deal?", false)]
    [InlineData("Vardo ferry deal - where was it signed?", true)]
    [InlineData("Vardo ferry deal - who signed it where the talks were held?", false)]
    public void OfWhere_AWhereQuestion_WantsAPlace(string question, bool expected)
    {
        Assert.Equal(expected, AskedPlace.OfWhere(question).IsAsked);
    }

    [Theory]
    [InlineData("The Vardo ferry deal was signed at the Grand Hotel in Tromso.", true)]
    [InlineData("Danish and Norwegian officials signed the Vardo ferry deal.", true)]
    [InlineData("Kari Lunde signed the Vardo ferry deal on behalf of the town.", false)]
    [InlineData("\"It is a landmark day for Vardo,\" Lunde said of the ferry deal.", false)]
    public void OfWhere_HeldBy_OnlyAPlaceNotAnOpeningName(string sentence, bool expected)
    {
        Assert.Equal(expected, AskedPlace.OfWhere("Where was the Vardo ferry deal signed?").HeldBy(sentence));
    }

    [Fact]
    public void Preferred_AWhereQuestion_PrefersTheLeadThatNamesAPlace()
    {
        var checks = AskedChecks.Of("Where was the Vardo ferry deal signed?");

        Assert.True(checks.Preferred("The Vardo ferry deal was signed at the Grand Hotel in Tromso."));
        Assert.False(checks.Preferred("Kari Lunde signed the Vardo ferry deal on behalf of the town."));
        Assert.True(AskedChecks.Of("When was the Vardo ferry deal signed?").Preferred("Kari Lunde signed the Vardo ferry deal on Monday."));
    }
}

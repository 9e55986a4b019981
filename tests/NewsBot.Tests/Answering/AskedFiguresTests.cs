using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

public sealed class AskedFiguresTests
{
    [Theory]
    [InlineData("When was Tallinn ranked the 14th safest city?", "In 2019 the survey ranked Tallinn the 41st safest city.", false)]
    [InlineData("When was Tallinn ranked the 14th safest city?", "In 2019 the survey ranked Tallinn the 14th safest city.", true)]
    [InlineData("When was Tallinn ranked the 14th safest city?", "The survey placed Tallinn among the safest cities in 2019.", true)]
    [InlineData("Who won the regatta in 1998?", "The 1994 regatta was won by a crew from Kiel.", false)]
    [InlineData("Who won the regatta in 1998?", "A crew from Kiel won the regatta in 1998, and again in 2001.", true)]
    [InlineData("Which league had an average crowd of 4.75?", "Average crowds were 4.5 in the northern league.", false)]
    [InlineData("Who won the regatta in 1998?", "Crews from Kiel won every regatta from 1995 to 2001.", true)]
    [InlineData("Which crew won the regatta?", "The 1994 regatta was won by a crew from Kiel.", true)]
    public void HeldBy_DeclinesAStatementThatSwapsAFigureOfTheQuestion(string question, string sentence, bool expected)
    {
        Assert.Equal(expected, AskedFigures.Of(question).HeldBy(sentence));
    }
}

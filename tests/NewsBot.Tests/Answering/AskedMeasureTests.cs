using NewsBot.Answering;

namespace NewsBot.Tests.Answering;

/// <summary>A size, a duration or a rough count asked for, and whether a sentence states one.</summary>
public sealed class AskedMeasureTests
{
    [Theory]
    [InlineData("How big is Gull Island?", "The rock, measuring 300 metres by 400 metres, was shelled again.", true)]
    [InlineData("How big is Gull Island?", "The estate covers 40 hectares of marsh.", true)]
    [InlineData("How big is Gull Island?", "The nature reserve spans 5 square miles.", true)]
    [InlineData("How big is Gull Island?", "Gull Island was shelled 12 times in 2021.", false)]
    [InlineData("How big is Gull Island?", "The garrison stayed on Gull Island for 30 days.", false)]
    [InlineData("How large was the flooded area?", "Water covered 2,000 acres of farmland.", true)]
    public void Measures_ASizeQuestion_PrefersAnExtent(string question, string sentence, bool expected)
    {
        var asked = AskedValue.Of(question);

        Assert.Equal(Dimension.Extent, asked.Dimension);
        Assert.Equal(expected, asked.Measures(sentence));
    }

    [Theory]
    [InlineData("How quickly did the concert tickets sell out?", "The tickets were gone within 10 minutes of going on sale.", true)]
    [InlineData("How quickly did the concert tickets sell out?", "All 4,000 seats were sold in two days.", true)]
    [InlineData("How soon will the ferry resume?", "The ferry will sail again in a few weeks.", true)]
    [InlineData("How quickly did the concert tickets sell out?", "All 4,000 tickets were sold on Friday.", false)]
    [InlineData("How fast can the new train go?", "The train reaches 186 mph on the straight.", true)]
    public void Measures_ASpeedQuestion_PrefersADuration(string question, string sentence, bool expected)
    {
        var asked = AskedValue.Of(question);

        Assert.Equal(Dimension.Duration, asked.Dimension);
        Assert.Equal(expected, asked.Measures(sentence));
    }

    [Theory]
    [InlineData("How quickly did the town recover?", "The town recovered faster than anyone expected.")]
    [InlineData("How big was the loss?", "The firm lost $40m last year.")]
    public void HeldBy_ASizeOrSpeedNotInUnits_IsStillAnAnswer(string question, string sentence)
    {
        Assert.True(AskedValue.Of(question).HeldBy(sentence));
    }

    [Theory]
    [InlineData("roughly how many fans were in the stadium that night?", "Stewards put the crowd at between 20,000 and 25,000 fans.", true)]
    [InlineData("roughly how many fans were in the stadium that night?", "The stadium opened in 1998 on the old docks.", false)]
    public void Offers_ARoughCount_IsAnsweredByARange(string question, string sentence, bool expected)
    {
        var held = AnswerType.Offers(AnswerType.Expected(question), sentence, question) && AskedValue.Of(question).HeldBy(sentence);

        Assert.Equal(expected, held);
    }
}

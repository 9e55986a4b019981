using NewsBot.Dates;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Dates;

public sealed class DateRecognizerFalsePositiveTests
{
    private static readonly DateOnly Reference = new(2022, 1, 17);

    [Theory]
    [InlineData("Western officials say Russia may invade Ukraine.")]
    [InlineData("Russia May Invade Ukraine, Officials Say")]
    [InlineData("May I ask what NATO said?")]
    [InlineData("Theresa May said nothing.")]
    [InlineData("Thousands joined a march in Kyiv.")]
    [InlineData("Columns march 17 km a day.")]
    [InlineData("Russia has massed 17 tanks near the border.")]
    [InlineData("Russia has massed 2,021 troops near the border.")]
    [InlineData("Russia sent in 2021 troops.")]
    [InlineData("The contract was worth $2021.")]
    [InlineData("Room 2021 was empty.")]
    [InlineData("The Sunday Times reported the talks.")]
    [InlineData("Russia Today reported the talks.")]
    [InlineData("Jan Egeland spoke to reporters.")]
    [InlineData("He spent the week in Geneva.")]
    public void Recognize_WordsThatAreNotDates_FindsNothing(string text)
    {
        var mentions = DateRecognizer.Recognize(text, Reference);

        Assert.Empty(mentions);
    }

    [Theory]
    [InlineData("Parades are held on May 9.", "May 9")]
    [InlineData("What happened in March?", "March")]
    [InlineData("Sunday was quiet in Kyiv.", "Sunday")]
    [InlineData("The Kremlin said Sunday's talks failed.", "Sunday")]
    public void Recognize_AmbiguousWordsInDateContext_FindsDate(string text, string expectedText)
    {
        var mention = Assert.Single(DateRecognizer.Recognize(text, Reference));

        Assert.Equal(expectedText, mention.Text);
    }
}

using NewsBot.Dates;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Dates;

public sealed class DateRecognizerYearInferenceTests
{
    [Fact]
    public void Recognize_LastMonthOfPreviousYear_ResolvesToPreviousYear()
    {
        var reference = new DateOnly(2022, 1, 17);

        var mention = Assert.Single(DateRecognizer.Recognize("What happened on December 17?", reference));

        Assert.Equal(new DateOnly(2021, 12, 17), mention.From);
        Assert.False(mention.IsYearExplicit);
    }

    [Fact]
    public void Recognize_FewDaysAheadAcrossYearEnd_ResolvesToNextYear()
    {
        var reference = new DateOnly(2021, 12, 30);

        var mention = Assert.Single(DateRecognizer.Recognize("Talks are set for January 3.", reference));

        Assert.Equal(new DateOnly(2022, 1, 3), mention.From);
    }

    [Fact]
    public void Recognize_FewWeeksAhead_ResolvesToFuture()
    {
        var reference = new DateOnly(2022, 1, 17);

        var mention = Assert.Single(DateRecognizer.Recognize("Talks are set for March 1.", reference));

        Assert.Equal(new DateOnly(2022, 3, 1), mention.From);
    }

    [Fact]
    public void Recognize_FiveMonthsEitherWay_PrefersPast()
    {
        var reference = new DateOnly(2022, 1, 17);

        var mention = Assert.Single(DateRecognizer.Recognize("Talks were held on June 20.", reference));

        Assert.Equal(new DateOnly(2021, 6, 20), mention.From);
    }

    [Fact]
    public void Recognize_LeapDayWithoutYear_ResolvesToNearestLeapYear()
    {
        var reference = new DateOnly(2021, 3, 1);

        var mention = Assert.Single(DateRecognizer.Recognize("It happened on February 29.", reference));

        Assert.Equal(new DateOnly(2020, 2, 29), mention.From);
    }

    [Fact]
    public void Recognize_ExplicitYear_IgnoresReference()
    {
        var reference = new DateOnly(2030, 6, 1);

        var mention = Assert.Single(DateRecognizer.Recognize("On December 17, 2021, a draft was published.", reference));

        Assert.Equal(new DateOnly(2021, 12, 17), mention.From);
        Assert.True(mention.IsYearExplicit);
    }

    [Fact]
    public void Recognize_MonthDayWithoutReference_KeepsMonthAndDayUnresolved()
    {
        var mention = Assert.Single(DateRecognizer.Recognize("What happened on December 17?", reference: null));

        Assert.False(mention.IsResolved);
        Assert.Equal(12, mention.Month);
        Assert.Equal(17, mention.Day);
        Assert.Equal(DatePrecision.Day, mention.Precision);
    }

    [Fact]
    public void Recognize_ExplicitYearWithoutReference_Resolves()
    {
        var mention = Assert.Single(DateRecognizer.Recognize("On 17 December 2021 a draft was published.", reference: null));

        Assert.Equal(new DateOnly(2021, 12, 17), mention.From);
        Assert.Equal(new DateOnly(2021, 12, 17), mention.To);
    }

    [Theory]
    [InlineData("It happened on February 30.")]
    [InlineData("It happened on February 29, 2021.")]
    [InlineData("It happened on 2021-02-30.")]
    public void Recognize_DayThatDoesNotExist_FindsNothing(string text)
    {
        var mentions = DateRecognizer.Recognize(text, new DateOnly(2022, 1, 17));

        Assert.Empty(mentions);
    }
}

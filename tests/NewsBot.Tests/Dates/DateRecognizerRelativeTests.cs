using System.Globalization;
using NewsBot.Dates;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Dates;

public sealed class DateRecognizerRelativeTests
{
    // A Monday, the dateline of the TASS seed article.
    private static readonly DateOnly Reference = new(2022, 1, 17);

    [Theory]
    [InlineData("He said in an interview aired on Sunday that talks should continue.", "Sunday", "2022-01-16")]
    [InlineData("The minister said on Monday that talks should continue.", "Monday", "2022-01-17")]
    [InlineData("The minister said Friday that talks should continue.", "Friday", "2022-01-14")]
    [InlineData("The minister spoke last Monday.", "last Monday", "2022-01-10")]
    [InlineData("The minister will speak next Friday.", "next Friday", "2022-01-21")]
    [InlineData("The minister will speak this Thursday.", "this Thursday", "2022-01-20")]
    [InlineData("What did Stoltenberg say yesterday?", "yesterday", "2022-01-16")]
    [InlineData("What did Stoltenberg say today?", "today", "2022-01-17")]
    [InlineData("Today, Stoltenberg spoke in Ottawa.", "Today", "2022-01-17")]
    public void Recognize_RelativeDay_ResolvesAgainstReference(string text, string expectedText, string expected)
    {
        var mention = Assert.Single(DateRecognizer.Recognize(text, Reference));

        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(DatePrecision.Day, mention.Precision);
        Assert.Equal(Day(expected), mention.From);
        Assert.Equal(Day(expected), mention.To);
        Assert.False(mention.IsYearExplicit);
    }

    [Theory]
    [InlineData("Missiles struck the city last night, officials said.", "2022-03-01", "2022-02-28")]
    [InlineData("The day before, the president had flown into Rzeszów.", "2022-03-26", "2022-03-25")]
    [InlineData("A day earlier, the talks had stalled.", "2022-01-01", "2021-12-31")]
    [InlineData("Troops had crossed the river the previous day.", "2022-05-02", "2022-05-01")]
    [InlineData("The bridge was blown up two days ago.", "2022-03-01", "2022-02-27")]
    [InlineData("The prime minister will address parliament this afternoon.", "2022-12-31", "2022-12-31")]
    [InlineData("Sirens sounded across Kyiv tonight.", "2022-03-01", "2022-03-01")]
    public void Recognize_DayCountedFromTheStory_ResolvesAgainstThePublicationDate(string text, string published, string expected)
    {
        var mention = Assert.Single(DateRecognizer.Recognize(text, Day(published)));

        Assert.Equal(DatePrecision.Day, mention.Precision);
        Assert.Equal(Day(expected), mention.From);
        Assert.Equal(Day(expected), mention.To);
    }

    [Theory]
    [InlineData("Talks collapsed the day before the vote.")]
    [InlineData("He arrived a day before Biden's speech.")]
    public void Recognize_DayBeforeAnotherEvent_IsNotCountedFromTheStory(string text)
    {
        Assert.Empty(DateRecognizer.Recognize(text, Day("2022-03-26")));
    }

    [Theory]
    [InlineData("The governor is expected to open the new bridge on Friday in Hobart.", "2022-06-15", "2022-06-17")]
    [InlineData("The leaders will meet on Wednesday, officials said.", "2022-06-15", "2022-06-15")]
    [InlineData("He said he would visit Kyiv on Monday.", "2022-12-30", "2023-01-02")]
    [InlineData("Ministers are due to vote on Tuesday.", "2022-02-28", "2022-03-01")]
    [InlineData("The ministers met on Tuesday. They will report next month.", "2022-03-02", "2022-03-01")]
    [InlineData("Norway halted ferry services on Wednesday, and fares will rise.", "2022-04-28", "2022-04-27")]
    [InlineData("The forum was set up on Friday.", "2022-06-15", "2022-06-10")]
    [InlineData("On Friday, the harbour board will vote on the new tariff.", "2022-06-14", "2022-06-17")]
    [InlineData("On Saturday the two mayors are expected to sign the twinning charter.", "2022-06-14", "2022-06-18")]
    [InlineData("Thursday, the regional assembly is set to debate the budget.", "2022-06-14", "2022-06-16")]
    [InlineData("On Friday, officials said the harbour board will vote on the tariff.", "2022-06-14", "2022-06-10")]
    [InlineData("On Friday, the board announced it will raise the tariff.", "2022-06-14", "2022-06-10")]
    [InlineData("On Friday, the ferry that will replace the old one was launched.", "2022-06-14", "2022-06-10")]
    [InlineData("The board voted on Friday. The ferry will sail in August.", "2022-06-14", "2022-06-10")]
    [InlineData("The two mayors will meet the harbour chief, Kari Lunde, on Thursday.", "2022-05-18", "2022-05-19")]
    [InlineData("The harbour board will resign, officials said on Thursday.", "2022-05-18", "2022-05-12")]
    public void Recognize_Weekday_IsTheNextSuchDayOnlyInAClauseAboutTheFuture(string text, string published, string expected)
    {
        var reference = DateOnly.Parse(published, CultureInfo.InvariantCulture);

        var mention = Assert.Single(DateRecognizer.Recognize(text, reference), m => m.Precision == DatePrecision.Day);

        Assert.Equal(Day(expected), mention.From);
    }

    [Theory]
    [InlineData("What happened last week?", "last week", DatePrecision.Week, "2022-01-10", "2022-01-16")]
    [InlineData("What happened this week?", "this week", DatePrecision.Week, "2022-01-17", "2022-01-23")]
    [InlineData("What happened last month?", "last month", DatePrecision.Month, "2021-12-01", "2021-12-31")]
    [InlineData("What happened last year?", "last year", DatePrecision.Year, "2021-01-01", "2021-12-31")]
    [InlineData("Shelling continued over the weekend.", "the weekend", DatePrecision.Range, "2022-01-15", "2022-01-16")]
    [InlineData("Shelling continued last weekend.", "last weekend", DatePrecision.Range, "2022-01-15", "2022-01-16")]
    public void Recognize_RelativePeriod_ResolvesAgainstReference(
        string text, string expectedText, DatePrecision precision, string from, string to)
    {
        var mention = Assert.Single(DateRecognizer.Recognize(text, Reference));

        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(precision, mention.Precision);
        Assert.Equal(Day(from), mention.From);
        Assert.Equal(Day(to), mention.To);
    }

    [Fact]
    public void Recognize_WeekdayOnReferenceWeekday_ResolvesToReferenceDay()
    {
        var sunday = new DateOnly(2022, 1, 16);

        var mention = Assert.Single(DateRecognizer.Recognize("He spoke on Sunday.", sunday));

        Assert.Equal(sunday, mention.From);
    }

    [Fact]
    public void Recognize_WeekendOnSunday_ResolvesToCurrentWeekend()
    {
        var sunday = new DateOnly(2022, 1, 16);

        var mention = Assert.Single(DateRecognizer.Recognize("Shelling continued over the weekend.", sunday));

        Assert.Equal(new DateOnly(2022, 1, 15), mention.From);
        Assert.Equal(sunday, mention.To);
    }

    [Theory]
    [InlineData("What did NATO say yesterday?", "yesterday", DatePrecision.Day)]
    [InlineData("What did NATO say last week?", "last week", DatePrecision.Week)]
    [InlineData("What did NATO say on Sunday?", "Sunday", DatePrecision.Day)]
    public void Recognize_RelativeWithoutReference_IsRecognizedButUnresolved(string text, string expectedText, DatePrecision precision)
    {
        var mention = Assert.Single(DateRecognizer.Recognize(text, reference: null));

        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(precision, mention.Precision);
        Assert.False(mention.IsResolved);
        Assert.Null(mention.From);
        Assert.Null(mention.To);
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

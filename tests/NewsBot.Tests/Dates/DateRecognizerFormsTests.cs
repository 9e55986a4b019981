using System.Globalization;
using NewsBot.Dates;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Dates;

public sealed class DateRecognizerFormsTests
{
    // A Monday; the TASS seed article is datelined "OTTAWA, January 17."
    private static readonly DateOnly Reference = new(2022, 1, 17);

    [Theory]
    [InlineData("It happened on December 17.", "December 17", "2021-12-17", "2021-12-17")]
    [InlineData("It happened on Dec. 17 in Moscow.", "Dec. 17", "2021-12-17", "2021-12-17")]
    [InlineData("It happened on Dec 17 in Moscow.", "Dec 17", "2021-12-17", "2021-12-17")]
    [InlineData("It happened on Dec. 17th in Moscow.", "Dec. 17th", "2021-12-17", "2021-12-17")]
    [InlineData("It happened on the 17th of December.", "17th of December", "2021-12-17", "2021-12-17")]
    [InlineData("What happened on january 10?", "january 10", "2022-01-10", "2022-01-10")]
    public void Recognize_MonthAndDayWithoutYear_ResolvesExactDateNearReference(string text, string expectedText, string from, string to)
    {
        var mention = Assert.Single(DateRecognizer.Recognize(text, Reference));

        AssertMention(mention, expectedText, DatePrecision.Day, from, to);
        Assert.False(mention.IsYearExplicit);
    }

    [Theory]
    [InlineData("On 17 December 2021, the ministry released a draft.", "17 December 2021")]
    [InlineData("On December 17, 2021, the ministry released a draft.", "December 17, 2021")]
    [InlineData("On Dec. 17, 2021 the ministry released a draft.", "Dec. 17, 2021")]
    [InlineData("The draft was released 2021-12-17 in Moscow.", "2021-12-17")]
    [InlineData("Published: 2021-12-17T10:00Z", "2021-12-17")]
    [InlineData("On the 17th of December 2021 the ministry released a draft.", "17th of December 2021")]
    public void Recognize_DayMonthYear_ResolvesExactDate(string text, string expectedText)
    {
        var mention = Assert.Single(DateRecognizer.Recognize(text, Reference));

        AssertMention(mention, expectedText, DatePrecision.Day, "2021-12-17", "2021-12-17");
        Assert.True(mention.IsYearExplicit);
        Assert.Equal(12, mention.Month);
        Assert.Equal(17, mention.Day);
    }

    [Theory]
    [InlineData("Talks stalled in mid-December.", "mid-December", "2021-12-11", "2021-12-20")]
    [InlineData("Talks resume in early January.", "early January", "2022-01-01", "2022-01-10")]
    [InlineData("A summit is planned for late March.", "late March", "2022-03-21", "2022-03-31")]
    [InlineData("Talks stalled at the end of November 2021.", "the end of November 2021", "2021-11-21", "2021-11-30")]
    [InlineData("Troops withdrew in early 2021.", "early 2021", "2021-01-01", "2021-04-30")]
    [InlineData("Talks took place on January 10-12 in Geneva.", "January 10-12", "2022-01-10", "2022-01-12")]
    [InlineData("Talks took place on 10–12 January in Geneva.", "10–12 January", "2022-01-10", "2022-01-12")]
    public void Recognize_PartOfMonthOrDayRange_ResolvesRange(string text, string expectedText, string from, string to)
    {
        var mention = Assert.Single(DateRecognizer.Recognize(text, Reference));

        AssertMention(mention, expectedText, DatePrecision.Range, from, to);
    }

    [Theory]
    [InlineData("What did NATO say in January?", "January", "2022-01-01", "2022-01-31", false)]
    [InlineData("What did NATO say in December?", "December", "2021-12-01", "2021-12-31", false)]
    [InlineData("Exercises are planned for January 2022.", "January 2022", "2022-01-01", "2022-01-31", true)]
    [InlineData("Exercises ended in Dec. 2021.", "Dec. 2021", "2021-12-01", "2021-12-31", true)]
    [InlineData("Parades are planned in May.", "May", "2022-05-01", "2022-05-31", false)]
    [InlineData("Drills were held in October.", "October", "2021-10-01", "2021-10-31", false)]
    public void Recognize_MonthName_ResolvesWholeMonth(string text, string expectedText, string from, string to, bool yearExplicit)
    {
        var mention = Assert.Single(DateRecognizer.Recognize(text, Reference));

        AssertMention(mention, expectedText, DatePrecision.Month, from, to);
        Assert.Equal(yearExplicit, mention.IsYearExplicit);
    }

    [Theory]
    [InlineData("What happened in 2021?", "2021")]
    [InlineData("Crimea has been under Russian control since 2021, he said.", "2021")]
    public void Recognize_YearAfterPreposition_ResolvesWholeYear(string text, string expectedText)
    {
        var mention = Assert.Single(DateRecognizer.Recognize(text, Reference));

        AssertMention(mention, expectedText, DatePrecision.Year, "2021-01-01", "2021-12-31");
        Assert.True(mention.IsYearExplicit);
    }

    [Fact]
    public void Recognize_WeekdayBeforeDate_KeepsOneMentionWithTheDate()
    {
        var text = "The council met on Wednesday, January 12, in Brussels.";

        var mention = Assert.Single(DateRecognizer.Recognize(text, Reference));

        AssertMention(mention, "Wednesday, January 12", DatePrecision.Day, "2022-01-12", "2022-01-12");
    }

    [Fact]
    public void Recognize_SeedArticleText_FindsEveryDateInOrderWithExactOffsets()
    {
        var text = """
            OTTAWA, January 17. /TASS/. NATO Secretary General Jens Stoltenberg said in an interview aired on Sunday that the alliance and Russia should hold talks.

            Russian-US consultations took place in Geneva on January 10, followed by a meeting of the Russia-NATO Council in Brussels on January 12 and a session in Vienna on January 13.

            On December 17, 2021, the Russian Foreign Ministry released a draft agreement on security guarantees.
            """;

        var mentions = DateRecognizer.Recognize(text, Reference);

        Assert.Equal(
            ["January 17", "Sunday", "January 10", "January 12", "January 13", "December 17, 2021"],
            mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
        Assert.Equal(
            [new DateOnly(2022, 1, 17), new DateOnly(2022, 1, 16), new DateOnly(2022, 1, 10), new DateOnly(2022, 1, 12), new DateOnly(2022, 1, 13), new DateOnly(2021, 12, 17)],
            mentions.Select(m => m.From!.Value));
    }

    [Fact]
    public void Recognize_OverlappingForms_PrefersLongestAndKeepsTextOrder()
    {
        var text = "Between December 17, 2021 and mid-January 2022, since 2014 in fact.";

        var mentions = DateRecognizer.Recognize(text, Reference);

        Assert.Equal(["December 17, 2021", "mid-January 2022", "2014"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
    }

    private static void AssertMention(DateMention mention, string text, DatePrecision precision, string from, string to)
    {
        Assert.Equal(text, mention.Text);
        Assert.Equal(precision, mention.Precision);
        Assert.Equal(Day(from), mention.From);
        Assert.Equal(Day(to), mention.To);
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using NewsBot.Dates;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Dates;

public sealed class DateMatchTests
{
    private static readonly DateOnly Reference = new(2022, 1, 17);

    [Fact]
    public void Score_SameDayDifferentForms_IsOne()
    {
        var question = Mention("What happened on Dec. 17th?");
        var candidate = Mention("On December 17, 2021, a draft was released.");

        var score = DateMatch.Score(question, candidate);

        Assert.Equal(1.0, score);
    }

    [Fact]
    public void Score_DisjointDays_IsZero()
    {
        var question = Mention("What happened on January 10?");
        var candidate = Mention("On December 17, 2021, a draft was released.");

        var score = DateMatch.Score(question, candidate);

        Assert.Equal(0.0, score);
    }

    [Fact]
    public void Score_MonthContainsDay_IsDaysShareBetweenZeroAndOne()
    {
        var question = Mention("What happened in December 2021?");
        var candidate = Mention("On December 17, 2021, a draft was released.");

        var score = DateMatch.Score(question, candidate);

        Assert.InRange(score, 0.0001, 0.9999);
        Assert.Equal(1.0 / 31, score, precision: 10);
        Assert.Equal(score, DateMatch.Score(candidate, question));
    }

    [Fact]
    public void Score_MoreSpecificOverlap_ScoresHigher()
    {
        var question = Mention("What happened on December 17?");
        var midMonth = Mention("Talks stalled in mid-December.");
        var month = Mention("Talks stalled in December.");

        var midMonthScore = DateMatch.Score(question, midMonth);
        var monthScore = DateMatch.Score(question, month);

        Assert.Equal(0.1, midMonthScore, precision: 10);
        Assert.True(midMonthScore > monthScore);
    }

    [Fact]
    public void Score_PartialRangeOverlap_IsIntersectionOverUnion()
    {
        var question = Mention("What happened last week?");
        var candidate = Mention("Talks took place on January 12-20.");

        var score = DateMatch.Score(question, candidate);

        // Last week is January 10-16: intersection 12-16 (5 days), union 10-20 (11 days).
        Assert.Equal(5.0 / 11, score, precision: 10);
    }

    [Fact]
    public void Score_YearlessQuestionWithoutReference_MatchesByCalendarDay()
    {
        var question = Assert.Single(DateRecognizer.Recognize("What happened on December 17?", reference: null));
        var candidate = Mention("On December 17, 2021, a draft was released.");

        var score = DateMatch.Score(question, candidate);

        Assert.Equal(1.0, score);
    }

    [Fact]
    public void Score_UnresolvedRelativeDate_IsZero()
    {
        var question = Assert.Single(DateRecognizer.Recognize("What happened yesterday?", reference: null));
        var candidate = Mention("On December 17, 2021, a draft was released.");

        var score = DateMatch.Score(question, candidate);

        Assert.Equal(0.0, score);
    }

    [Theory]
    [InlineData("What happened on 17 May?", 1.0)]
    [InlineData("What happened on 18 May?", 0.0)]
    [InlineData("What happened in May?", 1.0)]
    public void Containment_YearlessQuestionAgainstResolvedWeekday_MatchesTheDayTheWeekdayMeans(string asked, double expected)
    {
        // A story of Thursday 19 May 2022 that says "on Tuesday" means 17 May, though the sentence names no month.
        var question = Assert.Single(DateRecognizer.Recognize(asked, reference: null));
        var candidate = Assert.Single(DateRecognizer.Recognize("The vote was held on Tuesday.", new DateOnly(2022, 5, 19)));

        var score = DateMatch.Containment(question, candidate);

        Assert.Equal(expected, score);
    }

    [Fact]
    public void Score_YearlessQuestionAgainstWeekdayAcrossNewYear_MatchesTheOldYearsDay()
    {
        // Monday 3 January 2022: "on Friday" is 31 December 2021.
        var question = Assert.Single(DateRecognizer.Recognize("What was agreed on December 31?", reference: null));
        var candidate = Assert.Single(DateRecognizer.Recognize("The ceasefire was agreed on Friday.", new DateOnly(2022, 1, 3)));

        var score = DateMatch.Score(question, candidate);

        Assert.Equal(1.0, score);
    }

    private static DateMention Mention(string text) => Assert.Single(DateRecognizer.Recognize(text, Reference));
}

using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

public sealed class DateEvidenceTests
{
    [Fact]
    public void Score_QuestionDayWithoutYear_MatchesTheSentenceNamingThatDay()
    {
        var dates = DateEvidence.InQuestion("what did Russia propose on December 17?");
        var article = Seeds.Article;
        var december = article.Sentences.Single(s => s.Text.StartsWith("On December 17", StringComparison.Ordinal));
        var geneva = article.Sentences.Single(s => s.Text.StartsWith("Russian-US consultations", StringComparison.Ordinal));

        Assert.Equal(1.0, DateEvidence.Score(dates, article, december));
        Assert.Equal(0.0, DateEvidence.Score(dates, article, geneva));
    }

    [Fact]
    public void Score_RelativeDateInSentence_ResolvesAgainstThePublicationDate()
    {
        var dates = DateEvidence.InQuestion("what did Stoltenberg say on January 16, 2022?");
        var article = Seeds.Article;
        var interview = article.Sentences.Single(s => s.Text.Contains("aired on Sunday", StringComparison.Ordinal));

        Assert.Equal(1.0, DateEvidence.Score(dates, article, interview));
    }

    [Fact]
    public void Score_SentenceWithoutDate_FallsBackToPublicationDateAtHalfWeight()
    {
        var dates = DateEvidence.InQuestion("what happened on January 17, 2022?");
        var article = Seeds.Article;
        var undated = article.Sentences.Single(s => s.Text.StartsWith("Russia didn’t answer", StringComparison.Ordinal));

        Assert.Equal(0.5, DateEvidence.Score(dates, article, undated));
    }

    [Fact]
    public void InQuestion_NoDate_IsEmpty()
    {
        Assert.Empty(DateEvidence.InQuestion("did Russia answer NATO's proposals?"));
    }
}

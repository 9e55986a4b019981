using NewsBot.Ingestion;
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

    [Theory]
    [InlineData("KYIV, January 3, 2022. /AFP/. The ceasefire talks broke down on Friday.", "what happened to the ceasefire talks on 31 December?", 1.0)]
    [InlineData("KYIV, January 3, 2022. /AFP/. The ceasefire talks broke down on Friday.", "what happened to the ceasefire talks on 7 January?", 0.0)]
    [InlineData("BRUSSELS, March 1, 2022. /AFP/. Ministers agreed the sanctions yesterday.", "what did ministers agree on 28 February?", 1.0)]
    [InlineData("WARSAW, June 15, 2022. /AFP/. The president is expected to speak on Friday in Gdansk.", "where will the president speak on 17 June?", 1.0)]
    [InlineData("WARSAW, June 15, 2022. /AFP/. The president is expected to speak on Friday in Gdansk.", "where did the president speak on 10 June?", 0.0)]
    public void Score_YearlessQuestionDay_MatchesTheDayTheDatelinedSentenceImplies(string body, string question, double expected)
    {
        var article = PlainTextArticleParser.Parse("dated", "test", "A headline\n\n" + body);
        var sentence = article.Sentences[^1];

        var score = DateEvidence.Score(DateEvidence.InQuestion(question), article, sentence);

        Assert.Equal(expected, score);
    }

    [Fact]
    public void Score_YearlessQuestionDay_MeansTheOneNearestThePublicationDateNotARecalledAnniversary()
    {
        var article = PlainTextArticleParser.Parse("recall", "test", "Coalition falls\n\nSOFIA, June 23, 2022. /AFP/. The coalition collapsed on Wednesday. "
            + "Critics compared the day to 22 June 1941, when Germany invaded the Soviet Union.");
        var dates = DateEvidence.InQuestion("what happened to the coalition on 22 June?");

        var collapse = DateEvidence.Score(dates, article, article.Sentences[^2]);
        var anniversary = DateEvidence.Score(dates, article, article.Sentences[^1]);

        Assert.Equal(1.0, collapse);
        Assert.Equal(0.0, anniversary);
    }

    [Fact]
    public void InQuestion_NoDate_IsEmpty()
    {
        Assert.Empty(DateEvidence.InQuestion("did Russia answer NATO's proposals?"));
    }
}

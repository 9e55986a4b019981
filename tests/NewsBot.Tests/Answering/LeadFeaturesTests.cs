using NewsBot.Answering;
using NewsBot.Ingestion;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Answering;

public sealed class LeadFeaturesTests
{
    private static readonly Article Article = PlainTextArticleParser.Parse(
        "a",
        "test",
        "Grain prices\n\nWheat prices reached their highest level in March. Maize was cheaper. Barley stayed flat. Oats were not traded.");

    private static Passage At(int ordinal, double score, double coverage, double similarity = 0) =>
        new() { Article = Article, Sentence = Article.Sentences[ordinal], Score = score, Coverage = coverage, Similarity = similarity };

    [Fact]
    public void Of_ThreeCandidates_GivesRankScoreRatioMarginsAndGapsToTheOthers()
    {
        Passage[] passages = [At(1, 4, 0.8, 0.9), At(2, 2, 0.5, 0.7), At(3, 1, 0.2, 0.6), At(4, 0.5, 0.1)];

        var features = LeadFeatures.Of("when were wheat prices highest?", passages, new AnsweringOptions());

        Assert.Equal(LeadFeatures.LeadCandidates, features.Count);
        Assert.Equal([0, 1, 2], features.Select(f => f.Rank));
        Assert.Equal([1.0, 0.5, 0.25], features.Select(f => f.ScoreRatio));
        Assert.Equal([0.5, 0.25, 0.125], features.Select(f => f.ScoreMargin));
        Assert.Equal(0.3, features[0].CoverageGap, 9);
        Assert.Equal(-0.3, features[1].CoverageGap, 9);
        Assert.Equal(0.2, features[0].SimilarityGap, 9);
        Assert.Equal(AnswerKind.Date, features[0].Kind);
        Assert.True(features[0].TypeHolds);
        Assert.False(features[1].TypeHolds);
    }

    [Fact]
    public void Of_SentenceSayingTheOppositeWord_IsMarkedOpposing()
    {
        Passage[] passages = [At(1, 2, 0.6)];

        var asked = LeadFeatures.Of("when were wheat prices lowest?", passages, new AnsweringOptions()).Single();
        var same = LeadFeatures.Of("when were wheat prices highest?", passages, new AnsweringOptions()).Single();

        Assert.True(asked.Opposes);
        Assert.False(same.Opposes);
    }

    [Fact]
    public void Of_NameTheArticleNeverMentions_IsNotHeld()
    {
        Passage[] passages = [At(1, 2, 0.6)];

        var elsewhere = LeadFeatures.Of("what did Canada pay for wheat?", passages, new AnsweringOptions()).Single();
        var here = LeadFeatures.Of("what did wheat cost in March?", passages, new AnsweringOptions()).Single();

        Assert.False(elsewhere.NamesHeld);
        Assert.Equal(1, elsewhere.QuestionNames);
        Assert.True(here.NamesHeld);
    }

    [Fact]
    public void Of_NegatedQuestion_HeldOnlyByASentenceThatNegates()
    {
        Passage[] passages = [At(3, 2, 0.6), At(4, 1, 0.6)];

        var features = LeadFeatures.Of("which grain was not traded?", passages, new AnsweringOptions());

        Assert.All(features, f => Assert.True(f.QuestionNegated));
        Assert.False(features[0].PolarityHeld);
        Assert.True(features[1].PolarityHeld);
    }

    [Fact]
    public void ToVector_FollowsTheNamesInOrder()
    {
        var f = LeadFeatures.Of("when were wheat prices highest?", [At(1, 4, 0.8, 0.9), At(2, 2, 0.5)], new AnsweringOptions())[1];

        var x = f.ToVector();

        Assert.Equal(LeadFeatures.Names.Count, x.Length);
        Assert.Equal((float)f.Coverage, x[LeadFeatures.Names.ToList().IndexOf("coverage")]);
        Assert.Equal(1f, x[LeadFeatures.Names.ToList().IndexOf("rank")]);
        Assert.Equal((float)AnswerKind.Date, x[LeadFeatures.Names.ToList().IndexOf("answer_kind")]);
        Assert.Equal(f.SentenceWords, x[LeadFeatures.Names.ToList().IndexOf("sentence_words")]);
    }

    [Fact]
    public void Of_LeadOfAnotherKindOfFigure_IsMarkedAndIsNotTheRulesLead()
    {
        Passage[] passages = [At(1, 2, 0.9, 0.8)];

        var money = LeadFeatures.Of("how much did wheat cost in March?", passages, new AnsweringOptions()).Single();
        var plain = LeadFeatures.Of("when were wheat prices highest?", passages, new AnsweringOptions()).Single();

        Assert.False(money.ValueKindHeld);
        Assert.False(money.RulesLead);
        Assert.True(plain.ValueKindHeld);
        Assert.Equal(1f, plain.ToVector()[LeadFeatures.IndexOf("value_kind_held")]);
        Assert.Equal(0f, money.ToVector()[LeadFeatures.IndexOf("value_kind_held")]);
    }
}

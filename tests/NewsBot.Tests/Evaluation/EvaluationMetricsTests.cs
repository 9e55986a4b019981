using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

public sealed class EvaluationMetricsTests
{
    private static QuestionOutcome Outcome(string id, bool impossible, int? rank, bool answered, bool citesGold, int citations = 1, int broken = 0, double ms = 1) => new()
    {
        Id = id,
        IsImpossible = impossible,
        SupportRank = rank,
        Answered = answered,
        CitesGold = citesGold,
        Citations = answered ? citations : 0,
        BrokenCitations = broken,
        RetrievalMs = ms,
        AnswerMs = ms * 2,
    };

    [Fact]
    public void Summarize_HandMadeSet_GivesTheFiguresWorkedOutByHand()
    {
        // Four answerable questions: ranks 1, 3, 7 and none; three unanswerable, two of them declined.
        QuestionOutcome[] outcomes =
        [
            Outcome("a", false, 1, answered: true, citesGold: true, citations: 2, ms: 1),
            Outcome("b", false, 3, answered: true, citesGold: false, citations: 3, ms: 2),
            Outcome("c", false, 7, answered: false, citesGold: false, ms: 3),
            Outcome("d", false, null, answered: true, citesGold: false, citations: 1, ms: 4),
            Outcome("e", true, null, answered: false, citesGold: false, ms: 5),
            Outcome("f", true, null, answered: false, citesGold: false, ms: 6),
            Outcome("g", true, null, answered: true, citesGold: false, citations: 4, broken: 1, ms: 100),
        ];

        var report = EvaluationMetrics.Summarize(outcomes);

        Assert.Equal((7, 4, 3), (report.Questions, report.Answerable, report.Impossible));
        Assert.Equal(0.25, report.SupportAt1, 6);
        Assert.Equal(0.5, report.SupportAt5, 6);
        Assert.Equal(0.75, report.SupportAt10, 6);
        Assert.Equal((1 + (1.0 / 3) + (1.0 / 7)) / 4, report.MrrAt10, 6);
        Assert.Equal(0.25, report.AnsweredWithGold, 6);
        Assert.Equal(2.0 / 3, report.AbstentionPrecision, 6);
        Assert.Equal(2.0 / 3, report.AbstentionRecall, 6);
        var precision = 1.0 / 4;
        var recall = 1.0 / 4;
        Assert.Equal(2 * precision * recall / (precision + recall), report.AnswerTriggeringF1, 6);
        Assert.Equal(1 - (1.0 / 10), report.CitationIntegrity, 6);
        Assert.Equal(2, report.MedianCitationsWhenAnswered);
        Assert.Equal(4, report.RetrievalP50Ms, 6);
        Assert.Equal(100, report.RetrievalP95Ms, 6);
    }

    [Fact]
    public void Summarize_HundredQuestions_GivesTheNinetyNinthSlowestAsP99()
    {
        var outcomes = Enumerable.Range(1, 100).Select(i => Outcome($"q{i}", false, 1, answered: true, citesGold: true, ms: 101 - i)).ToList();

        var report = EvaluationMetrics.Summarize(outcomes);

        Assert.Equal((50, 95, 99), (report.RetrievalP50Ms, report.RetrievalP95Ms, report.RetrievalP99Ms));
        Assert.Equal((100, 190, 198), (report.AnswerP50Ms, report.AnswerP95Ms, report.AnswerP99Ms));
    }

    [Theory]
    [InlineData(new double[] { 5, 1, 3, 2, 4 }, 0.5, 3)]
    [InlineData(new double[] { 5, 1, 3, 2, 4 }, 0.95, 5)]
    [InlineData(new double[] { 10 }, 0.5, 10)]
    [InlineData(new double[] { 1, 2, 3, 4 }, 0.5, 2)]
    public void Percentile_NearestRank(double[] values, double p, double expected)
    {
        Assert.Equal(expected, EvaluationMetrics.Percentile(values, p));
    }

    [Fact]
    public void Summarize_NoUnanswerableQuestions_LeavesAbstentionUndefined()
    {
        var report = EvaluationMetrics.Summarize([Outcome("a", false, 2, answered: true, citesGold: true)]);

        Assert.True(double.IsNaN(report.AbstentionRecall));
        Assert.True(double.IsNaN(report.AbstentionPrecision));
        Assert.Equal(0.5, report.MrrAt10);
    }
}

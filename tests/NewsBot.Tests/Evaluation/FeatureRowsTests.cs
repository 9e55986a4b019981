using NewsBot.Answering;
using NewsBot.Evaluation;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Evaluation;

public sealed class FeatureRowsTests
{
    private const string Question = "what did Russia propose on December 17?";

    [Fact]
    public async Task Of_SeedQuestion_LabelsTheGoldCandidateAndMarksTheRulesLead()
    {
        using var coverage = await TestCoverage.LoadAsync(TestPaths.Seeds);
        var index = coverage.Library.Current!;
        var passages = await index.RetrieveAsync(Question, 20);
        var options = new AnsweringOptions();
        var question = new EvaluationQuestion { Id = "q1", Question = Question, Answers = ["Russian Foreign Ministry released"] };

        var rows = FeatureRows.Of(question, Question, passages, options, answerCitesGold: true).Select(r => r.Split('\t')).ToList();

        var answer = ExtractiveComposer.Compose(Question, passages, index.Corpus, options);
        Assert.Equal(LeadFeatures.LeadCandidates, rows.Count);
        Assert.All(rows, r => Assert.Equal(FeatureRows.HeaderLine.Split('\t').Length, r.Length));
        for (var i = 0; i < rows.Count; i++)
        {
            var isGold = passages[i].Sentence.Text.Contains("Russian Foreign Ministry released", StringComparison.Ordinal);
            Assert.Equal(isGold ? "1" : "0", rows[i][4]);
            Assert.Equal(passages[i].Sentence.Text == answer.Citations[0].Quote ? "1" : "0", rows[i][5]);
        }

        Assert.Single(rows, r => r[5] == "1");
        Assert.All(rows, r => Assert.Equal("1", r[6]));
        Assert.Contains(rows, r => r[4] == "1");
    }

    [Fact]
    public async Task Of_UnanswerableQuestion_LabelsNoCandidateGold()
    {
        using var coverage = await TestCoverage.LoadAsync(TestPaths.Seeds);
        var index = coverage.Library.Current!;
        var passages = await index.RetrieveAsync(Question, 20);
        var question = new EvaluationQuestion { Id = "q2", Question = Question, Answers = ["Russian Foreign Ministry released"], IsImpossible = true };

        var rows = FeatureRows.Of(question, Question, passages, new AnsweringOptions(), answerCitesGold: false).Select(r => r.Split('\t')).ToList();

        Assert.All(rows, r => Assert.Equal("0", r[4]));
        Assert.All(rows, r => Assert.Equal("1", r[1]));
    }
}

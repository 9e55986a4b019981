using System.Globalization;
using NewsBot.Answering;
using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

public sealed class LeadTrainerTests
{
    private static readonly int CoverageIndex = LeadFeatures.IndexOf("coverage");

    private static readonly int RulesLeadIndex = LeadFeatures.IndexOf("rules_lead");

    /// <summary>
    /// Rows of <paramref name="questions"/> questions with three candidates each, whose coverage is random; a candidate is
    /// gold when its coverage exceeds 0.6 and the question is answerable (every fourth is not). The first candidate is
    /// the hand rules' lead.
    /// </summary>
    internal static List<FeatureRow> Rows(string set, int questions, int seed)
    {
        var random = new Random(seed);
        var rows = new List<FeatureRow>();
        for (var q = 0; q < questions; q++)
        {
            var impossible = q % 4 == 0;
            for (var rank = 0; rank < LeadFeatures.LeadCandidates; rank++)
            {
                var features = Enumerable.Range(0, LeadFeatures.Names.Count).Select(_ => (float)random.NextDouble()).ToArray();
                features[CoverageIndex] = (float)(impossible ? random.NextDouble() * 0.5 : random.NextDouble());
                features[RulesLeadIndex] = rank == 0 ? 1 : 0;
                rows.Add(new FeatureRow
                {
                    Set = set,
                    QuestionId = q.ToString(CultureInfo.InvariantCulture),
                    Impossible = impossible,
                    Kind = string.Empty,
                    Rank = rank,
                    Label = !impossible && features[CoverageIndex] > 0.6f,
                    RulesLead = rank == 0,
                    AnswerGold = !impossible && features[CoverageIndex] > 0.6f,
                    Features = features,
                });
            }
        }

        return rows;
    }

    [Fact]
    public void Train_LabelThatFollowsOneFeature_VetoesHeldOutLeadsThatAreNotGoldAndKeepsTheGoldOnes()
    {
        var training = Rows("a", 150, 1).Concat(Rows("b", 150, 2)).ToList();
        var heldOut = Rows("c", 100, 3);

        var model = LeadTrainer.Train(training);

        var figures = LeadTrainer.BySet(LeadTrainer.Decide(model, heldOut, model.Threshold))["c"];
        var rules = LeadTrainer.BySet(LeadTrainer.DecideByRules(heldOut))["c"];
        Assert.Equal(0, rules.AbstentionRecall);
        Assert.True(figures.AbstentionRecall >= 0.9, $"abstention recall {figures.AbstentionRecall}");
        Assert.True(figures.AnsweredWithGold >= rules.AnsweredWithGold - 0.05, $"answered with gold {figures.AnsweredWithGold}, rules {rules.AnsweredWithGold}");
        Assert.True(figures.Accuracy > rules.Accuracy, $"model {figures.Accuracy}, rules {rules.Accuracy}");
    }

    [Fact]
    public void ChooseThreshold_NoTrainingSetLosesMoreThanTheAllowedShareOfGoldLeads()
    {
        var training = Rows("a", 150, 8).Concat(Rows("b", 150, 9)).ToList();

        var model = LeadTrainer.Train(training);

        var kept = LeadTrainer.BySet(LeadTrainer.Decide(model, training, model.Threshold));
        var rules = LeadTrainer.BySet(LeadTrainer.DecideByRules(training));
        Assert.All(kept, set => Assert.True(set.Value.AnsweredWithGold >= rules[set.Key].AnsweredWithGold - LeadTrainer.MaxGoldLoss, set.Key));
        Assert.InRange(model.Threshold, 0.0, 1.0);
    }

    [Fact]
    public void Train_SameRowsAndSeed_WritesTheSameModelByteForByte()
    {
        var rows = Rows("a", 80, 4).Concat(Rows("b", 80, 5)).ToList();

        var first = LeadTrainer.Train(rows, seed: 7).ToJson();
        var second = LeadTrainer.Train(rows, seed: 7).ToJson();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Train_ExportedTrees_ReadTheModelFeaturesAndHaveAsManyLeavesAsNodesPlusOne()
    {
        var model = LeadTrainer.Train(Rows("a", 100, 6));

        Assert.Equal(LeadTrainer.ModelFeatures, model.Features);
        Assert.Equal(LeadTrainer.Trees, model.Trees.Count);
        Assert.All(model.Trees, t => Assert.All(t.Feature, f => Assert.InRange(f, 0, model.Features.Count - 1)));
        Assert.All(model.Trees, t => Assert.Equal(t.Feature.Count + 1, t.Leaves.Count));
        Assert.All(model.Trees, t => Assert.InRange(t.Leaves.Count, 1, LeadTrainer.Leaves));
    }

    [Fact]
    public void DecisionFigures_CountAnsweredWithGoldAndAbstentionOverTheRightQuestions()
    {
        (bool, bool?)[] decisions = [(false, true), (false, false), (false, null), (true, null), (true, false)];

        var figures = DecisionFigures.Of(decisions);

        Assert.Equal(3, figures.Answerable);
        Assert.Equal(1.0 / 3, figures.AnsweredWithGold, 9);
        Assert.Equal(0.5, figures.AbstentionPrecision, 9);
        Assert.Equal(0.5, figures.AbstentionRecall, 9);
        Assert.Equal(2.0 / 5, figures.Accuracy, 9);
    }
}

using NewsBot.Answering;
using NewsBot.Learning;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Answering;

public sealed class LeadModelTests
{
    private static readonly int CoverageIndex = LeadFeatures.IndexOf("coverage");

    private static readonly int RankIndex = LeadFeatures.IndexOf("rank");

    /// <summary>
    /// Reads coverage and rank only: one stump on coverage (≤ 0.5: −2, else +2) and one on rank (≤ 0.5: +1, else −1),
    /// weight 1 each, with σ(s) as the probability.
    /// </summary>
    internal static LeadModel TrustsCoverage(double threshold = 0.5) => new()
    {
        Features = ["coverage", "rank"],
        Bias = 0,
        PlattSlope = -1,
        PlattOffset = 0,
        Threshold = threshold,
        Trees =
        [
            new BoostedTree { Weight = 1, Feature = [0], Split = [0.5f], Left = [~0], Right = [~1], Leaves = [-2, 2] },
            new BoostedTree { Weight = 1, Feature = [1], Split = [0.5f], Left = [~0], Right = [~1], Leaves = [1, -1] },
        ],
    };

    [Theory]
    [InlineData(0.9f, 0f, 3)]
    [InlineData(0.9f, 1f, 1)]
    [InlineData(0.5f, 0f, -1)]
    [InlineData(0.2f, 2f, -3)]
    public void Probability_WalksEachTreeToItsLeafOverTheFeaturesItReads(float coverage, float rank, double expected)
    {
        var all = Enumerable.Repeat(0.77f, LeadFeatures.Names.Count).ToArray();
        all[CoverageIndex] = coverage;
        all[RankIndex] = rank;

        var model = TrustsCoverage();

        Assert.Equal(expected, model.Score([coverage, rank]), 6);
        Assert.Equal(1 / (1 + Math.Exp(-expected)), model.Probability(all), 6);
    }

    [Fact]
    public void Leaf_DeeperTree_GoesLeftOnLessOrEqualAndRightOtherwise()
    {
        // Node 0 splits feature 0 at 1; its left child is node 1 (feature 1 at 5), its right the leaf 2.
        var tree = new BoostedTree { Weight = 1, Feature = [0, 1], Split = [1f, 5f], Left = [1, ~0], Right = [~2, ~1], Leaves = [10, 20, 30] };

        Assert.Equal(10, tree.Leaf([1f, 5f]));
        Assert.Equal(20, tree.Leaf([0f, 6f]));
        Assert.Equal(30, tree.Leaf([1.5f, 0f]));
    }

    [Fact]
    public void Load_ModelOfAFeatureNoLongerComputed_FailsNamingRetraining()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("old.json");
        File.WriteAllText(path, (TrustsCoverage() with { Features = ["coverage", "headline_length"] }).ToJson());

        var error = Assert.Throws<InvalidDataException>(() => LeadModel.Load(path));

        Assert.Contains("retrain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TreeWithACycle_FailsRatherThanLoopingOnEveryTurn()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("cycle.json");
        var looping = new BoostedTree { Weight = 1, Feature = [0], Split = [0.5f], Left = [0], Right = [~1], Leaves = [-2, 2] };
        File.WriteAllText(path, (TrustsCoverage() with { Trees = [looping] }).ToJson());

        var error = Assert.Throws<InvalidDataException>(() => LeadModel.Load(path));

        Assert.Contains("node 0 is reached twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrittenModel_GivesTheSameProbabilities()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("model.json");
        var model = TrustsCoverage(0.42);
        File.WriteAllText(path, model.ToJson());

        var loaded = LeadModel.Load(path);

        var all = new float[LeadFeatures.Names.Count];
        all[CoverageIndex] = 0.7f;
        Assert.Equal(model.Probability(all), loaded.Probability(all));
        Assert.Equal(0.42, loaded.Threshold);
    }

    [Fact]
    public void Default_EmbeddedModel_ReadsTheTrainersFeaturesWithAThresholdInsideZeroToOne()
    {
        var model = LeadModel.Default;

        Assert.Equal(NewsBot.Evaluation.LeadTrainer.ModelFeatures, model.Features);
        Assert.NotEmpty(model.Trees);
        Assert.InRange(model.Threshold, 0.0, 1.0);
        Assert.All(model.Trees, t => Assert.All(t.Feature, f => Assert.InRange(f, 0, model.Features.Count - 1)));
    }
}

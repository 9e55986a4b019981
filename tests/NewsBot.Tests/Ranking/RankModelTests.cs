using NewsBot.Evaluation;
using NewsBot.Learning;
using NewsBot.Ranking;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Ranking;

public sealed class RankModelTests
{
    /// <summary>
    /// Reads context coverage and the fused ratio: a stump on context coverage (≤ 0.5: −1, else +2, weight 1) and one on
    /// the fused ratio (≤ 0.9: 0, else +0.5, weight 2), bias 0.25.
    /// </summary>
    internal static RankModel PrefersContext() => new()
    {
        Features = ["context_coverage", "fused_ratio"],
        Bias = 0.25,
        Trees =
        [
            new BoostedTree { Weight = 1, Feature = [0], Split = [0.5f], Left = [~0], Right = [~1], Leaves = [-1, 2] },
            new BoostedTree { Weight = 2, Feature = [1], Split = [0.9f], Left = [~0], Right = [~1], Leaves = [0, 0.5] },
        ],
    };

    internal static float[] Vector(float contextCoverage, float fusedRatio)
    {
        var all = Enumerable.Repeat(0.33f, RankFeatures.Names.Count).ToArray();
        all[RankFeatures.IndexOf("context_coverage")] = contextCoverage;
        all[RankFeatures.IndexOf("fused_ratio")] = fusedRatio;
        return all;
    }

    [Theory]
    [InlineData(0.9f, 1.0f, 3.25)]
    [InlineData(0.9f, 0.5f, 2.25)]
    [InlineData(0.5f, 1.0f, 0.25)]
    [InlineData(0.1f, 0.2f, -0.75)]
    public void Score_WalksEachTreeOverTheFeaturesItReadsByName(float context, float fused, double expected)
    {
        var model = PrefersContext();

        Assert.Equal(expected, model.Score(Vector(context, fused)), 6);
    }

    [Fact]
    public void Parse_WrittenModel_ScoresTheSame()
    {
        var model = PrefersContext();

        var read = RankModel.Parse(model.ToJson());

        Assert.Equal(model.Score(Vector(0.7f, 0.95f)), read.Score(Vector(0.7f, 0.95f)));
        Assert.Equal(model.Score(Vector(0.2f, 0.3f)), read.Score(Vector(0.2f, 0.3f)));
    }

    [Fact]
    public void Load_ModelOfAFeatureNoLongerComputed_FailsNamingRetraining()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("old.json");
        File.WriteAllText(path, (PrefersContext() with { Features = ["context_coverage", "byline_length"] }).ToJson());

        var error = Assert.Throws<InvalidDataException>(() => RankModel.Load(path));

        Assert.Contains("retrain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_EmbeddedModel_ReadsTheTrainersFeaturesWithTreesInsideThem()
    {
        var model = RankModel.Default;

        Assert.Equal(RankTrainer.ModelFeatures, model.Features);
        Assert.NotEmpty(model.Trees);
        Assert.All(model.Trees, t => Assert.All(t.Feature, f => Assert.InRange(f, 0, model.Features.Count - 1)));
    }

    [Theory]
    [InlineData(new[] { 0 }, new[] { ~1 }, new[] { 0 }, "reached twice")]
    [InlineData(new[] { ~0 }, new[] { ~1 }, new[] { 5 }, "feature")]
    [InlineData(new[] { ~0 }, new[] { 4 }, new[] { 0 }, "out of range")]
    [InlineData(new[] { ~0 }, new[] { ~0 }, new[] { 0 }, "leaf 0 is reached twice")]
    public void Load_MalformedTree_FailsRatherThanLoopingOrReadingOutOfRange(int[] left, int[] right, int[] feature, string fault)
    {
        var model = PrefersContext() with
        {
            Trees = [new BoostedTree { Weight = 1, Feature = feature, Split = [0.5f], Left = left, Right = right, Leaves = [0, 1] }],
        };

        var error = Assert.Throws<InvalidDataException>(() => RankModel.Parse(model.ToJson()));

        Assert.Contains(fault, error.Message, StringComparison.Ordinal);
    }
}

using NewsBot.Retrieval;

namespace NewsBot.Tests.Retrieval;

public sealed class ScoreFusionTests
{
    [Fact]
    public void Fuse_NormalisesEachRankingAndAddsWeightedScores()
    {
        (string, double)[] keyword = [("a", 10), ("b", 5)];
        (string, double)[] vector = [("b", 0.9), ("c", 0.7), ("a", 0.5)];

        var fused = ScoreFusion.Fuse(keyword, vector, keywordWeight: 1, vectorWeight: 1);

        // a: 10/10 + (0.5−0.5)/0.4 = 1;  b: 5/10 + (0.9−0.5)/0.4 = 1.5;  c: 0 + (0.7−0.5)/0.4 = 0.5
        Assert.Equal(["b", "a", "c"], fused.Select(f => f.Id));
        Assert.Equal(1.5, fused[0].Score, 9);
        Assert.Equal(1.0, fused[1].Score, 9);
        Assert.Equal(0.5, fused[2].Score, 9);
    }

    [Fact]
    public void Fuse_VectorWeight_CanOutweighKeywordLead()
    {
        (string, double)[] keyword = [("a", 10), ("b", 8)];
        (string, double)[] vector = [("b", 0.9), ("a", 0.5)];

        var keywordLed = ScoreFusion.Fuse(keyword, vector, 1, 0.1);
        var vectorLed = ScoreFusion.Fuse(keyword, vector, 1, 2);

        Assert.Equal("a", keywordLed[0].Id);
        Assert.Equal("b", vectorLed[0].Id);
    }

    [Fact]
    public void Fuse_OneRankingEmpty_UsesTheOther()
    {
        (string, double)[] keyword = [];
        (string, double)[] vector = [("x", 0.8), ("y", 0.6)];

        var fused = ScoreFusion.Fuse(keyword, vector, 1, 1);

        Assert.Equal(["x", "y"], fused.Select(f => f.Id));
    }
}

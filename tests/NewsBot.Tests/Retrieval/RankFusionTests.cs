using NewsBot.Retrieval;

namespace NewsBot.Tests.Retrieval;

public sealed class RankFusionTests
{
    [Fact]
    public void Fuse_AgreementBeatsOneTopRank()
    {
        IReadOnlyList<string> keyword = ["a", "b", "c"];
        IReadOnlyList<string> vector = ["b", "d", "a"];

        var fused = RankFusion.Fuse([(keyword, 1.0), (vector, 1.0)], k: 60);

        Assert.Equal(["b", "a", "d", "c"], fused.Select(f => f.Id));
        Assert.Equal((1.0 / 62) + (1.0 / 61), fused[0].Score, 12);
        Assert.Equal((1.0 / 61) + (1.0 / 63), fused[1].Score, 12);
    }

    [Fact]
    public void Fuse_Weights_ScaleEachRankingsContribution()
    {
        IReadOnlyList<string> keyword = ["a", "b"];
        IReadOnlyList<string> vector = ["b", "a"];

        var fused = RankFusion.Fuse([(keyword, 1.0), (vector, 3.0)], k: 1);

        Assert.Equal("b", fused[0].Id);
        Assert.Equal((1.0 / 3) + (3.0 / 2), fused[0].Score, 12);
    }

    [Fact]
    public void Fuse_NoRankings_IsEmpty()
    {
        Assert.Empty(RankFusion.Fuse([]));
    }
}

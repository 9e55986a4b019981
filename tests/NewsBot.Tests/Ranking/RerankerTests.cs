using NewsBot.Ranking;

namespace NewsBot.Tests.Ranking;

public sealed class RerankerTests
{
    [Fact]
    public void Order_SentenceTheModelPrefers_MovesAboveThoseTheFusedOrderPutFirst()
    {
        float[][] pool =
        [
            RankModelTests.Vector(0.2f, 1.0f),
            RankModelTests.Vector(0.3f, 0.8f),
            RankModelTests.Vector(0.9f, 0.6f),
            RankModelTests.Vector(0.1f, 0.5f),
        ];

        var order = Reranker.Order(RankModelTests.PrefersContext(), pool);

        Assert.Equal([2, 0, 1, 3], order);
    }

    [Fact]
    public void Order_KeepingTheFirst_LeavesItInPlaceAndReordersTheRest()
    {
        float[][] pool =
        [
            RankModelTests.Vector(0.2f, 1.0f),
            RankModelTests.Vector(0.3f, 0.8f),
            RankModelTests.Vector(0.9f, 0.6f),
        ];

        var order = Reranker.Order(RankModelTests.PrefersContext(), pool, keep: 1);

        Assert.Equal([0, 2, 1], order);
    }

    [Fact]
    public void Order_EqualScores_KeepThePoolsOrder()
    {
        float[][] pool = [RankModelTests.Vector(0.1f, 0.5f), RankModelTests.Vector(0.2f, 0.4f), RankModelTests.Vector(0.3f, 0.3f)];

        var order = Reranker.Order(RankModelTests.PrefersContext(), pool);

        Assert.Equal([0, 1, 2], order);
    }
}

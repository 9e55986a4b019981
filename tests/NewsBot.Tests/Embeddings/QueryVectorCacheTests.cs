using NewsBot.Embeddings;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Embeddings;

public sealed class QueryVectorCacheTests
{
    [Fact]
    public void Add_BeyondCapacity_EvictsTheLeastRecentlyUsed()
    {
        var cache = new QueryVectorCache(2);
        cache.Add("a", new float[] { 1 });
        cache.Add("b", new float[] { 2 });
        Assert.True(cache.TryGet("a", out _));

        cache.Add("c", new float[] { 3 });

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(1, a.Span[0]);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void Add_SameQueryTwice_KeepsOneEntryWithTheNewVector()
    {
        var cache = new QueryVectorCache(2);
        cache.Add("a", new float[] { 1 });
        cache.Add("a", new float[] { 5 });

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(5, a.Span[0]);
    }

    [Fact]
    public void Add_CapacityZero_CachesNothing()
    {
        var cache = new QueryVectorCache(0);
        cache.Add("a", new float[] { 1 });

        Assert.False(cache.TryGet("a", out _));
    }
}

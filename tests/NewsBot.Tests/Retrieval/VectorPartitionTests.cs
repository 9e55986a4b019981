using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>A partitioned (inverted-file) index finds what the exact scan finds, and survives a save and load.</summary>
public sealed class VectorPartitionTests
{
    private const int Dimensions = 48;
    private const int Rows = 12_000;

    private static readonly List<VectorEntry> Entries = Clustered(new Random(7), Rows, clusters: 60);
    private static readonly List<float[]> Queries = Clustered(new Random(11), 100, clusters: 60).Select(e => e.Vector.ToArray()).ToList();

    [Fact]
    public void Build_AboveThreshold_PartitionsAndRecallsTheExactNeighbours()
    {
        using var exact = VectorIndex.Build(Entries, partitionThreshold: int.MaxValue);
        using var partitioned = VectorIndex.Build(Entries, partitionThreshold: 1_000);

        // A quarter of the lists: the default probes (128) would cover every one of this small index's 110.
        var recall = Queries.Average(q => Recall(exact.Search(q, 10), partitioned.Search(q, 10, probes: partitioned.Lists / 4)));
        var everyList = Queries.Average(q => Recall(exact.Search(q, 10), partitioned.Search(q, 10, probes: partitioned.Lists)));
        var oneList = Queries.Average(q => Recall(exact.Search(q, 10), partitioned.Search(q, 10, probes: 1)));

        // Probing every list isolates the int8 estimate's own loss (near-ties at rank 10); a quarter of the lists loses
        // almost nothing more to the partition, and a single list visibly does.
        Assert.Equal(0, exact.Lists);
        Assert.Equal(VectorPartitions.ListCount(Rows), partitioned.Lists);
        Assert.True(everyList >= 0.9, $"recall@10 probing every list {everyList:F3}");
        Assert.True(recall >= everyList - 0.02, $"recall@10 {recall:F3} against {everyList:F3} probing every list");
        Assert.True(oneList < recall - 0.05, $"recall@10 with one list {oneList:F3} against {recall:F3}");
    }

    [Fact]
    public void SaveAndLoad_Partitioned_SameHitsAsBeforeSaving()
    {
        using var directory = new TempDirectory();
        using var built = VectorIndex.Build(Entries, partitionThreshold: 1_000);
        built.Save(directory.Path);

        using var loaded = VectorIndex.Load(directory.Path);

        Assert.Equal(built.Lists, loaded.Lists);
        Assert.All(Queries.Take(20), q => Assert.Equal(Hits(built.Search(q, 10)), Hits(loaded.Search(q, 10))));
    }

    [Fact]
    public void Build_Twice_SamePartitions()
    {
        using var first = VectorIndex.Build(Entries, partitionThreshold: 1_000);
        using var second = VectorIndex.Build(Entries, partitionThreshold: 1_000);

        Assert.All(Queries.Take(20), q => Assert.Equal(Hits(first.Search(q, 10, probes: 3)), Hits(second.Search(q, 10, probes: 3))));
    }

    [Fact]
    public void Build_BelowTheDefaultThreshold_SearchesExactly()
    {
        using var index = VectorIndex.Build(Entries);

        Assert.Equal(0, index.Lists);
        Assert.All(Queries.Take(20), q => Assert.Equal(1.0, Recall(ExactFloat(q, 10), index.Search(q, 10))));
    }

    [Fact]
    public void Save_TwoBuildsOfTheSameEntries_WriteIdenticalFiles()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        using (var index = VectorIndex.Build(Entries, partitionThreshold: 1_000))
        {
            index.Save(first.Path);
        }

        using (var index = VectorIndex.Build(Entries, partitionThreshold: 1_000))
        {
            index.Save(second.Path);
        }

        Assert.Equal(File.ReadAllBytes(first.Combine(VectorIndex.FileName)), File.ReadAllBytes(second.Combine(VectorIndex.FileName)));
    }

    [Fact]
    public void Load_WithProbes_SearchesThatManyListsByDefault()
    {
        using var directory = new TempDirectory();
        using (var built = VectorIndex.Build(Entries, partitionThreshold: 1_000))
        {
            built.Save(directory.Path);
        }

        using var narrow = VectorIndex.Load(directory.Path, probes: 1);
        using var wide = VectorIndex.Load(directory.Path);

        Assert.Equal(1, narrow.Probes);
        Assert.Equal(VectorIndex.DefaultProbes, wide.Probes);
        Assert.All(Queries.Take(20), q => Assert.Equal(Hits(narrow.Search(q, 10, probes: 1)), Hits(narrow.Search(q, 10))));
        Assert.All(Queries.Take(20), q => Assert.Equal(Hits(wide.Search(q, 10, probes: VectorIndex.DefaultProbes)), Hits(wide.Search(q, 10))));
    }

    /// <summary>The ids of the <paramref name="k"/> entries most similar to <paramref name="query"/> by float cosine.</summary>
    private static List<VectorHit> ExactFloat(float[] query, int k) =>
        Entries.Select(e => new VectorHit { Id = e.Id, Score = Cosine(e.Vector.Span, query) }).OrderByDescending(h => h.Score).Take(k).ToList();

    private static float Cosine(ReadOnlySpan<float> x, ReadOnlySpan<float> y) =>
        System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(x, y);

    private static double Recall(IReadOnlyList<VectorHit> exact, IReadOnlyList<VectorHit> approximate) =>
        (double)exact.Select(h => h.Id).Intersect(approximate.Select(h => h.Id)).Count() / exact.Count;

    private static List<(string, float)> Hits(IReadOnlyList<VectorHit> hits) => hits.Select(h => (h.Id, h.Score)).ToList();

    /// <summary>Unit vectors around <paramref name="clusters"/> random centres, as sentence embeddings group by topic.</summary>
    private static List<VectorEntry> Clustered(Random random, int count, int clusters)
    {
        var centres = Enumerable.Range(0, clusters).Select(_ => Gaussian(new Random(1000 + _), 1.0)).ToList();
        return Enumerable.Range(0, count).Select(i =>
        {
            var centre = centres[random.Next(clusters)];
            var noise = Gaussian(random, 0.35);
            return new VectorEntry { Id = $"s{i}", Vector = centre.Zip(noise, (c, n) => c + n).ToArray() };
        }).ToList();
    }

    private static float[] Gaussian(Random random, double sigma) =>
        Enumerable.Range(0, Dimensions).Select(_ => (float)(sigma * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()))).ToArray();
}

using NewsBot.Retrieval;
using Xunit.Abstractions;

namespace NewsBot.Tests.Retrieval;

public sealed class VectorIndexTests(ITestOutputHelper output) : IDisposable
{
    private const int Dimensions = 384;

    private readonly string _directory = Directory.CreateTempSubdirectory("vector-index-tests-").FullName;

    [Fact]
    public void Search_RandomQueries_TopHitMatchesExactFloatSearch()
    {
        var random = new Random(42);
        var vectors = RandomUnitVectors(random, 2000);
        using var index = VectorIndex.Build(Entries(vectors));
        var queries = RandomUnitVectors(random, 200);

        var searchAgrees = 0;
        var int8Agrees = 0;
        foreach (var query in queries)
        {
            var exact = ExactRanking(vectors, query)[0];
            searchAgrees += index.Search(query, 1)[0].Id == Id(exact) ? 1 : 0;
            int8Agrees += index.ScanQuantized(query, 1)[0] == exact ? 1 : 0;
        }

        output.WriteLine($"top-1 agreement with exact float search: search {searchAgrees}/200, int8 scan alone {int8Agrees}/200");
        Assert.True(searchAgrees >= 198, $"search agreed on {searchAgrees}/200 queries");
        Assert.True(int8Agrees >= 180, $"int8 scan agreed on {int8Agrees}/200 queries");
    }

    [Fact]
    public void Search_RandomQuery_ReturnsExactTopTenWithCosineScores()
    {
        var random = new Random(5);
        var vectors = RandomUnitVectors(random, 500);
        using var index = VectorIndex.Build(Entries(vectors));
        var query = RandomUnitVectors(random, 1)[0];
        var exact = ExactRanking(vectors, query).Take(10).ToArray();

        var hits = index.Search(query, 10);

        Assert.Equal(exact.Select(Id), hits.Select(hit => hit.Id));
        for (var i = 0; i < exact.Length; i++)
        {
            Assert.Equal(Dot(vectors[exact[i]], query), hits[i].Score, 5);
        }
    }

    [Fact]
    public void Search_UnnormalizedVectors_RanksByCosine()
    {
        float[] longButOff = [100f, 100f];
        float[] shortAndAligned = [0.1f, 0f];
        using var index = VectorIndex.Build(
        [
            new VectorEntry { Id = "long-but-off", Vector = longButOff },
            new VectorEntry { Id = "short-and-aligned", Vector = shortAndAligned },
        ]);

        var hits = index.Search([3f, 0f], 2);

        Assert.Equal(["short-and-aligned", "long-but-off"], hits.Select(hit => hit.Id));
        Assert.Equal(1f, hits[0].Score, 5);
        Assert.Equal(MathF.Sqrt(0.5f), hits[1].Score, 5);
    }

    [Fact]
    public void Load_SavedIndex_GivesIdenticalResults()
    {
        var random = new Random(9);
        var vectors = RandomUnitVectors(random, 300);
        using var built = VectorIndex.Build(Entries(vectors));
        var queries = RandomUnitVectors(random, 20);

        built.Save(_directory);
        using var loaded = VectorIndex.Load(_directory);

        Assert.Equal(built.Count, loaded.Count);
        Assert.Equal(built.Dimensions, loaded.Dimensions);
        foreach (var query in queries)
        {
            Assert.Equal(built.Search(query, 10), loaded.Search(query, 10));
        }

        Assert.Equal([VectorIndex.FileName], Directory.GetFiles(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public void Save_LoadedIndex_RewritesTheSameFile()
    {
        var vectors = RandomUnitVectors(new Random(3), 50);
        using (var built = VectorIndex.Build(Entries(vectors)))
        {
            built.Save(_directory);
        }

        var original = File.ReadAllBytes(Path.Combine(_directory, VectorIndex.FileName));

        using (var loaded = VectorIndex.Load(_directory))
        {
            loaded.Save(_directory);
        }

        Assert.Equal(original, File.ReadAllBytes(Path.Combine(_directory, VectorIndex.FileName)));
    }

    [Fact]
    public void Search_KLargerThanCount_ReturnsEveryVector()
    {
        using var index = VectorIndex.Build(Entries(RandomUnitVectors(new Random(1), 3)));

        var hits = index.Search(RandomUnitVectors(new Random(2), 1)[0], 10);

        Assert.Equal(3, hits.Count);
        Assert.True(hits[0].Score >= hits[1].Score && hits[1].Score >= hits[2].Score);
    }

    [Fact]
    public void Search_EmptyIndex_ReturnsNothing()
    {
        using var index = VectorIndex.Build([]);

        var hits = index.Search(new float[Dimensions], 5);

        Assert.Empty(hits);
    }

    [Fact]
    public void Load_SavedEmptyIndex_IsEmpty()
    {
        using (var index = VectorIndex.Build([]))
        {
            index.Save(_directory);
        }

        using var loaded = VectorIndex.Load(_directory);

        Assert.Equal(0, loaded.Count);
        Assert.Empty(loaded.Search(new float[Dimensions], 1));
    }

    [Fact]
    public void Search_QueryOfWrongLength_Throws()
    {
        using var index = VectorIndex.Build(Entries(RandomUnitVectors(new Random(1), 3)));

        Assert.Throws<ArgumentException>(() => index.Search(new float[Dimensions - 1], 1));
    }

    [Fact]
    public void Build_MixedDimensions_Throws()
    {
        VectorEntry[] entries =
        [
            new() { Id = "a", Vector = new float[3] },
            new() { Id = "b", Vector = new float[4] },
        ];

        Assert.Throws<ArgumentException>(() => VectorIndex.Build(entries));
    }

    [Fact]
    public void Load_FileWithWrongMagic_Throws()
    {
        File.WriteAllBytes(Path.Combine(_directory, VectorIndex.FileName), new byte[64]);

        Assert.Throws<InvalidDataException>(() => VectorIndex.Load(_directory));
    }

    [Fact]
    public void Load_FileOfAnOlderFormatVersion_ThrowsAndIsNotCurrent()
    {
        using (var index = VectorIndex.Build(Entries(RandomUnitVectors(new Random(4), 20))))
        {
            index.Save(_directory);
        }

        var path = Path.Combine(_directory, VectorIndex.FileName);
        var bytes = File.ReadAllBytes(path);
        BitConverter.GetBytes(1).CopyTo(bytes, 4);
        File.WriteAllBytes(path, bytes);

        Assert.Throws<InvalidDataException>(() => VectorIndex.Load(_directory));
        Assert.False(VectorIndex.Exists(_directory));
    }

    [Fact]
    public void Exists_SavedIndex_TrueAndFalseWithoutOne()
    {
        Assert.False(VectorIndex.Exists(_directory));

        using (var index = VectorIndex.Build(Entries(RandomUnitVectors(new Random(4), 20))))
        {
            index.Save(_directory);
        }

        Assert.True(VectorIndex.Exists(_directory));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Id(int index) => $"s{index}";

    private static VectorEntry[] Entries(float[][] vectors) =>
        vectors.Select((vector, i) => new VectorEntry { Id = Id(i), Vector = vector }).ToArray();

    private static int[] ExactRanking(float[][] vectors, float[] query) =>
        Enumerable.Range(0, vectors.Length).OrderByDescending(i => Dot(vectors[i], query)).ToArray();

    private static float Dot(float[] x, float[] y)
    {
        double sum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += (double)x[i] * y[i];
        }

        return (float)sum;
    }

    private static float[][] RandomUnitVectors(Random random, int count)
    {
        var vectors = new float[count][];
        for (var i = 0; i < count; i++)
        {
            // Box-Muller Gaussians give directions uniform on the sphere.
            var vector = new float[Dimensions];
            for (var j = 0; j < Dimensions; j++)
            {
                vector[j] = (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
            }

            var norm = MathF.Sqrt(vector.Sum(x => x * x));
            vectors[i] = vector.Select(x => x / norm).ToArray();
        }

        return vectors;
    }
}

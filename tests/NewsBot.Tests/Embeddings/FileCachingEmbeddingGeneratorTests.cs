using Microsoft.Extensions.AI;
using NewsBot.Embeddings;
using NewsBot.Retrieval;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Embeddings;

public sealed class FileCachingEmbeddingGeneratorTests : IDisposable
{
    private static readonly string[] Sentences =
    [
        "Russia demanded security guarantees from NATO.",
        "The talks in Geneva lasted eight hours.",
        "The weather in Paris was sunny.",
    ];

    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("embedding-cache-tests-").FullName, "embeddings.nbec");

    [Fact]
    public async Task GenerateAsync_SameTextsTwice_CallsInnerGeneratorOnce()
    {
        var inner = new FakeEmbeddingGenerator();
        using var cache = new FileCachingEmbeddingGenerator(inner);
        var first = await cache.GenerateAsync(Sentences);

        var second = await cache.GenerateAsync(Sentences);

        Assert.Equal(1, inner.CallCount);
        Assert.Equal(first.Select(e => e.Vector.ToArray()), second.Select(e => e.Vector.ToArray()));
    }

    [Fact]
    public async Task GenerateAsync_AfterRestartFromFile_CallsInnerGeneratorZeroTimes()
    {
        using (var before = new FileCachingEmbeddingGenerator(new FakeEmbeddingGenerator()))
        {
            await before.GenerateAsync(Sentences);
            before.Save(_path);
        }

        var inner = new FakeEmbeddingGenerator();
        using var after = new FileCachingEmbeddingGenerator(inner);
        var loaded = after.Load(_path);

        var embeddings = await after.GenerateAsync(Sentences);

        Assert.Equal(3, loaded);
        Assert.Equal(0, inner.CallCount);
        Assert.Equal(3, embeddings.Count);
    }

    [Fact]
    public async Task GenerateAsync_OneChangedSentence_EmbedsOnlyThatSentence()
    {
        var inner = new FakeEmbeddingGenerator();
        using var cache = new FileCachingEmbeddingGenerator(inner);
        await cache.GenerateAsync(Sentences);
        string[] edited = [Sentences[0], "The talks in Geneva lasted nine hours.", Sentences[2]];

        var embeddings = await cache.GenerateAsync(edited);

        Assert.Equal(2, inner.CallCount);
        Assert.Equal([.. Sentences, "The talks in Geneva lasted nine hours."], inner.Inputs);
        var direct = await new FakeEmbeddingGenerator().GenerateAsync(edited);
        Assert.Equal(direct.Select(e => e.Vector.ToArray()), embeddings.Select(e => e.Vector.ToArray()));
    }

    [Fact]
    public async Task GenerateAsync_TextDifferingOnlyInWhitespaceAndQuotes_HitsCache()
    {
        var inner = new FakeEmbeddingGenerator();
        using var cache = new FileCachingEmbeddingGenerator(inner);
        await cache.GenerateAsync(["Russia\u2019s demands"]);

        await cache.GenerateAsync(["Russia's\n  demands"]);

        Assert.Equal(1, inner.CallCount);
    }

    [Fact]
    public async Task Load_FileOfAnotherModel_LoadsNothing()
    {
        using (var before = new FileCachingEmbeddingGenerator(new FakeEmbeddingGenerator()))
        {
            await before.GenerateAsync(Sentences);
            before.Save(_path);
        }

        using var other = new FileCachingEmbeddingGenerator(new OtherModelGenerator(new FakeEmbeddingGenerator()));

        var loaded = other.Load(_path);

        Assert.Equal(0, loaded);
        Assert.Equal(0, other.Count);
    }

    [Fact]
    public void ComputeKey_EquivalentTexts_AreEqualAndOthersDiffer()
    {
        var key = FileCachingEmbeddingGenerator.ComputeKey("caf\u00E9 \u2014 bar");

        Assert.Equal(32, key.Length);
        Assert.Equal(key, FileCachingEmbeddingGenerator.ComputeKey(" cafe - bar\n"));
        Assert.NotEqual(key, FileCachingEmbeddingGenerator.ComputeKey("cafe - bars"));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    private sealed class OtherModelGenerator(IEmbeddingGenerator<string, Embedding<float>> inner)
        : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
    {
        public override object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("other", null, "other-model") : base.GetService(serviceType, serviceKey);
    }
}

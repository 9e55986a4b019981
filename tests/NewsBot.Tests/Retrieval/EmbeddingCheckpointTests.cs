using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Retrieval;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

public sealed class EmbeddingCheckpointTests
{
    [Fact]
    public async Task LoadAsync_FailsMidEmbedding_KeepsTheEmbeddingsCheckpointedBeforeTheFailure()
    {
        using var seeds = new TempDirectory();
        using var data = new TempDirectory();
        var body = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => $"Sentence number {i} reports event {i * 7}."));
        await File.WriteAllTextAsync(seeds.Combine("long.txt"), $"A long story\n\n{body}");
        var options = Options.Create(new EmbeddingOptions());
        // Chunks of 512 sentences, one call each: the 9th call fails after 8 × 512 = 4,096 sentences were embedded.
        var cache = new FileCachingEmbeddingGenerator(new FailingGenerator(failOnCall: 9));
        using var library = EmbeddedLibrary.Create(
            Options.Create(new CoverageOptions { Folders = [seeds.Path], DataDirectory = data.Path }),
            NullLogger<CoverageLibrary>.Instance,
            Options.Create(new RetrievalOptions()),
            options,
            new SentenceEmbedder(cache, options),
            cache,
            cacheCheckpointEvery: 2_048);

        await Assert.ThrowsAsync<IOException>(() => library.LoadAsync());

        var reloaded = new FileCachingEmbeddingGenerator(new FakeEmbeddingGenerator());
        Assert.Equal(2 * 2_048, reloaded.Load(Path.Combine(data.Path, "embeddings.cache")));
        Assert.False(File.Exists(Path.Combine(data.Path, "coverage", "manifest.json")));
    }

    [Fact]
    public async Task LoadAsync_SlowEmbeddingKilledMidway_KeepsWhatWasEmbeddedBeforeTheLastHalfMinute()
    {
        using var seeds = new TempDirectory();
        using var data = new TempDirectory();
        var body = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => $"Sentence number {i} reports event {i * 7}."));
        await File.WriteAllTextAsync(seeds.Combine("long.txt"), $"A long story\n\n{body}");
        var options = Options.Create(new EmbeddingOptions());
        var time = new ManualTimeProvider();

        // Each chunk of 512 sentences takes 20 s of the clock; far fewer than the count checkpoint.
        var cache = new FileCachingEmbeddingGenerator(new FailingGenerator(failOnCall: 4, time, TimeSpan.FromSeconds(20)));
        using var library = EmbeddedLibrary.Create(
            Options.Create(new CoverageOptions { Folders = [seeds.Path], DataDirectory = data.Path }),
            NullLogger<CoverageLibrary>.Instance,
            Options.Create(new RetrievalOptions()),
            options,
            new SentenceEmbedder(cache, options),
            cache,
            time);

        await Assert.ThrowsAsync<IOException>(() => library.LoadAsync());

        // Saved at 40 s (1,024 sentences); at 60 s only 20 s had passed since; the run died at the fourth chunk.
        var reloaded = new FileCachingEmbeddingGenerator(new FakeEmbeddingGenerator());
        Assert.Equal(1_024, reloaded.Load(Path.Combine(data.Path, "embeddings.cache")));
    }

    /// <summary>Embeds like the fake until its n-th call, which fails as a crash would; each call may take clock time.</summary>
    private sealed class FailingGenerator(int failOnCall, ManualTimeProvider? time = null, TimeSpan perCall = default) : IEmbeddingGenerator<string, Embedding<float>>
    {
        private readonly FakeEmbeddingGenerator _inner = new();
        private int _calls;

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (++_calls == failOnCall)
            {
                throw new IOException("the embedding run died");
            }

            time?.Advance(perCall);
            return _inner.GenerateAsync(values, options, cancellationToken);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => _inner.GetService(serviceType, serviceKey);

        public void Dispose() => _inner.Dispose();
    }
}

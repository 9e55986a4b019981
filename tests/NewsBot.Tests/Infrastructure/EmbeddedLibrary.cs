using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Retrieval;

namespace NewsBot.Tests.Infrastructure;

/// <summary>A real <see cref="CoverageLibrary"/> over a real <see cref="EmbeddedCoverageStore"/>, as Hosting composes them.</summary>
internal static class EmbeddedLibrary
{
    public static CoverageLibrary Create(
        IOptions<CoverageOptions> coverage,
        ILogger<CoverageLibrary>? logger = null,
        IOptions<RetrievalOptions>? retrieval = null,
        IOptions<EmbeddingOptions>? embedding = null,
        SentenceEmbedder? embedder = null,
        FileCachingEmbeddingGenerator? cache = null,
        TimeProvider? time = null,
        int? cacheCheckpointEvery = null) =>
        new(Store(coverage, retrieval, embedding, embedder, cache, time, cacheCheckpointEvery), coverage, logger ?? NullLogger<CoverageLibrary>.Instance);

    public static EmbeddedCoverageStore Store(
        IOptions<CoverageOptions> coverage,
        IOptions<RetrievalOptions>? retrieval = null,
        IOptions<EmbeddingOptions>? embedding = null,
        SentenceEmbedder? embedder = null,
        FileCachingEmbeddingGenerator? cache = null,
        TimeProvider? time = null,
        int? cacheCheckpointEvery = null) =>
        new(coverage, NullLogger<EmbeddedCoverageStore>.Instance, retrieval, embedding, embedder, cache, time)
        {
            CacheCheckpointEvery = cacheCheckpointEvery ?? 10_000,
        };
}

using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Retrieval;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Embeddings;

public sealed class SentenceEmbedderTests
{
    [Fact]
    public async Task EmbedQueryAsync_Query_PrefixesNormalizedQuery()
    {
        var generator = new FakeEmbeddingGenerator();
        var embedder = new SentenceEmbedder(generator, Options.Create(new EmbeddingOptions()));

        await embedder.EmbedQueryAsync("what were Moscow\u2019s\ndemands?");

        Assert.Equal([ArcticEmbeddingGenerator.QueryPrefix + "what were Moscow's demands?"], generator.Inputs);
    }

    [Fact]
    public async Task EmbedPassagesAsync_Passages_EmbedsThemWithoutPrefix()
    {
        var generator = new FakeEmbeddingGenerator();
        var embedder = new SentenceEmbedder(generator, Options.Create(new EmbeddingOptions()));

        var vectors = await embedder.EmbedPassagesAsync(["One.", "Two."]);

        Assert.Equal(["One.", "Two."], generator.Inputs);
        Assert.Equal(2, vectors.Count);
    }

    [Fact]
    public async Task EmbedQueryAsync_SeparateQueryGenerator_QueriesNeverReachThePassageGenerator()
    {
        var passages = new FakeEmbeddingGenerator();
        var queries = new FakeEmbeddingGenerator();
        var embedder = new SentenceEmbedder(passages, Options.Create(new EmbeddingOptions()), queries);

        await embedder.EmbedQueryAsync("who won?");
        await embedder.EmbedPassagesAsync(["One."]);

        Assert.Equal([ArcticEmbeddingGenerator.QueryPrefix + "who won?"], queries.Inputs);
        Assert.Equal(["One."], passages.Inputs);
    }

    [Fact]
    public async Task EmbedQueryAsync_SameQuestionAgain_ComesFromTheQueryCache()
    {
        var generator = new FakeEmbeddingGenerator();
        var embedder = new SentenceEmbedder(generator, Options.Create(new EmbeddingOptions { QueryCacheSize = 10 }));

        var first = await embedder.EmbedQueryAsync("who won?");
        var second = await embedder.EmbedQueryAsync("who  won?");

        Assert.Single(generator.Inputs);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public async Task EmbedQueryAsync_QueryCacheOff_EmbedsEveryTime()
    {
        var generator = new FakeEmbeddingGenerator();
        var embedder = new SentenceEmbedder(generator, Options.Create(new EmbeddingOptions { QueryCacheSize = 0 }));

        await embedder.EmbedQueryAsync("who won?");
        await embedder.EmbedQueryAsync("who won?");

        Assert.Equal(2, generator.Inputs.Count);
    }
}

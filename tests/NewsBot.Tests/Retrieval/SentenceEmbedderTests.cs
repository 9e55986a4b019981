using Microsoft.Extensions.Options;
using NewsBot.Retrieval;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Retrieval;

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
}

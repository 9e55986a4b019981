using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Ingestion;
using NewsBot.Retrieval;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>
/// The vector search embeds the question with the names of what it calls by a capital or stand-in, which the answering
/// sentences mostly write, and with its background, in brackets.
/// </summary>
public sealed class VectorQueryTests
{
    [Theory]
    [InlineData("since when has Lisbon been in the alliance?", null, "since when has Lisbon been in the alliance? (Portugal, Nato)")]
    [InlineData("which port did it reopen?", "Lisbon harbour", "which port did it reopen? (Lisbon harbour, Portugal)")]
    [InlineData("When did Portugal join Nato?", null, "When did Portugal join Nato?")]
    [InlineData("which port did it reopen?", "Vardo harbour", "which port did it reopen? (Vardo harbour)")]
    public void VectorQuery_AddsTheBackgroundAndTheNamesOfStandIns(string question, string? background, string expected)
    {
        Assert.Equal(expected, CoverageIndex.VectorQuery(question, background));
    }

    [Fact]
    public async Task RetrieveAsync_AQuestionNamingACapital_EmbedsTheCountrysNameWithIt()
    {
        using var data = new TempDirectory();
        var queries = new FakeEmbeddingGenerator();
        var embedding = Options.Create(new EmbeddingOptions());
        var coverage = Options.Create(new CoverageOptions { Folders = [Path.Combine(data.Path, "no-sources")], DataDirectory = data.Path });
        using var library = EmbeddedLibrary.Create(coverage, embedding: embedding, embedder: new SentenceEmbedder(new FakeEmbeddingGenerator(), embedding, queries));
        var article = PlainTextArticleParser.Parse("a", "a.txt", "Portugal in Nato\n\nPortugal has been a Nato member since 1949.");
        var index = await library.ApplyAsync([CoverageChange.Put(article, "h")]);

        await index.RetrieveAsync("since when has Lisbon been in the alliance?", 3);

        Assert.Equal($"{EmbeddingOptionsPrefix}since when has Lisbon been in the alliance? (Portugal, Nato)", queries.Inputs[^1]);
    }

    private static string EmbeddingOptionsPrefix => new EmbeddingOptions().QueryPrefix;
}

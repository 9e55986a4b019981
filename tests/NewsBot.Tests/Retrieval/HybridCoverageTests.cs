using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Retrieval;
using NewsBot.Tests.Embeddings;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>The coverage with vectors: persisted, reused, re-embedded only where text changed.</summary>
public sealed class HybridCoverageTests(ArcticModelFixture model) : IClassFixture<ArcticModelFixture>
{
    [Fact]
    public async Task LoadAsync_Restart_ReusesVectorsAndEmbedsNothing()
    {
        using var seeds = new TempDirectory();
        using var data = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        var fake = new FakeEmbeddingGenerator();
        using (var first = Library(seeds.Path, data.Path, fake))
        {
            await first.LoadAsync();
        }

        var callsAfterBuild = fake.CallCount;
        var restartFake = new FakeEmbeddingGenerator();
        using var second = Library(seeds.Path, data.Path, restartFake);

        var index = await second.LoadAsync();

        Assert.True(callsAfterBuild > 0);
        Assert.Equal(0, restartFake.CallCount);
        Assert.True(index.IsHybrid);
        Assert.NotEmpty(await index.RetrieveAsync("draft agreement", 3));
    }

    [Fact]
    public async Task LoadAsync_OneArticleChanged_EmbedsOnlyItsNewSentences()
    {
        using var seeds = new TempDirectory();
        using var data = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        await File.WriteAllTextAsync(seeds.Combine("b.txt"), "Ceasefire holds\n\nKYIV, March 3, 2022 — The ceasefire held overnight. Shops reopened.");
        var fake = new FakeEmbeddingGenerator();
        using var library = Library(seeds.Path, data.Path, fake);
        await library.LoadAsync();
        var inputsBefore = fake.Inputs.Count;

        await File.WriteAllTextAsync(seeds.Combine("b.txt"), "Ceasefire holds\n\nKYIV, March 3, 2022 — The ceasefire held overnight. Schools reopened on Friday.");
        await library.LoadAsync();

        Assert.Equal(["Schools reopened on Friday."], fake.Inputs.Skip(inputsBefore));
    }

    [Fact]
    public async Task RetrieveAsync_ParaphraseOfMoscowsDemands_FindsTheDecemberDraftsFirst()
    {
        using var data = new TempDirectory();
        using var library = EmbeddedLibrary.Create(
            Options.Create(new CoverageOptions { Folders = [TestPaths.Seeds], DataDirectory = data.Path }),
            NullLogger<CoverageLibrary>.Instance,
            Options.Create(new RetrievalOptions()),
            model.Options,
            model.Embedder);
        var index = await library.LoadAsync();

        var passages = await index.RetrieveAsync("what were Moscow's demands in mid-December?", 5);

        Assert.StartsWith("On December 17, 2021, the Russian Foreign Ministry released", passages[0].Sentence.Text, StringComparison.Ordinal);
        Assert.InRange(passages[0].Similarity, 0.3, 1.0);
    }

    private static CoverageLibrary Library(string seeds, string data, FakeEmbeddingGenerator fake)
    {
        var options = Options.Create(new EmbeddingOptions());
        var cache = new FileCachingEmbeddingGenerator(fake);
        return EmbeddedLibrary.Create(
            Options.Create(new CoverageOptions { Folders = [seeds], DataDirectory = data }),
            NullLogger<CoverageLibrary>.Instance,
            Options.Create(new RetrievalOptions()),
            options,
            new SentenceEmbedder(cache, options),
            cache);
    }
}

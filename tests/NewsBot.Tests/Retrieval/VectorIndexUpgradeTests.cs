using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Retrieval;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>A vector file in another format version is rebuilt by the library, not crashed on.</summary>
public sealed class VectorIndexUpgradeTests
{
    [Fact]
    public async Task LoadAsync_VectorFileOfAnOlderVersion_RebuildsItAndServesVectors()
    {
        using var seeds = new TempDirectory();
        using var data = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        using (var first = Library(seeds.Path, data.Path))
        {
            await first.LoadAsync();
        }

        var indexFolder = Directory.GetDirectories(Path.Combine(data.Path, "coverage", "vectors")).Single();
        var vectorFile = Path.Combine(indexFolder, VectorIndex.FileName);
        var bytes = File.ReadAllBytes(vectorFile);
        BitConverter.GetBytes(1).CopyTo(bytes, 4);
        File.WriteAllBytes(vectorFile, bytes);

        using var restarted = Library(seeds.Path, data.Path);
        var index = await restarted.LoadAsync();

        Assert.True(index.IsHybrid);
        Assert.True(VectorIndex.Exists(indexFolder));
        Assert.NotEmpty(await index.RetrieveAsync("What did the NATO chief say about Ukraine?", 5));
    }

    private static CoverageLibrary Library(string seeds, string data)
    {
        var options = Options.Create(new EmbeddingOptions());
        return EmbeddedLibrary.Create(
            Options.Create(new CoverageOptions { Folders = [seeds], DataDirectory = data }),
            NullLogger<CoverageLibrary>.Instance,
            Options.Create(new RetrievalOptions()),
            options,
            new SentenceEmbedder(new FakeEmbeddingGenerator(), options));
    }
}

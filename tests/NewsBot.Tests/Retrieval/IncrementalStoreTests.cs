using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Ingestion;
using NewsBot.Retrieval;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>
/// The embedded store updated in place: a change touches only its article (in Lucene, in the vectors, in the model's
/// work), and a crash between writing a generation and publishing it leaves the last published one served and reopened.
/// </summary>
public sealed class IncrementalStoreTests
{
    [Fact]
    public async Task ApplyAsync_OneArticleChanged_KeepsTheOtherArticlesSegmentFilesAndEmbedsOnlyTheNewSentence()
    {
        using var data = new TempDirectory();
        var model = new FakeEmbeddingGenerator();
        using var library = Hybrid(data.Path, model);
        await library.ApplyAsync([Put("quay", "Quay reopens", "The harbour quay reopened on Monday. Ships queued outside."), Put("mill", "Mill sold", "The paper mill was sold to a cooperative.")]);
        var lucene = Path.Combine(data.Path, "coverage", "lucene");
        var firstFiles = Directory.GetFiles(lucene).Where(f => Path.GetFileName(f).StartsWith("_0", StringComparison.Ordinal)).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var embeddedBefore = model.Inputs.Count;

        var index = await library.ApplyAsync([Put("quay", "Quay reopens", "The harbour quay reopened on Monday. Ships sailed in at dawn.")]);

        Assert.Equal(["Ships sailed in at dawn."], model.Inputs.Skip(embeddedBefore));
        Assert.NotEmpty(firstFiles);
        Assert.Equal(firstFiles, firstFiles.Keys.ToDictionary(f => f, File.GetLastWriteTimeUtc));
        Assert.Contains(await index.RetrieveAsync("when did the ships sail in", 3), p => p.Sentence.Text == "Ships sailed in at dawn.");
        Assert.Contains(await index.RetrieveAsync("who bought the paper mill", 3), p => p.Article.Id == "mill");
        Assert.Equal(2, index.Corpus.ArticleCount);
    }

    [Fact]
    public async Task Search_SentenceChangedInPlace_FindsNoVectorOfItsOldText()
    {
        using var data = new TempDirectory();
        using var library = Hybrid(data.Path, new FakeEmbeddingGenerator());
        await library.ApplyAsync([Put("quay", "Quay reopens", "The harbour quay reopened to container ships on Monday.")]);
        var old = (await new FakeEmbeddingGenerator().GenerateAsync(["The harbour quay reopened to container ships on Monday."]))[0].Vector;

        var index = await library.ApplyAsync([Put("quay", "Quay closes", "Storm damage closed the breakwater for a week.")]);
        var hits = index.Vectors!.Search(old.Span, 5);

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.InRange(h.Score, -1, 0.9));
    }

    [Fact]
    public async Task ApplyAsync_CrashAfterWritingBeforePublishing_OldGenerationServedAndReopened()
    {
        using var data = new TempDirectory();
        var coverage = Coverage(data.Path);
        var store = EmbeddedLibrary.Store(coverage, embedding: Options.Create(new EmbeddingOptions()), embedder: Embedder(new FakeEmbeddingGenerator()));
        using (var library = new CoverageLibrary(store, coverage, Microsoft.Extensions.Logging.Abstractions.NullLogger<CoverageLibrary>.Instance))
        {
            await library.ApplyAsync([Put("quay", "Quay reopens", "The harbour quay reopened on Monday.")]);
            store.BeforePublish = () => throw new IOException("killed between writing and publishing");

            await Assert.ThrowsAsync<IOException>(() => library.ApplyAsync([Put("quay", "Quay closes", "The harbour quay closed after a storm."), Put("mill", "Mill sold", "The paper mill was sold.")]));

            Assert.Equal(1, library.Current!.Generation);
            Assert.Contains(await library.Current.RetrieveAsync("when did the quay reopen", 3), p => p.Sentence.Text.Contains("reopened", StringComparison.Ordinal));
            store.Dispose();
        }

        using var restarted = Hybrid(data.Path, new FakeEmbeddingGenerator());
        var reopened = await restarted.OpenAsync();
        var hits = await reopened!.RetrieveAsync("what happened at the harbour quay", 5);
        var next = await restarted.ApplyAsync([Put("mill", "Mill sold", "The paper mill was sold to a cooperative.")]);

        Assert.Equal(1, reopened.Generation);
        Assert.Equal(["quay"], reopened.Corpus.Articles.Select(a => a.Id));
        Assert.Contains(hits, p => p.Sentence.Text.Contains("reopened", StringComparison.Ordinal));
        Assert.DoesNotContain(hits, p => p.Sentence.Text.Contains("closed", StringComparison.Ordinal));
        Assert.Equal(2, next.Generation);
        Assert.Equal(["mill", "quay"], next.Corpus.Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(await next.RetrieveAsync("quay closed after a storm", 5), p => p.Sentence.Text.Contains("closed", StringComparison.Ordinal));
    }

    private static CoverageLibrary Hybrid(string data, FakeEmbeddingGenerator model) =>
        EmbeddedLibrary.Create(Coverage(data), embedding: Options.Create(new EmbeddingOptions()), embedder: Embedder(model));

    private static SentenceEmbedder Embedder(FakeEmbeddingGenerator model) =>
        new(model, Options.Create(new EmbeddingOptions()), new FakeEmbeddingGenerator());

    private static IOptions<CoverageOptions> Coverage(string data) =>
        Options.Create(new CoverageOptions { Folders = [Path.Combine(data, "no-sources")], DataDirectory = data });

    private static CoverageChange Put(string id, string headline, string body) =>
        CoverageChange.Put(PlainTextArticleParser.Parse(id, id + ".txt", $"{headline}\n\n{body}"), $"{id}:{body}");
}

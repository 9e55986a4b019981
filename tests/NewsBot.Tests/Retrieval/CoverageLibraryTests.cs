using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

public sealed class CoverageLibraryTests
{
    [Fact]
    public async Task LoadAsync_UnchangedSources_ReusesThePersistedIndex()
    {
        using var seeds = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        using var coverage = new TestCoverage(seeds.Path);

        var first = await coverage.Library.LoadAsync();
        var store = Path.Combine(coverage.DataDirectory, "coverage");
        var builtAt = Directory.GetFiles(store, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var second = await coverage.Library.LoadAsync();

        Assert.Equal(first.Version, second.Version);
        Assert.Same(first, second);
        Assert.Equal(builtAt, Directory.GetFiles(store, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc));
        Assert.Equal(14, second.Corpus.SentenceCount);
    }

    [Fact]
    public async Task LoadAsync_ChangedSources_PublishesTheNextGenerationAndClosesTheOldOne()
    {
        using var seeds = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        using var coverage = new TestCoverage(seeds.Path);
        var first = await coverage.Library.LoadAsync();

        await File.WriteAllTextAsync(seeds.Combine("b.txt"), "Ceasefire holds in the east\n\nKYIV, March 3, 2022 — The ceasefire held overnight, officials said.");
        var second = await coverage.Library.LoadAsync();

        Assert.NotEqual(first.Version, second.Version);
        Assert.Equal(first.Generation + 1, second.Generation);
        Assert.True(first.IsDisposed);
        Assert.Equal(2, second.Corpus.ArticleCount);
        Assert.Contains(await second.RetrieveAsync("did the ceasefire hold overnight?", 3), p => p.Sentence.Text.StartsWith("The ceasefire held overnight", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_LeftoversOfAnUnpublishedApply_AreCutOffOnRestart()
    {
        using var seeds = new TempDirectory();
        using var data = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        string version;
        using (var first = TestCoverage.Over(data.Path, seeds.Path))
        {
            version = (await first.Library.LoadAsync()).Version;
        }

        var store = Path.Combine(data.Path, "coverage");
        var log = Path.Combine(store, "articles.log");
        var published = new FileInfo(log).Length;
        await File.AppendAllTextAsync(log, "{\"Generation\":2,\"Id\":\"torn");
        Directory.CreateDirectory(Path.Combine(store, "vectors", "2"));
        using var coverage = TestCoverage.Over(data.Path, seeds.Path);

        var reloaded = await coverage.Library.LoadAsync();

        Assert.Equal(version, reloaded.Version);
        Assert.NotEmpty(await reloaded.RetrieveAsync("draft agreement on security guarantees", 3));
        Assert.Equal(published, new FileInfo(log).Length);
        Assert.False(Directory.Exists(Path.Combine(store, "vectors", "2")));
    }

    [Fact]
    public async Task LoadAsync_BadFileAmongSeeds_SkipsItAndServesTheRest()
    {
        using var seeds = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        await File.WriteAllTextAsync(seeds.Combine("empty.txt"), string.Empty);
        using var coverage = new TestCoverage(seeds.Path);

        var index = await coverage.Library.LoadAsync();

        Assert.Equal(1, index.Corpus.ArticleCount);
        Assert.NotEmpty(await index.RetrieveAsync("draft agreement", 3));
    }

    [Fact]
    public async Task LoadAsync_SameStoryInTwoFiles_IndexesItOnceAndNamesBothOrigins()
    {
        using var seeds = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        var copy = (await File.ReadAllTextAsync(TestPaths.SeedArticle)).ReplaceLineEndings("\r\n").Replace(". ", ".  ", StringComparison.Ordinal);
        await File.WriteAllTextAsync(seeds.Combine("b.txt"), copy);
        using var coverage = new TestCoverage(seeds.Path);

        var index = await coverage.Library.LoadAsync();

        var answer = NewsBot.Answering.ExtractiveComposer.Compose("what did Russia propose on December 17?", await index.RetrieveAsync("what did Russia propose on December 17?", 20), index.Corpus, new NewsBot.Answering.AnsweringOptions());

        var article = Assert.Single(index.Corpus.Articles);
        Assert.Equal("a", article.Id);
        Assert.Equal([seeds.Combine("b.txt")], article.AlsoIn);
        Assert.All(answer.Citations, c => Assert.Equal([seeds.Combine("b.txt")], c.AlsoIn));
    }

    [Fact]
    public async Task LoadAsync_AfterRestart_RebuildsAStoreWithoutManifestAndDeletesTheOldLayout()
    {
        using var seeds = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        using var data = new TempDirectory();
        string version;
        using (var first = TestCoverage.Over(data.Path, seeds.Path))
        {
            version = (await first.Library.LoadAsync()).Version;
        }

        var root = Path.Combine(data.Path, "coverage");
        File.Delete(Path.Combine(root, "manifest.json"));
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
        {
            await File.WriteAllTextAsync(file, "torn");
        }

        Directory.CreateDirectory(Path.Combine(data.Path, "index", "0123.building"));
        using var restarted = TestCoverage.Over(data.Path, seeds.Path);

        var index = await restarted.Library.LoadAsync();

        Assert.Equal(version, index.Version);
        Assert.NotEmpty(await index.RetrieveAsync("draft agreement on security guarantees", 3));
        Assert.True(File.Exists(Path.Combine(root, "manifest.json")));
        Assert.False(Directory.Exists(Path.Combine(data.Path, "index")));
    }

    [Fact]
    public async Task IngestAsync_SourcesChanged_ReportsAddedUpdatedRemovedAndSkipped()
    {
        using var seeds = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        await File.WriteAllTextAsync(seeds.Combine("b.txt"), "Ceasefire holds\n\nKYIV, March 3, 2022 — The ceasefire held overnight.");
        await File.WriteAllTextAsync(seeds.Combine("c.txt"), "Port reopens\n\nODESA, March 4, 2022 — The port reopened.");
        using var coverage = new TestCoverage(seeds.Path);
        var first = await coverage.Library.IngestAsync();

        await File.WriteAllTextAsync(seeds.Combine("b.txt"), "Ceasefire holds\n\nKYIV, March 3, 2022 — The ceasefire held for a second night.");
        File.Delete(seeds.Combine("c.txt"));
        await File.WriteAllTextAsync(seeds.Combine("d.txt"), "Schools reopen\n\nKYIV, March 5, 2022 — Schools reopened.");
        await File.WriteAllTextAsync(seeds.Combine("empty.txt"), string.Empty);
        var second = await coverage.Library.IngestAsync();
        var third = await coverage.Library.IngestAsync();

        Assert.Equal((3, 0, 0, 0), (first.Added.Count, first.Updated.Count, first.Removed.Count, first.Unchanged));
        Assert.Equal(["d"], second.Added);
        Assert.Equal(["b"], second.Updated);
        Assert.Equal(["c"], second.Removed);
        Assert.Equal(1, second.Unchanged);
        Assert.True(second.Rebuilt);
        Assert.Equal(seeds.Combine("empty.txt"), Assert.Single(second.Skipped).Origin);
        Assert.Equal((0, 0, 0, 3, false), (third.Added.Count, third.Updated.Count, third.Removed.Count, third.Unchanged, third.Rebuilt));
    }
}

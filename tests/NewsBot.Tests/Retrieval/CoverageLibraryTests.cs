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
        var indexFolder = Directory.GetDirectories(Path.Combine(coverage.DataDirectory, "index")).Single();
        var builtAt = Directory.GetFiles(indexFolder).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var second = await coverage.Library.LoadAsync();

        Assert.Equal(first.Version, second.Version);
        Assert.Equal(builtAt, Directory.GetFiles(indexFolder).ToDictionary(f => f, File.GetLastWriteTimeUtc));
        Assert.Equal(14, second.Corpus.SentenceCount);
    }

    [Fact]
    public async Task LoadAsync_ChangedSources_RebuildsAndDropsTheOldIndex()
    {
        using var seeds = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        using var coverage = new TestCoverage(seeds.Path);
        var first = await coverage.Library.LoadAsync();

        await File.WriteAllTextAsync(seeds.Combine("b.txt"), "Ceasefire holds in the east\n\nKYIV, March 3, 2022 — The ceasefire held overnight, officials said.");
        var second = await coverage.Library.LoadAsync();

        Assert.NotEqual(first.Version, second.Version);
        Assert.Equal(2, second.Corpus.ArticleCount);
        Assert.Equal(second.Version, Path.GetFileName(Directory.GetDirectories(Path.Combine(coverage.DataDirectory, "index")).Single()));
        Assert.Contains(await second.RetrieveAsync("did the ceasefire hold overnight?", 3), p => p.Sentence.Text.StartsWith("The ceasefire held overnight", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_LeftoverUnfinishedBuild_IsReplacedByACompleteIndex()
    {
        using var seeds = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, seeds.Combine("a.txt"));
        using var coverage = new TestCoverage(seeds.Path);
        var version = (await coverage.Library.LoadAsync()).Version;
        var keyword = Path.Combine(coverage.DataDirectory, "index");
        Directory.Delete(Path.Combine(keyword, version), recursive: true);
        Directory.CreateDirectory(Path.Combine(keyword, version + ".building"));
        await File.WriteAllTextAsync(Path.Combine(keyword, version + ".building", "segments_1"), "torn write");

        var reloaded = await coverage.Library.LoadAsync();

        Assert.Equal(version, reloaded.Version);
        Assert.NotEmpty(await reloaded.RetrieveAsync("draft agreement on security guarantees", 3));
        Assert.Equal([version], Directory.GetDirectories(keyword).Select(Path.GetFileName));
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
}

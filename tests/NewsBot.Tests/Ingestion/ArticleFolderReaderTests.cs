using NewsBot.Ingestion;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Ingestion;

public sealed class ArticleFolderReaderTests
{
    [Fact]
    public async Task ReadAsync_BadFilesBesideGoodOnes_ReportsEachBadFileAndReadsTheRest()
    {
        using var folder = new TempDirectory();
        File.Copy(TestPaths.SeedArticle, folder.Combine("good.txt"));
        await File.WriteAllTextAsync(folder.Combine("empty.txt"), "  \n");
        await File.WriteAllBytesAsync(folder.Combine("binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
        await File.WriteAllBytesAsync(folder.Combine("latin1.txt"), [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x65, 0x77, 0x73]);
        await File.WriteAllTextAsync(folder.Combine("notes.docx"), "not really a document");
        await File.WriteAllTextAsync(folder.Combine(".hidden.txt"), "Editors' scratch file.");

        var results = await ArticleFolderReader.ReadAsync(folder.Path).ToListAsync();

        var byName = results.ToDictionary(r => Path.GetFileName(r.Origin));
        Assert.Equal(["binary.txt", "empty.txt", "good.txt", "latin1.txt", "notes.docx"], byName.Keys.Order(StringComparer.Ordinal));
        Assert.True(byName["good.txt"].Succeeded);
        Assert.Contains("empty", byName["empty.txt"].Error, StringComparison.Ordinal);
        Assert.Contains("binary", byName["binary.txt"].Error, StringComparison.Ordinal);
        Assert.Contains("UTF-8", byName["latin1.txt"].Error, StringComparison.Ordinal);
        Assert.Contains("not a supported article format", byName["notes.docx"].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFileAsync_Utf8Bom_IsStrippedAndOffsetsStayExact()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("bom.txt");
        await File.WriteAllBytesAsync(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("Headline\n\nBody sentence one. Body two.")]);

        var result = Assert.Single(await ArticleFolderReader.ReadFileAsync(path));

        Assert.NotNull(result.Article);
        Assert.Equal("Headline", result.Article.Headline);
        ArticleAssert.OffsetsExact(result.Article);
    }

    [Fact]
    public async Task ReadAsync_EveryFormat_YieldsEachArticleAndReportsEachBadFile()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.Combine("bridge.txt"), HtmlArticleReaderTests.NewsPage);
        await File.WriteAllTextAsync(folder.Combine("courier.rss"), FeedArticleReaderTests.Rss);
        await File.WriteAllTextAsync(folder.Combine("wire"), FeedArticleReaderTests.Atom);
        await File.WriteAllTextAsync(folder.Combine("floods.md"), "---\ntitle: Floods close the motorway\ndate: 2024-01-09\n---\nThe A2 was shut on Monday. Traffic was diverted.\n");
        await File.WriteAllTextAsync(folder.Combine("batch"), """[{"id": "j1", "title": "Vote delayed", "text": "The vote was delayed to Friday."}, {"id": "j2", "text": "Turnout was 61%."}]""");
        await File.WriteAllTextAsync(folder.Combine("corpus.jsonl"), "{\"id\": \"l1\", \"text\": \"Bees are back.\"}\n\n{\"id\": \"l2\", \"text\": \"Wasps too.\"}\n");
        await File.WriteAllTextAsync(folder.Combine("broken.json"), """{"id": "b1", "text": "no closing brace""");
        await File.WriteAllTextAsync(folder.Combine("broken.xml"), "<rss version=\"2.0\"><channel><item><title>Cut off");
        await File.WriteAllTextAsync(folder.Combine("home.html"), "<!DOCTYPE html><html><body><nav><a href=\"/\">Home</a></nav><footer>(c) 2024</footer></body></html>");
        await File.WriteAllBytesAsync(folder.Combine("photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]);

        var results = await ArticleFolderReader.ReadAsync(folder.Path).ToListAsync();

        var articles = results.Where(r => r.Succeeded).Select(r => r.Article!).ToList();
        Assert.All(articles, ArticleAssert.OffsetsExact);
        Assert.Equal(12, articles.Count);
        Assert.Equal("Bridge reopens after two years of repairs", articles.Single(a => a.Id == "bridge").Headline);
        Assert.Equal(3, articles.Count(a => a.Id.StartsWith("courier-", StringComparison.Ordinal)));
        Assert.Equal(3, articles.Count(a => a.Id.StartsWith("wire-", StringComparison.Ordinal)));
        Assert.Equal(new DateOnly(2024, 1, 9), articles.Single(a => a.Id == "floods").Date);
        Assert.Contains(articles, a => a.Id == "j2");
        Assert.Contains(articles, a => a.Id == "l2");
        var errors = results.Where(r => !r.Succeeded).ToDictionary(r => Path.GetFileName(r.Origin), r => r.Error);
        Assert.Equal(["broken.json", "broken.xml", "home.html", "photo.jpg"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("JSON is malformed", errors["broken.json"], StringComparison.Ordinal);
        Assert.Contains("feed is malformed", errors["broken.xml"], StringComparison.Ordinal);
        Assert.Contains("no article text", errors["home.html"], StringComparison.Ordinal);
        Assert.Contains("binary", errors["photo.jpg"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MissingFolder_ReturnsNothing()
    {
        var results = await ArticleFolderReader.ReadAsync(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))).ToListAsync();

        Assert.Empty(results);
    }
}

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

        var result = await ArticleFolderReader.ReadFileAsync(path);

        Assert.NotNull(result.Article);
        Assert.Equal("Headline", result.Article.Headline);
        Assert.All(result.Article.Sentences, s => Assert.Equal(s.Text, result.Article.Text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public async Task ReadAsync_MissingFolder_ReturnsNothing()
    {
        var results = await ArticleFolderReader.ReadAsync(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))).ToListAsync();

        Assert.Empty(results);
    }
}

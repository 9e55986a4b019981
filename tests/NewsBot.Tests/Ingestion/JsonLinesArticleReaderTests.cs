using NewsBot.Ingestion;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Ingestion;

public sealed class JsonLinesArticleReaderTests
{
    [Fact]
    public async Task ReadAsync_SharedFormat_ReadsMetadataAndSplitsTheText()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("corpus.jsonl");
        await File.WriteAllLinesAsync(path,
        [
            """{"id": "g1", "title": "Nato summit opens", "date": "2022-06-28", "source": "The Guardian", "url": "https://example.org/nato", "text": "Leaders met in Madrid on Tuesday. They agreed to expand.\n\nSweden and Finland were invited."}""",
            "",
            """{"id": "g2", "title": null, "date": null, "source": null, "text": "MOSCOW, Feb. 24 (Reuters) - Troops crossed the border. Markets fell."}""",
        ]);

        var results = await JsonLinesArticleReader.ReadAsync(path).ToListAsync();

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        var first = results[0].Article!;
        Assert.Equal(("Nato summit opens", "The Guardian", new DateOnly(2022, 6, 28)), (first.Headline, first.Source, first.Date));
        Assert.Equal(new Uri("https://example.org/nato"), first.Url);
        Assert.Equal(["Leaders met in Madrid on Tuesday.", "They agreed to expand.", "Sweden and Finland were invited."], first.Sentences.Select(s => s.Text));
        var second = results[1].Article!;
        Assert.Equal(("Reuters", "Troops crossed the border."), (second.Source, second.Headline));
        Assert.Equal(["Troops crossed the border.", "Markets fell."], second.Sentences.Select(s => s.Text));
        Assert.All(results.SelectMany(r => r.Article!.Sentences), s => Assert.Equal(s.Text, results.Single(r => r.Article!.Id == s.ArticleId).Article!.Text.Substring(s.Start, s.Length)));
        Assert.EndsWith("corpus.jsonl:3", results[1].Origin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Writers_AreTheByline()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("corpus.jsonl");
        await File.WriteAllLinesAsync(path,
        [
            """{"id": "a1", "title": "Harbour vote", "author": "Maria Okafor", "text": "The board voted."}""",
            """{"id": "a2", "title": "Harbour vote", "authors": ["Jonas Berg", " ", "Maria Okafor", "Li Wei"], "text": "The board voted."}""",
            """{"id": "a3", "title": "Harbour vote", "authors": [], "text": "The board voted."}""",
        ]);

        var bylines = (await JsonLinesArticleReader.ReadAsync(path).ToListAsync()).Select(r => r.Article!.Byline);

        Assert.Equal(["Maria Okafor", "Jonas Berg, Maria Okafor and Li Wei", null], bylines);
    }

    [Fact]
    public async Task ReadAsync_GivenSentenceSplit_IsKeptWithExactOffsets()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("wiki.jsonl");
        await File.WriteAllTextAsync(path, """{"id": "w1", "title": "Tissue", "text": "In Biology , Tissue is a level . A tissue is an ensemble of cells.", "sentences": ["In Biology , Tissue is a level .", "A tissue is an ensemble of cells."]}""");

        var article = (await JsonLinesArticleReader.ReadAsync(path).SingleAsync()).Article!;

        Assert.Equal(["In Biology , Tissue is a level .", "A tissue is an ensemble of cells."], article.Sentences.Select(s => s.Text));
        Assert.Equal(33, article.Sentences[1].Start);
    }

    [Fact]
    public async Task ReadAsync_GivenSentenceOverTheLimit_IsCutAtClausesWithExactOffsets()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("wiki.jsonl");
        var clauses = Enumerable.Range(1, 12).Select(i => $"the harbour board approved berth number {i} for the winter ferries");
        var list = "Harbour works were listed as follows: " + string.Join("; ", clauses) + ".";
        var text = $"Harbour works . {list}";
        var record = System.Text.Json.JsonSerializer.Serialize(new { id = "w2", title = "Harbour", text, sentences = new[] { "Harbour works .", list } });
        await File.WriteAllTextAsync(path, record);

        var article = (await JsonLinesArticleReader.ReadAsync(path).SingleAsync()).Article!;

        Assert.True(list.Length > LongSentenceSplitter.MaxLength);
        Assert.True(article.Sentences.Count > 2);
        Assert.All(article.Sentences, s => Assert.InRange(s.Length, 1, LongSentenceSplitter.MaxLength));
        Assert.All(article.Sentences, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Length)));
        Assert.All(article.Sentences.Skip(1).SkipLast(1), s => Assert.EndsWith(";", s.Text, StringComparison.Ordinal));
        Assert.Equal(list, text[article.Sentences[1].Start..article.Sentences[^1].End]);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{"id": "x"}""")]
    [InlineData("""{"id": "", "text": "Some text."}""")]
    [InlineData("[1, 2]")]
    [InlineData("""{"id": "x", "text": "   "}""")]
    public void ReadLine_MalformedRecord_IsAFailureNotAnException(string line)
    {
        var result = JsonLinesArticleReader.ReadLine(line, "corpus.jsonl:7");

        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrEmpty(result.Error));
    }
}

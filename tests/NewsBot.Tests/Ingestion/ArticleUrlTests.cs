using NewsBot.Ingestion;

namespace NewsBot.Tests.Ingestion;

/// <summary>Every reader keeps an article's URL only when it is absolute http or https: clients turn it into a link.</summary>
public sealed class ArticleUrlTests
{
    [Theory]
    [InlineData("javascript:alert(6)")]
    [InlineData("JavaScript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("ftp://files.example.org/a.txt")]
    [InlineData("/relative/path")]
    public void Parse_NotHttpOrHttps_IsDropped(string url) => Assert.Null(ArticleUrl.Parse(url));

    [Theory]
    [InlineData("https://news.example.org/a?b=1")]
    [InlineData("HTTP://NEWS.EXAMPLE.ORG/A")]
    public void Parse_HttpOrHttps_IsKept(string url) => Assert.Equal(new Uri(url), ArticleUrl.Parse(url));

    [Fact]
    public async Task JsonLines_JavascriptUrl_IsDropped()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, """{"id": "x", "title": "T", "url": "javascript:alert(6)", "text": "A sentence here. Another one."}""" + "\n");

            var results = new List<IngestionResult>();
            await foreach (var result in JsonLinesArticleReader.ReadAsync(path))
            {
                results.Add(result);
            }

            Assert.Null(Assert.Single(results).Article!.Url);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Markdown_JavascriptUrlInFrontMatter_IsDropped()
    {
        var article = MarkdownArticleParser.Parse("x", "x.md", "---\ntitle: T\nurl: javascript:alert(6)\n---\n\nA sentence here. Another one.\n");

        Assert.Null(article.Url);
    }

    [Fact]
    public void Feed_JavascriptItemLink_IsDropped()
    {
        const string Rss = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Feed</title><link>https://example.org/</link><description>d</description>
            <item><title>Item</title><link>javascript:alert(6)</link><description>A sentence here. Another one.</description></item>
            </channel></rss>
            """;

        var results = FeedArticleReader.Read("feed", "feed.xml", Rss, "hash");

        Assert.Null(Assert.Single(results).Article!.Url);
    }

    [Fact]
    public void Article_SetWithAnUnsafeUrl_KeepsNone()
    {
        var article = MarkdownArticleParser.Parse("x", "x.md", "A sentence here.") with { Url = new Uri("javascript:alert(6)") };

        Assert.Null(article.Url);
    }
}

using NewsBot.Ingestion;

namespace NewsBot.Tests.Ingestion;

public sealed class ArticleFormatDetectorTests
{
    [Theory]
    [InlineData(".txt", "\n  <!DOCTYPE html><html><body><p>Hi.</p></body></html>", ArticleFormat.Html)]
    [InlineData(".txt", "<HTML><body>x</body></HTML>", ArticleFormat.Html)]
    [InlineData("", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", ArticleFormat.Feed)]
    [InlineData("", "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", ArticleFormat.Feed)]
    [InlineData("", "{\"id\": \"a\", \"text\": \"b\"}", ArticleFormat.Json)]
    [InlineData(".json", "{\"id\": \"a\"}\n{\"id\": \"b\"}\n", ArticleFormat.JsonLines)]
    [InlineData(".jsonl", "{\"id\": \"a\"}", ArticleFormat.JsonLines)]
    [InlineData(".md", "# Title\n\nBody.", ArticleFormat.Markdown)]
    [InlineData(".TXT", "Headline\n\nBody.", ArticleFormat.PlainText)]
    [InlineData(".xml", "<catalog/>", ArticleFormat.Feed)]
    [InlineData(".docx", "not really a document", ArticleFormat.Unsupported)]
    [InlineData("", "Just some words.", ArticleFormat.Unsupported)]
    public void Detect_ContentFirstThenExtension(string extension, string text, ArticleFormat expected)
    {
        Assert.Equal(expected, ArticleFormatDetector.Detect(extension, text));
    }
}

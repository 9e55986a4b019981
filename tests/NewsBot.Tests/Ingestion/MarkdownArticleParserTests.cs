using NewsBot.Ingestion;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Ingestion;

public sealed class MarkdownArticleParserTests
{
    private const string WithFrontMatter = """
        ---
        title: "Port strike ends after three weeks"
        date: 2024-03-05
        source: Harbour Gazette
        author: Ana Ruiz
        url: https://news.example.org/port-strike
        ---

        # Dockers return to work

        ROTTERDAM, March 5 (Reuters) - Dockers voted to end the strike on Tuesday. Ships began unloading by *noon*.

        ## What changed

        - The union won a 6% raise over two years.
        - Night shifts will be capped.

        > "We held together," said union leader Piet de Vries.
        """;

    [Fact]
    public void Parse_FrontMatter_GivesMetadataAndOffsetsIntoTheFileText()
    {
        var article = MarkdownArticleParser.Parse("port", "port.md", WithFrontMatter);

        Assert.Equal(("Port strike ends after three weeks", "Harbour Gazette", "Ana Ruiz"), (article.Headline, article.Source, article.Byline));
        Assert.Equal(new DateOnly(2024, 3, 5), article.Date);
        Assert.Equal(new Uri("https://news.example.org/port-strike"), article.Url);
        Assert.Same(WithFrontMatter, article.Text);
        ArticleAssert.OffsetsExact(article);
        Assert.Equal("Dockers return to work", article.Sentences[0].Text);
        Assert.Equal(SentenceRole.Headline, article.Sentences[0].Role);
        Assert.Contains(article.Sentences, s => s.Text == "Ships began unloading by *noon*.");
        Assert.Contains(article.Sentences, s => s.Text == "What changed");
        Assert.Contains(article.Sentences, s => s.Text == "The union won a 6% raise over two years.");
        Assert.Contains(article.Sentences, s => s.Text == "\"We held together,\" said union leader Piet de Vries.");
        Assert.DoesNotContain(article.Sentences, s => s.Text.Contains("title:", StringComparison.Ordinal) || s.Text.StartsWith('#'));
    }

    [Fact]
    public void Parse_NoFrontMatter_TakesTheHeadlineFromTheFirstHeading()
    {
        var text = "# Floods close the motorway\n\nThe A2 was shut on Monday. Traffic was diverted.\n";

        var article = MarkdownArticleParser.Parse("floods", "floods.md", text);

        Assert.Equal("Floods close the motorway", article.Headline);
        Assert.Equal(["Floods close the motorway", "The A2 was shut on Monday.", "Traffic was diverted."], article.Sentences.Select(s => s.Text));
        ArticleAssert.OffsetsExact(article);
    }

    [Fact]
    public void Parse_OnlyFrontMatter_IsInvalid()
    {
        Assert.Throws<InvalidDataException>(() => MarkdownArticleParser.Parse("x", "x.md", "---\ntitle: Empty\n---\n"));
    }
}

using NewsBot.Ingestion;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Ingestion;

public sealed class PlainTextArticleParserTests
{
    [Fact]
    public void Parse_SeedArticle_ReadsHeadlineStandfirstAndDateline()
    {
        var article = Seeds.Article;

        Assert.Equal("NATO chief says it’s too early to say tensions around Ukraine declined", article.Headline);
        Assert.StartsWith("Jens Stoltenberg said that it is important to sit down", article.Standfirst, StringComparison.Ordinal);
        Assert.Equal("OTTAWA", article.Dateline?.Place);
        Assert.Equal("TASS", article.Source);
    }

    [Fact]
    public void Parse_DatelineWithoutYear_TakesYearAfterLatestDateInText()
    {
        Assert.Equal(new DateOnly(2022, 1, 17), Seeds.Article.Date);
    }

    [Fact]
    public void Parse_SeedArticle_EverySentenceQuotesTheFileExactly()
    {
        var article = Seeds.Article;

        Assert.All(article.Sentences, s => Assert.Equal(s.Text, Seeds.Text.Substring(s.Start, s.Length)));
        Assert.Equal(Enumerable.Range(0, article.Sentences.Count), article.Sentences.Select(s => s.Ordinal));
    }

    [Fact]
    public void Parse_SeedArticle_SplitsBodyIntoNewsSentences()
    {
        var texts = Seeds.Article.Sentences.Select(s => s.Text).ToList();

        Assert.DoesNotContain("All news", texts);
        Assert.Equal(SentenceRole.Headline, Seeds.Article.Sentences[0].Role);
        Assert.StartsWith("NATO Secretary General Jens Stoltenberg said in an interview aired on Sunday", texts.Single(t => t.Contains("interview", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("\"It’s too early to tell,\" he said when asked if tensions started to recede.", texts);
        Assert.Contains(texts, t => t.StartsWith("On December 17, 2021, the Russian Foreign Ministry released", StringComparison.Ordinal));
        Assert.Contains("The proposed measures include guarantees that NATO will not advance eastward, including by accepting Ukraine as a member.", texts);
        Assert.Contains("They also impose restrictions on deployment of serious offensive weapons, including nuclear ones.", texts);
        Assert.DoesNotContain(texts, t => t.Contains("/TASS/", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NoDateline_TakesUnpunctuatedFirstParagraphAsHeadline()
    {
        const string text = "Talks end without a deal\n\nThe talks ended on Friday. Both sides left.";

        var article = PlainTextArticleParser.Parse("a1", "test", text);

        Assert.Equal("Talks end without a deal", article.Headline);
        Assert.Null(article.Dateline);
        Assert.Null(article.Date);
        Assert.Equal(["Talks end without a deal", "The talks ended on Friday.", "Both sides left."], article.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Parse_CrLfLineEndings_KeepsExactOffsets()
    {
        const string text = "Headline here\r\n\r\nPARIS, May 2, 2022. /AFP/. First sentence. Second one.\r\n";

        var article = PlainTextArticleParser.Parse("a2", "test", text);

        Assert.Equal(new DateOnly(2022, 5, 2), article.Date);
        Assert.Equal(["Headline here", "First sentence.", "Second one."], article.Sentences.Select(s => s.Text));
        Assert.All(article.Sentences, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Parse_BlankText_Throws()
    {
        Assert.Throws<InvalidDataException>(() => PlainTextArticleParser.Parse("a3", "test", "  \n\n  "));
    }
}

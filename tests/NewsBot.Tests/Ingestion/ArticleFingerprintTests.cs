using NewsBot.Ingestion;

namespace NewsBot.Tests.Ingestion;

public sealed class ArticleFingerprintTests
{
    [Fact]
    public void Of_SameStoryAsTextAndAsWebPage_IsEqual()
    {
        var text = PlainTextArticleParser.Parse("t", "t.txt", "Mill to close\n\nThe paper mill will close in May.\nAbout 300 jobs are at risk.");
        var page = HtmlArticleReader.Read("p", "p.html", "<html><body><h1>Paper mill to shut</h1><article><p>The paper mill will close in  May. About 300 jobs are at risk.</p></article></body></html>");

        Assert.Equal(ArticleFingerprint.Of(text), ArticleFingerprint.Of(page));
    }

    [Fact]
    public void Of_DifferentBody_Differs()
    {
        var one = PlainTextArticleParser.ParseBody("a", "a", "The mill will close in May.", null);
        var two = PlainTextArticleParser.ParseBody("b", "b", "The mill will close in June.", null);

        Assert.NotEqual(ArticleFingerprint.Of(one), ArticleFingerprint.Of(two));
    }
}

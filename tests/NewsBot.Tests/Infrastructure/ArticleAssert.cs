using NewsBot.Ingestion;

namespace NewsBot.Tests.Infrastructure;

internal static class ArticleAssert
{
    /// <summary>Every sentence quotes the article text exactly at its offsets.</summary>
    public static void OffsetsExact(Article? article)
    {
        Assert.NotNull(article);
        Assert.NotEmpty(article.Sentences);
        Assert.All(article.Sentences, s => Assert.Equal(s.Text, article.Text.Substring(s.Start, s.Length)));
    }
}

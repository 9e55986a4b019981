using NewsBot.Ingestion;

namespace NewsBot.Tests.Infrastructure;

internal static class Seeds
{
    public static string Text { get; } = File.ReadAllText(TestPaths.SeedArticle);

    public static Article Article { get; } = PlainTextArticleParser.Parse("000_7868747c03e97426", TestPaths.SeedArticle, Text);
}

using NewsBot.Ingestion;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Ingestion;

public sealed class JsonArticleReaderTests
{
    [Fact]
    public void Read_Array_EachElementIsAnArticle()
    {
        const string json = """
            [
              {"id": "a1", "title": "Wildfire contained", "date": "2023-08-02", "source": "AP", "url": "https://example.org/fire",
               "text": "Firefighters contained the blaze on Tuesday. No homes were lost.\n\nRain is forecast."},
              {"id": "a2", "title": null, "text": "LONDON, Jan 5 (Reuters) - Rates were held at 5.25%. The pound rose."}
            ]
            """;

        var results = JsonArticleReader.Read("batch.json", json, "hash");

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.All(results, r => ArticleAssert.OffsetsExact(r.Article));
        Assert.Equal(["a1", "a2"], results.Select(r => r.Article!.Id));
        Assert.Equal(("Wildfire contained", "AP", new DateOnly(2023, 8, 2)), (results[0].Article!.Headline, results[0].Article!.Source, results[0].Article!.Date));
        Assert.Equal(["Rates were held at 5.25%.", "The pound rose."], results[1].Article!.Sentences.Select(s => s.Text));
        Assert.Equal(["batch.json#1", "batch.json#2"], results.Select(r => r.Origin));
    }

    [Fact]
    public void Read_SingleObject_IsOneArticle()
    {
        var result = Assert.Single(JsonArticleReader.Read("one.json", """{"id": "o1", "title": "Vote delayed", "text": "The vote was delayed to Friday."}""", "hash"));

        ArticleAssert.OffsetsExact(result.Article);
        Assert.Equal("Vote delayed", result.Article!.Headline);
    }

    [Theory]
    [InlineData("""[{"id": "x", "text": "Unterminated.""", "malformed")]
    [InlineData("42", "no article object")]
    [InlineData("[]", "no article object")]
    public void Read_BadJson_IsAFailureSaysWhy(string json, string reason)
    {
        var result = Assert.Single(JsonArticleReader.Read("bad.json", json, "hash"));

        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }
}

using System.Text.RegularExpressions;
using NewsBot.Answering;
using NewsBot.Bot;
using Newtonsoft.Json.Linq;

namespace NewsBot.Tests.Bot;

public sealed partial class TeamsReplyTests
{
    [Fact]
    public void Render_TwentyFiveCitations_KeepsTwentyAndDropsDanglingMarkers()
    {
        var answer = AnswerWith(25, headline: "Short headline");

        var activity = TeamsReply.Render(answer);

        var citations = (JArray)activity.Entities.Single().Properties["citation"]!;
        Assert.Equal(20, citations.Count);
        Assert.Equal(Enumerable.Range(1, 20), Markers().Matches(activity.Text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(Enumerable.Range(1, 20), citations.Select(c => (int)c["position"]!));
    }

    [Fact]
    public void Render_LongHeadlineAndQuote_TruncatesNameAndAbstractToTeamsLimits()
    {
        var answer = AnswerWith(1, headline: new string('H', 200), quote: string.Join(' ', Enumerable.Repeat("word", 100)));

        var appearance = (JObject)((JArray)TeamsReply.Entity(answer).Properties["citation"]!)[0]["appearance"]!;

        Assert.InRange(((string)appearance["name"]!).Length, 1, 80);
        Assert.InRange(((string)appearance["abstract"]!).Length, 1, 160);
        Assert.EndsWith("…", (string)appearance["name"]!, StringComparison.Ordinal);
        Assert.Equal("DigitalDocument", (string)appearance["@type"]!);
    }

    [Fact]
    public void Render_EmptyHeadline_NamesTheArticleInstead()
    {
        var answer = AnswerWith(1, headline: "  ");

        var appearance = ((JArray)TeamsReply.Entity(answer).Properties["citation"]!)[0]["appearance"]!;

        Assert.Equal("Article article-1", (string)appearance["name"]!);
    }

    [Fact]
    public void Entity_HasTheRootMessageShapeTeamsExpects()
    {
        var entity = TeamsReply.Entity(AnswerWith(2, headline: "Headline"));

        Assert.Equal("https://schema.org/Message", entity.Type);
        Assert.Equal("Message", (string)entity.Properties["@type"]!);
        Assert.Equal("https://schema.org", (string)entity.Properties["@context"]!);
        Assert.Equal(string.Empty, (string)entity.Properties["@id"]!);
        Assert.Equal(["AIGeneratedContent"], ((JArray)entity.Properties["additionalType"]!).Select(t => (string)t!));
        Assert.All((JArray)entity.Properties["citation"]!, c => Assert.Equal("Claim", (string)c["@type"]!));
    }

    [Theory]
    [InlineData("https://news.example.org/a", "https://news.example.org/a")]
    [InlineData("http://news.example.org/a", "http://news.example.org/a")]
    [InlineData("javascript:alert(6)", null)]
    [InlineData("file:///etc/passwd", null)]
    public void Entity_ArticleUrl_IsLinkedOnlyWhenHttpOrHttps(string url, string? expected)
    {
        var answer = AnswerWith(1, headline: "Headline");
        answer = answer with { Citations = [answer.Citations[0] with { Url = new Uri(url) }] };

        var appearance = (JObject)((JArray)TeamsReply.Entity(answer).Properties["citation"]!)[0]["appearance"]!;

        Assert.Equal(expected, (string?)appearance["url"]);
        Assert.Equal("A quoted sentence.", (string)appearance["text"]!);
    }

    private static Answer AnswerWith(int count, string headline, string quote = "A quoted sentence.")
    {
        var citations = Enumerable.Range(1, count).Select(n => new Citation
        {
            Number = n,
            ArticleId = $"article-{n}",
            SentenceOrdinal = n,
            Start = 0,
            End = quote.Length,
            Quote = quote,
            Headline = headline,
        }).ToList();
        return new Answer
        {
            Question = "q",
            Text = string.Join(' ', citations.Select(c => $"Statement {c.Number}. [{c.Number}]")),
            Citations = citations,
            IsAnswered = true,
        };
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Markers();
}

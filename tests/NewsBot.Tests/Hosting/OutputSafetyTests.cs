using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Bot;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// An article full of Markdown and HTML (<c>*</c>, <c>_</c>, <c>[ ]</c>, <c>&lt; &gt;</c>, backticks) with a
/// <c>javascript:</c> URL, answered on every channel: nothing from it reaches a client as markup or as a link, and
/// the quote, unescaped, is the article's sentence character for character.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private const string Quote = "The harbour office said crews moved 5*3 crates of `cargo` from pier_7 [north] to <b>shed</b> & <script>alert(1)</script> before dawn.";
    private const string Headline = "Pier_7 *crates* [moved] <img src=x onerror=alert(1)> \"at dawn\"";
    private const string Source = "The **Harbour** <Gazette>";

    private readonly TempDirectory _coverage = new();
    private readonly NewsBotFactory _factory = new();

    public OutputSafetyTests()
    {
        var record = new JsonObject
        {
            ["id"] = "hostile",
            ["title"] = Headline,
            ["date"] = "2024-03-05",
            ["source"] = Source,
            ["url"] = "javascript:alert(6)",
            ["text"] = $"{Quote} The union welcomed the move.",
        };
        File.WriteAllText(_coverage.Combine("hostile.jsonl"), record.ToJsonString() + "\n");
        _factory.Settings["Coverage:Folders:0"] = _coverage.Path;
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("msteams")]
    [InlineData("directline")]
    [InlineData("webchat")]
    public async Task HostileArticle_OnEveryChannel_IsEscapedAndQuotedExactly(string channelId)
    {
        var replies = await Activities.ExchangeAsync(_factory.CreateClient(), Activities.Message("how many crates did crews move from the pier?", channelId: channelId));

        var answer = replies.OfType("message").First();
        var text = answer.Text();
        Assert.Contains(Quote, MarkdownText.Unescape(text), StringComparison.Ordinal);
        AssertNoMarkup(text);
        Assert.DoesNotContain("javascript", answer.GetRawText(), StringComparison.OrdinalIgnoreCase);
        if (channelId != "emulator")
        {
            var appearance = answer.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "https://schema.org/Message")
                .GetProperty("citation")[0].GetProperty("appearance");
            var quote = appearance.GetProperty("text").GetString()!;
            Assert.Equal(Quote, channelId == "msteams" ? quote : MarkdownText.Unescape(quote));
            Assert.False(appearance.TryGetProperty("url", out _));
        }

        if (channelId == "emulator")
        {
            Assert.Contains($"“{Quote}”", MarkdownText.Unescape(text), StringComparison.Ordinal);
            Assert.Contains(Headline, MarkdownText.Unescape(text), StringComparison.Ordinal);
            Assert.Contains(Source, MarkdownText.Unescape(text), StringComparison.Ordinal);
        }

        if (channelId is "directline" or "webchat")
        {
            Assert.Contains("[1]: cite:1 \"Pier_7 *crates* [moved] <img src=x onerror=alert(1)> \\\"at dawn\\\"\"", text, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        _factory.Dispose();
        _coverage.Dispose();
    }

    /// <summary>
    /// Every Markdown or HTML character from the article is escaped, outside the link definitions' titles (quoted, with
    /// their quotes escaped) and the bot's own location code span.
    /// </summary>
    private static void AssertNoMarkup(string text)
    {
        var lines = text.Split('\n').Where(line => !line.StartsWith('[') || !line.Contains("]: cite:", StringComparison.Ordinal));
        var body = System.Text.RegularExpressions.Regex.Replace(string.Join('\n', lines), @"`hostile, sentence \d+, characters \d+–\d+`", string.Empty);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] is '<' or '>' or '_' or '`' or '&' && (i == 0 || body[i - 1] != '\\'))
            {
                Assert.Fail($"unescaped '{body[i]}' at {i}: …{body[Math.Max(0, i - 30)..Math.Min(body.Length, i + 30)]}…");
            }
        }
    }
}

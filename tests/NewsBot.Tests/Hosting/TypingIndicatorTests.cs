using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>The typing indicator goes out only when an answer takes longer than <c>Bot:TypingDelayMilliseconds</c>.</summary>
public sealed class TypingIndicatorTests
{
    private const string SeedQuestion = "what did Russia propose on December 17?";

    [Fact]
    public async Task Message_NoTypingDelay_SendsTypingBeforeTheAnswer()
    {
        using var factory = new NewsBotFactory();
        factory.Settings["Bot:TypingDelayMilliseconds"] = "0";

        var replies = await Activities.ExchangeAsync(factory.CreateClient(), Activities.Message(SeedQuestion));

        Assert.Equal(["typing", "message"], replies.Select(r => r.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Message_AnswerReadyBeforeTheTypingDelay_SendsOnlyTheAnswer()
    {
        using var factory = new NewsBotFactory();
        factory.Settings["Bot:TypingDelayMilliseconds"] = "10000";

        var replies = await Activities.ExchangeAsync(factory.CreateClient(), Activities.Message(SeedQuestion));

        Assert.Equal(["message"], replies.Select(r => r.GetProperty("type").GetString()));
        Assert.Contains("On December 17, 2021", replies.Single().Text(), StringComparison.Ordinal);
    }
}

using Microsoft.Extensions.Options;
using NewsBot.Bot;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Bot;

public sealed class ExpiringMemoryStorageTests
{
    [Fact]
    public async Task Write_PastTheCap_ForgetsTheLeastRecentlyUsed()
    {
        var time = new ManualTimeProvider();
        using var storage = new ExpiringMemoryStorage(Options.Create(new BotOptions { MaxConversations = 3 }), time);

        foreach (var key in new[] { "a", "b", "c" })
        {
            await storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["turns"] = key } });
            time.Advance(TimeSpan.FromSeconds(1));
        }

        await storage.ReadAsync(["a"]);
        await storage.WriteAsync(new Dictionary<string, object> { ["d"] = new Dictionary<string, object> { ["turns"] = "d" } });
        var held = await storage.ReadAsync(["a", "b", "c", "d"]);

        Assert.Equal(3, storage.Count);
        Assert.Equal(["a", "c", "d"], held.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Read_AfterTheIdleTime_FindsNothing()
    {
        var time = new ManualTimeProvider();
        using var storage = new ExpiringMemoryStorage(Options.Create(new BotOptions { ConversationIdleMinutes = 60 }), time);
        await storage.WriteAsync(new Dictionary<string, object> { ["old"] = new Dictionary<string, object> { ["turns"] = "x" } });
        time.Advance(TimeSpan.FromMinutes(59));
        await storage.WriteAsync(new Dictionary<string, object> { ["recent"] = new Dictionary<string, object> { ["turns"] = "y" } });

        time.Advance(TimeSpan.FromMinutes(2));
        var held = await storage.ReadAsync(["old", "recent"]);

        Assert.Equal(["recent"], held.Keys);
        Assert.Equal(1, storage.Count);
    }
}

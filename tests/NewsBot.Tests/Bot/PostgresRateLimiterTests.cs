using NewsBot.Bot;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Bot;

/// <summary>The fleet's shared token buckets on a real PostgreSQL.</summary>
public sealed class PostgresRateLimiterTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [SkippableFact]
    public async Task TryAcquire_NPerMinuteOverTwoInstances_AllowsNInTotal()
    {
        var clock = new ManualTimeProvider();
        var options = new BotOptions { MessagesPerMinute = 5 };
        await using var a = new StateStores(database.ConnectionString, clock, options);
        await using var b = new StateStores(database.ConnectionString, clock, options);
        var conversation = Guid.NewGuid().ToString("N");

        var allowed = 0;
        for (var i = 0; i < 12; i++)
        {
            allowed += await (i % 2 == 0 ? a : b).RateLimiter.TryAcquireAsync(conversation) ? 1 : 0;
        }

        Assert.Equal(5, allowed);
    }

    [SkippableFact]
    public async Task TryAcquire_ConcurrentlyFromTwoInstances_AllowsNInTotal()
    {
        var clock = new ManualTimeProvider();
        var options = new BotOptions { MessagesPerMinute = 7 };
        await using var a = new StateStores(database.ConnectionString, clock, options);
        await using var b = new StateStores(database.ConnectionString, clock, options);
        var conversation = Guid.NewGuid().ToString("N");

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () => await (i % 2 == 0 ? a : b).RateLimiter.TryAcquireAsync(conversation))));

        Assert.Equal(7, results.Count(r => r));
    }

    [SkippableFact]
    public async Task TryAcquire_AfterAnEmptyBucket_RefillsOneTokenPerSixtyOverNSeconds()
    {
        var clock = new ManualTimeProvider();
        await using var stores = new StateStores(database.ConnectionString, clock, new BotOptions { MessagesPerMinute = 4 });
        var conversation = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 4; i++)
        {
            Assert.True(await stores.RateLimiter.TryAcquireAsync(conversation));
        }

        var whenEmpty = await stores.RateLimiter.TryAcquireAsync(conversation);
        clock.Advance(TimeSpan.FromSeconds(14));
        var before15Seconds = await stores.RateLimiter.TryAcquireAsync(conversation);
        clock.Advance(TimeSpan.FromSeconds(1.5));
        var after15Seconds = await stores.RateLimiter.TryAcquireAsync(conversation);
        var againAtOnce = await stores.RateLimiter.TryAcquireAsync(conversation);

        Assert.False(whenEmpty);
        Assert.False(before15Seconds);
        Assert.True(after15Seconds);
        Assert.False(againAtOnce);
    }

    [SkippableFact]
    public async Task TryAcquire_FreshConversationsFromOneAddress_AreHeldToTheAddressLimit()
    {
        var clock = new ManualTimeProvider();
        await using var stores = new StateStores(database.ConnectionString, clock, new BotOptions { MessagesPerMinute = 100, MessagesPerMinutePerAddress = 3 });

        var allowed = 0;
        for (var i = 0; i < 6; i++)
        {
            allowed += await stores.RateLimiter.TryAcquireAsync(Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"), "192.0.2.7") ? 1 : 0;
        }

        Assert.Equal(3, allowed);
    }

    [SkippableFact]
    public async Task RemoveIdle_BucketsUnusedForAMinute_AreDeletedAndStartFullAgain()
    {
        var clock = new ManualTimeProvider();
        await using var stores = new StateStores(database.ConnectionString, clock, new BotOptions { MessagesPerMinute = 2 });
        var conversation = Guid.NewGuid().ToString("N");
        await stores.RateLimiter.TryAcquireAsync(conversation);
        await stores.RateLimiter.TryAcquireAsync(conversation);
        clock.Advance(TimeSpan.FromSeconds(61));

        var removed = await stores.RateLimiter.RemoveIdleAsync();
        var first = await stores.RateLimiter.TryAcquireAsync(conversation);
        var second = await stores.RateLimiter.TryAcquireAsync(conversation);
        var third = await stores.RateLimiter.TryAcquireAsync(conversation);

        Assert.True(removed >= 1);
        Assert.True(first);
        Assert.True(second);
        Assert.False(third);
    }
}

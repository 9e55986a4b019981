using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using NewsBot.Bot;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Npgsql;

namespace NewsBot.Tests.Bot;

/// <summary>The Bot Framework's storage contract, ETags included, on a real PostgreSQL.</summary>
public sealed class PostgresStorageTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [SkippableFact]
    public async Task Write_NewStoreItem_IsReadBackWithAnETag()
    {
        await using var stores = new StateStores(database.ConnectionString);
        var key = NewKey();

        await stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Count = 1 } });
        var read = await ReadAsync(stores.Storage, key);

        Assert.Equal(1, read!.Count);
        Assert.Matches("^[0-9a-f]{32}$", read.ETag);
    }

    [SkippableFact]
    public async Task Write_WithTheETagItWasReadWith_ReplacesItAndChangesTheETag()
    {
        await using var stores = new StateStores(database.ConnectionString);
        var key = NewKey();
        await stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Count = 1 } });
        var read = (await ReadAsync(stores.Storage, key))!;

        await stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = read with { Count = 2 } });
        var reread = (await ReadAsync(stores.Storage, key))!;

        Assert.Equal(2, reread.Count);
        Assert.NotEqual(read.ETag, reread.ETag);
    }

    [SkippableFact]
    public async Task Write_WithAStaleETag_ThrowsAndKeepsTheNewerValue()
    {
        await using var stores = new StateStores(database.ConnectionString);
        var key = NewKey();
        await stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Count = 1 } });
        var first = (await ReadAsync(stores.Storage, key))!;
        var second = (await ReadAsync(stores.Storage, key))!;
        await stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = first with { Count = 10 } });

        await Assert.ThrowsAsync<StateConflictException>(() => stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = second with { Count = 20 } }));

        Assert.Equal(10, (await ReadAsync(stores.Storage, key))!.Count);
    }

    [SkippableFact]
    public async Task Write_WithTheWildcardETag_ReplacesWhateverIsThere()
    {
        await using var stores = new StateStores(database.ConnectionString);
        var key = NewKey();
        await stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Count = 1 } });
        var stale = (await ReadAsync(stores.Storage, key))!;
        await stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = stale with { Count = 2 } });

        await stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = stale with { Count = 3, ETag = "*" } });

        Assert.Equal(3, (await ReadAsync(stores.Storage, key))!.Count);
    }

    [SkippableFact]
    public async Task Write_WithAnEmptyETagOverAnExistingItem_Throws()
    {
        await using var stores = new StateStores(database.ConnectionString);
        var key = NewKey();
        await stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Count = 1 } });

        await Assert.ThrowsAsync<StateConflictException>(() => stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Count = 2, ETag = string.Empty } }));

        Assert.Equal(1, (await ReadAsync(stores.Storage, key))!.Count);
    }

    [SkippableFact]
    public async Task Write_NewStoreItemWhereAnotherWriterCreatedOne_Throws()
    {
        await using var stores = new StateStores(database.ConnectionString);
        var key = NewKey();
        await stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Count = 1 } });

        await Assert.ThrowsAsync<StateConflictException>(() => stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Count = 2 } }));

        Assert.Equal(1, (await ReadAsync(stores.Storage, key))!.Count);
    }

    [SkippableFact]
    public async Task Write_PlainObjectWithoutETag_LastWriteWins()
    {
        await using var stores = new StateStores(database.ConnectionString);
        var key = NewKey();

        await stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = new Plain { Name = "first" } });
        await stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = new Plain { Name = "second" } });

        var read = (JObject)(await stores.Storage.ReadAsync([key]))[key];
        Assert.Equal("second", read.ToObject<Plain>()!.Name);
    }

    [SkippableFact]
    public async Task Write_TwoItemsOneOfThemStale_WritesNeither()
    {
        await using var stores = new StateStores(database.ConnectionString);
        var (fresh, stale) = (NewKey(), NewKey());
        await stores.Storage.WriteAsync(new Dictionary<string, object> { [fresh] = new Counter { Count = 1 }, [stale] = new Counter { Count = 1 } });
        var freshRead = (await ReadAsync(stores.Storage, fresh))!;
        var staleRead = (await ReadAsync(stores.Storage, stale))!;
        await stores.Storage.WriteAsync(new Dictionary<string, object> { [stale] = staleRead with { Count = 5 } });

        await Assert.ThrowsAsync<StateConflictException>(() => stores.Storage.WriteAsync(new Dictionary<string, object>
        {
            [fresh] = freshRead with { Count = 2 },
            [stale] = staleRead with { Count = 2 },
        }));

        Assert.Equal(1, (await ReadAsync(stores.Storage, fresh))!.Count);
        Assert.Equal(5, (await ReadAsync(stores.Storage, stale))!.Count);
    }

    [SkippableFact]
    public async Task Delete_RemovesTheItem_AndAnUnknownKeyIsNoError()
    {
        await using var stores = new StateStores(database.ConnectionString);
        var key = NewKey();
        await stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Count = 1 } });

        await stores.Storage.DeleteAsync([key, NewKey()]);

        Assert.Empty(await stores.Storage.ReadAsync([key]));
    }

    [SkippableFact]
    public async Task Read_AKeyFullOfPunctuationAndATextWithANulCharacter_RoundTripExactly()
    {
        await using var stores = new StateStores(database.ConnectionString);
        var key = "!@#$%^&*()~/\\><,.?';\"`~" + Guid.NewGuid().ToString("N");
        const string text = "before\u0000after \u2028 \"quoted\" 😀";

        await stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = new Plain { Name = text } });
        var read = (JObject)(await stores.Storage.ReadAsync([key]))[key];

        Assert.Equal(text, read.ToObject<Plain>()!.Name);
    }

    [SkippableFact]
    public async Task Read_ItemIdleLongerThanTheExpiry_IsAbsentAndIsRemovedBySweeping()
    {
        var clock = new ManualTimeProvider();
        await using var stores = new StateStores(database.ConnectionString, clock, new BotOptions { ConversationIdleMinutes = 60 });
        var (idle, active) = (NewKey(), NewKey());
        await stores.Storage.WriteAsync(new Dictionary<string, object> { [idle] = new Counter { Count = 1 }, [active] = new Counter { Count = 1 } });
        clock.Advance(TimeSpan.FromMinutes(59));
        await stores.Storage.WriteAsync(new Dictionary<string, object> { [active] = new Counter { Count = 2, ETag = "*" } });
        clock.Advance(TimeSpan.FromMinutes(2));

        var read = await stores.Storage.ReadAsync([idle, active]);
        var removed = await stores.Storage.RemoveExpiredAsync();

        Assert.Equal([active], read.Keys);
        Assert.True(removed >= 1);
        Assert.Equal(0L, await CountRowsAsync(idle));
        Assert.Equal(1L, await CountRowsAsync(active));
    }

    [SkippableFact]
    public async Task Write_NewStoreItemOverAnExpiredOne_CreatesIt()
    {
        var clock = new ManualTimeProvider();
        await using var stores = new StateStores(database.ConnectionString, clock, new BotOptions { ConversationIdleMinutes = 60 });
        var key = NewKey();
        await stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Count = 1 } });
        clock.Advance(TimeSpan.FromMinutes(61));

        await stores.Storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Count = 7 } });

        Assert.Equal(7, (await ReadAsync(stores.Storage, key))!.Count);
    }

    [SkippableFact]
    public async Task ConversationState_TwoTurnsThatReadTheSameState_SecondSaveThrows()
    {
        await using var stores = new StateStores(database.ConnectionString);
        var state = new ConversationState(stores.Storage);
        var property = state.CreateProperty<int>("count");
        var conversation = Guid.NewGuid().ToString("N");
        var first = Turn(conversation);
        var second = Turn(conversation);
        await state.LoadAsync(first);
        await state.LoadAsync(second);
        await property.SetAsync(first, 1);
        await property.SetAsync(second, 2);

        await state.SaveChangesAsync(first);
        await Assert.ThrowsAsync<StateConflictException>(() => state.SaveChangesAsync(second));

        var third = Turn(conversation);
        await state.LoadAsync(third);
        Assert.Equal(1, await property.GetAsync(third, () => 0));
    }

    [SkippableFact]
    public async Task Write_TwentyConcurrentReadModifyWritesThatRetryOnConflict_CountTwenty()
    {
        await using var one = new StateStores(database.ConnectionString);
        await using var other = new StateStores(database.ConnectionString);
        var key = NewKey();
        await one.Storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Count = 0 } });

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => IncrementAsync(i % 2 == 0 ? one.Storage : other.Storage, key))));

        Assert.Equal(20, (await ReadAsync(one.Storage, key))!.Count);
    }

    [SkippableFact]
    public async Task Schema_CreatedByManyInstancesAtOnce_IsCreatedOnce()
    {
        var fleet = Enumerable.Range(0, 6).Select(_ => new StateStores(database.ConnectionString)).ToList();

        await Task.WhenAll(fleet.Select(s => Task.Run(() => s.Database.EnsureSchemaAsync())));
        foreach (var stores in fleet)
        {
            await stores.DisposeAsync();
        }

        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE tablename IN ('newsbot_state', 'newsbot_rate')", connection);
        Assert.Equal(2L, await command.ExecuteScalarAsync());
    }

    [SkippableFact]
    public async Task CreateDataSource_StateCommitsDoNotWaitForTheDisk_AndOtherOptionsAreKept()
    {
        await using var dataSource = NewsBot.State.StateDatabase.CreateDataSource(database.ConnectionString + ";Options=-c statement_timeout=4321");
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting('synchronous_commit'), current_setting('statement_timeout')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();

        Assert.Equal("off", reader.GetString(0));
        Assert.Equal("4321ms", reader.GetString(1));
    }

    private static async Task IncrementAsync(PostgresStorage storage, string key)
    {
        while (true)
        {
            var current = (await ReadAsync(storage, key))!;
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [key] = current with { Count = current.Count + 1 } });
                return;
            }
            catch (StateConflictException)
            {
                // Someone else wrote in between: read again and retry.
            }
        }
    }

    private static async Task<Counter?> ReadAsync(PostgresStorage storage, string key) =>
        (await storage.ReadAsync([key])).TryGetValue(key, out var value) ? ((JObject)value).ToObject<Counter>() : null;

    private async Task<long> CountRowsAsync(string key)
    {
        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM newsbot_state WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", key);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static TurnContext Turn(string conversationId) => new(new TestAdapter(), new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = "emulator",
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "user-1" },
        Recipient = new ChannelAccount { Id = "newsbot" },
    });

    private static string NewKey() => "test/" + Guid.NewGuid().ToString("N");

    private sealed record Counter : IStoreItem
    {
        public int Count { get; init; }

        public string? ETag { get; set; }
    }

    private sealed record Plain
    {
        public string? Name { get; init; }
    }
}

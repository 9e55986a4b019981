using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Bot;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;
using Npgsql;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// Two bot instances, each a real Kestrel host on its own loopback port with the real Bot Framework adapter, over one
/// PostgreSQL database (<c>Coverage:Store=Postgres</c>): what one instance remembers, the other knows.
/// </summary>
public sealed class FleetTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string SeedQuestion = "what did Russia propose on December 17?";
    private const string December17 = "On December 17, 2021, the Russian Foreign Ministry released";
    private const string NatoQuestion = "did Russia answer NATO's proposals?";
    private const string NoAnswer = "Russia didn’t answer during the meeting, Stoltenberg said.";

    [SkippableFact]
    public async Task FollowUp_AskedOnInstanceBAfterTheFirstTurnOnA_IsAnsweredFromThatContext()
    {
        await using var a = await KestrelBot.StartAsync(Fleet());
        await using var b = await KestrelBot.StartAsync(Fleet());
        var conversation = Activities.NewConversationId();

        var first = await AskAsync(a, SeedQuestion, conversation);
        var followUp = await AskAsync(b, "when was that?", conversation);

        AssertCites(first, December17);
        AssertCites(followUp, December17);
    }

    [SkippableFact]
    public async Task ConcurrentTurns_OnTwoInstancesThatReadTheSameMemory_LoseNoRememberedTurn()
    {
        var gate = new ReadGate();
        await using var a = await KestrelBot.StartAsync(Gated(gate), Fleet());
        await using var b = await KestrelBot.StartAsync(Gated(gate), Fleet());
        var conversation = Activities.NewConversationId();
        await AskAsync(a, SeedQuestion, conversation);

        gate.Arm(2);
        var onA = AskAsync(a, NatoQuestion, conversation);
        var onB = AskAsync(b, SeedQuestion, conversation);
        await Task.WhenAll(onA, onB);

        AssertCites(await onA, NoAnswer);
        AssertCites(await onB, December17);
        var remembered = await RememberedQuestionsAsync(conversation);
        Assert.Equal([NatoQuestion, SeedQuestion, SeedQuestion], remembered.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task RateLimit_ThreePerMinute_AllowsThreeInTotalAcrossBothInstances()
    {
        var clock = new ManualTimeProvider();
        void Frozen(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);
        await using var a = await KestrelBot.StartAsync(Frozen, Fleet("--Bot:MessagesPerMinute=3"));
        await using var b = await KestrelBot.StartAsync(Frozen, Fleet("--Bot:MessagesPerMinute=3"));
        var conversation = Activities.NewConversationId();
        var user = "user-" + Guid.NewGuid().ToString("N");

        var replies = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var help = Activities.Message("help", conversationId: conversation);
            help["from"] = new JsonObject { ["id"] = user };
            replies.Add((await Activities.ExchangeAsync((i % 2 == 0 ? a : b).Client, help)).OfType("message").First().Text());
        }

        var refused = replies.Count(r => r.Contains("faster than I can read them", StringComparison.Ordinal));
        Assert.Equal(5, refused);
        Assert.Equal(3, replies.Count(r => r.Contains("I know 1 article", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task Answer_WhenTheDatabaseIsLostBeforeTheSave_IsStillSentOnceWith200()
    {
        void LostBeforeSave(IServiceCollection services) => services.AddSingleton<IStorage>(sp => new UnsavableStorage(sp.GetRequiredService<PostgresStorage>()));
        await using var bot = await KestrelBot.StartAsync(LostBeforeSave, Fleet());

        var replies = await Activities.ExchangeAsync(bot.Client, Activities.Message(SeedQuestion));

        AssertCites(Assert.Single(replies.OfType("message")), December17);
    }

    /// <summary>In the Postgres profile the bots serve what the writer put in the database: the seeds, ingested once per class.</summary>
    public async Task InitializeAsync()
    {
        if (PostgresServer.ConnectionString is null && !PostgresServer.IsRequired)
        {
            return;
        }

        string[] ingest = ["ingest", "--folder", TestPaths.Seeds, .. Fleet("--Embedding:Enabled=false")];
        Assert.Equal(0, await NewsBot.Hosting.NewsBotCommands.InvokeAsync(ingest, TextWriter.Null, TextWriter.Null));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string[] Fleet(params string[] settings) =>
        ["--Coverage:Store=Postgres", $"--ConnectionStrings:NewsBot={database.ConnectionString}", .. settings];

    private static Action<IServiceCollection> Gated(ReadGate gate) =>
        services => services.AddSingleton(sp => gate.Wrap(sp.GetRequiredService<PostgresStorage>()));

    /// <summary>The questions the conversation's memory holds, read from the database itself.</summary>
    private async Task<List<string>> RememberedQuestionsAsync(string conversation)
    {
        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT document FROM newsbot_state WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", $"emulator/conversations/{conversation}");
        using var document = JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!);
        return document.RootElement.GetProperty("ConversationMemory").GetProperty("Turns").EnumerateArray()
            .Select(t => t.GetProperty("Question").GetString()!)
            .ToList();
    }

    private static async Task<JsonElement> AskAsync(KestrelBot bot, string question, string conversation)
    {
        var replies = await Activities.ExchangeAsync(bot.Client, Activities.Message(question, conversationId: conversation));
        return replies.OfType("message").First();
    }

    private static void AssertCites(JsonElement reply, string sentenceStart)
    {
        var sentence = Seeds.Article.Sentences.Single(s => s.Text.StartsWith(sentenceStart, StringComparison.Ordinal));
        Assert.Contains($"“{sentence.Text}”", reply.Text(), StringComparison.Ordinal);
        Assert.Contains($"characters {sentence.Start}–{sentence.End}", reply.Text(), StringComparison.Ordinal);
    }

    /// <summary>The real store for reads; every write fails as a database lost mid-turn makes it fail.</summary>
    private sealed class UnsavableStorage(IStorage inner) : IStorage
    {
        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
            throw new NewsBot.State.StateUnavailableException("The shared state database is unavailable: connection lost");

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}

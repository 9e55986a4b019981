using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Answering;
using NewsBot.Bot;
using NewsBot.Evaluation;
using NewsBot.State;
using Npgsql;

// What the Postgres profile's shared state costs a turn, run on demand against a real PostgreSQL: each turn does what a
// question does to the database (one rate-limit UPSERT over its three buckets, one state read, one state write of a
// full conversation memory: three remembered turns of six cited sentences each) and every step is timed.
//   dotnet run -c Release --project tests/NewsBot.StateBench -- --connection "Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres" [--turns 3000] [--conversations 200] [--concurrency 1]
var connection = Option("--connection", Environment.GetEnvironmentVariable("NEWSBOT_TEST_POSTGRES") ?? string.Empty);
var turns = int.Parse(Option("--turns", "3000"), CultureInfo.InvariantCulture);
var conversations = int.Parse(Option("--conversations", "200"), CultureInfo.InvariantCulture);
var concurrency = int.Parse(Option("--concurrency", "1"), CultureInfo.InvariantCulture);
if (connection.Length == 0)
{
    Console.Error.WriteLine("Give the database with --connection (or NEWSBOT_TEST_POSTGRES).");
    return 2;
}

await using var dataSource = StateDatabase.CreateDataSource(connection);
using var database = new StateDatabase(dataSource, NullLogger<StateDatabase>.Instance);
var options = Options.Create(new BotOptions { MessagesPerMinute = 1_000_000, MessagesPerMinutePerAddress = 1_000_000 });
var storage = new PostgresStorage(database, options, TimeProvider.System);
var rateLimiter = new PostgresRateLimiter(database, options, TimeProvider.System);
var state = new ConversationState(storage);
var memory = state.CreateProperty<ConversationMemory>(nameof(ConversationMemory));
await database.EnsureSchemaAsync();

var cited = Enumerable.Range(0, ConversationTurn.MaxCited)
    .Select(i => new CitedSentence { Id = $"000_7868747c03e97426#{i}", Text = new string('x', 180) + i.ToString(CultureInfo.InvariantCulture) })
    .ToList();
var steps = new ConcurrentDictionary<string, ConcurrentBag<double>>();
var run = $"bench-{Guid.NewGuid():N}";

// Warm the pool and the plans, then measure.
await RunAsync(Math.Min(200, turns), record: false);
var started = Stopwatch.GetTimestamp();
await RunAsync(turns, record: true);
var elapsed = Stopwatch.GetElapsedTime(started);

Console.WriteLine($"{turns} turns over {conversations} conversations, {concurrency} at a time: {turns / elapsed.TotalSeconds:F0} turns/s");
foreach (var step in new[] { "rate limit", "state read", "state write", "turn (all three)" })
{
    var p = LatencyPercentiles.Of(steps[step].ToList());
    Console.WriteLine($"{step,-17} p50 {p.P50Ms:F2} ms   p95 {p.P95Ms:F2} ms   p99 {p.P99Ms:F2} ms");
}

await storage.DeleteAsync([.. Enumerable.Range(0, conversations).Select(c => $"emulator/conversations/{run}-{c}")]);
return 0;

async Task RunAsync(int count, bool record)
{
    var next = -1;
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            await TurnAsync(i, record);
        }
    })));
}

async Task TurnAsync(int i, bool record)
{
    var conversation = $"{run}-{i % conversations}";
    var turn = new TurnContext(new Microsoft.Bot.Builder.Adapters.TestAdapter(), new Microsoft.Bot.Schema.Activity
    {
        Type = "message",
        ChannelId = "emulator",
        Conversation = new Microsoft.Bot.Schema.ConversationAccount { Id = conversation },
        From = new Microsoft.Bot.Schema.ChannelAccount { Id = $"user-{i % conversations}" },
        Recipient = new Microsoft.Bot.Schema.ChannelAccount { Id = "newsbot" },
    });

    var t0 = Stopwatch.GetTimestamp();
    await rateLimiter.TryAcquireAsync(conversation, $"user-{i % conversations}", "127.0.0.1");
    var t1 = Stopwatch.GetTimestamp();
    var remembered = await memory.GetAsync(turn, () => new ConversationMemory());
    var t2 = Stopwatch.GetTimestamp();
    await memory.SetAsync(turn, remembered.Remember(new ConversationTurn { Question = $"question {i}", IsAnswered = true, Cited = cited }));
    try
    {
        await state.SaveChangesAsync(turn);
    }
    catch (StateConflictException)
    {
        // Two turns of one conversation at once (with --concurrency above 1): the bot would re-apply; timing it is enough here.
    }

    var t3 = Stopwatch.GetTimestamp();
    if (record)
    {
        Add("rate limit", t0, t1);
        Add("state read", t1, t2);
        Add("state write", t2, t3);
        Add("turn (all three)", t0, t3);
    }
}

void Add(string step, long from, long to) =>
    steps.GetOrAdd(step, _ => []).Add(Stopwatch.GetElapsedTime(from, to).TotalMilliseconds);

string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

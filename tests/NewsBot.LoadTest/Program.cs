using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using NewsBot.Hosting;

// Load test, run on demand: starts NewsBot and a Bot Connector sink on loopback, drives /api/messages with many
// concurrent conversations the way a channel does, and counts the replies that reach the sink.
//   dotnet run -c Release --project tests/NewsBot.LoadTest -- [--conversations 50] [--messages 5000] [--warmup 500] [--timeout 300]
var conversations = Option("--conversations", 50);
var messages = Option("--messages", 5000);
var warmup = Option("--warmup", 500);
var timeout = TimeSpan.FromSeconds(Option("--timeout", 300));
string[] questions =
[
    "what did Russia propose on December 17?",
    "did Russia answer NATO's proposals?",
    "where were the US talks held?",
    "What did Peskov say?",
    "Which weapons would be restricted?",
    "Who won the 2022 football World Cup?",
];

var received = new ConcurrentDictionary<string, long>();
var sinkBuilder = WebApplication.CreateSlimBuilder();
sinkBuilder.WebHost.UseUrls("http://127.0.0.1:0");
sinkBuilder.Logging.ClearProviders();
await using var sink = sinkBuilder.Build();
sink.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", async (string replyToId, HttpRequest request) =>
{
    using var reply = await JsonDocument.ParseAsync(request.Body);
    if (reply.RootElement.GetProperty("type").GetString() == "message")
    {
        received.TryAdd(replyToId, Stopwatch.GetTimestamp());
    }

    return Results.Ok(new { id = Guid.NewGuid().ToString("N") });
});
await sink.StartAsync();
var sinkUrl = Address(sink.Services) + "/";

var botBuilder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    ContentRootPath = ContentRoot.Locate([]),
    Args = ["--Bot:MessagesPerMinute=10000", "--Bot:MessagesPerMinutePerAddress=1000000", "--Logging:LogLevel:Default=Warning", "--Answering:MaxSuggestions=0", .. args.Where(a => a.Contains(':', StringComparison.Ordinal))],
});
botBuilder.WebHost.UseUrls("http://127.0.0.1:0");
botBuilder.AddNewsBot();
await using var bot = botBuilder.Build();
bot.MapNewsBot();
await bot.StartAsync();
using var client = new HttpClient { BaseAddress = new Uri(Address(bot.Services)), Timeout = TimeSpan.FromSeconds(60) };

Console.WriteLine($"{conversations} conversations, {messages} messages after {warmup} to warm up, bot {client.BaseAddress}, sink {sinkUrl}");
var sent = new ConcurrentDictionary<string, long>();
var statuses = new ConcurrentDictionary<int, int>();

// Warm-up: the first requests pay for JIT compilation, connection set-up and the first model runs. They are sent
// and answered like the rest, then forgotten, so the figures below describe the bot in steady service.
await SendAsync("warm", warmup);
await WaitForRepliesAsync(warmup, timeout);
sent.Clear();
received.Clear();
statuses.Clear();

var cpuBefore = Environment.CpuUsage.TotalTime;
var stopwatch = Stopwatch.StartNew();
await SendAsync("load", messages);
await WaitForRepliesAsync(messages, timeout);
var cpu = Environment.CpuUsage.TotalTime - cpuBefore;

var latencies = received.Where(r => sent.ContainsKey(r.Key)).Select(r => Stopwatch.GetElapsedTime(sent[r.Key], r.Value).TotalMilliseconds).Order().ToList();
double Percentile(double p) => Ranked(latencies, p);
var serverErrors = statuses.Where(s => s.Key >= 500).Sum(s => s.Value);
Console.WriteLine($"status codes: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
Console.WriteLine($"sent {sent.Count}, replies {received.Count}, lost {messages - received.Count}, 5xx {serverErrors}, in {stopwatch.Elapsed.TotalSeconds:F1} s ({messages / stopwatch.Elapsed.TotalSeconds:F0} messages/s)");
// CPU time is steadier than wall time on a shared machine: it is what the bot, the sink and the client spent, per message.
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cpu {cpu.TotalSeconds:F1} s, {cpu.TotalMilliseconds / messages:F2} ms a message (bot, sink and client together)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reply latency p50 {Percentile(0.5):F1} ms, p95 {Percentile(0.95):F1} ms, p99 {Percentile(0.99):F1} ms"));
// The same percentile per block of messages in sending order shows whether the tail is start-up (JIT, first model run) or steady.
var bySending = received.Where(r => sent.ContainsKey(r.Key)).OrderBy(r => sent[r.Key]).Select(r => Stopwatch.GetElapsedTime(sent[r.Key], r.Value).TotalMilliseconds).ToList();
var blockSize = Math.Max(1, messages / 5);
Console.WriteLine("p99 by block of " + blockSize + " in sending order: " + string.Join(", ", bySending.Chunk(blockSize).Select(b => string.Create(CultureInfo.InvariantCulture, $"{Ranked(b.Order().ToList(), 0.99):F0}"))) + " ms");
Console.WriteLine($"resident memory {Environment.WorkingSet / (1024 * 1024)} MiB");
await bot.StopAsync();
await sink.StopAsync();
return serverErrors == 0 && received.Count == messages ? 0 : 1;

Task SendAsync(string prefix, int count) =>
    Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = conversations }, async (c, ct) =>
    {
        var conversation = $"{prefix}-{c}-{Guid.NewGuid():N}";
        for (var m = c; m < count; m += conversations)
        {
            var id = $"{prefix}-{c}-{m}";
            var activity = new
            {
                type = "message",
                id,
                channelId = "emulator",
                serviceUrl = sinkUrl,
                from = new { id = $"user-{c}" },
                recipient = new { id = "newsbot" },
                conversation = new { id = conversation },
                text = questions[m % questions.Length],
            };
            sent[id] = Stopwatch.GetTimestamp();
            using var response = await client.PostAsJsonAsync("/api/messages", activity, ct);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
        }
    });

async Task WaitForRepliesAsync(int count, TimeSpan limit)
{
    var waited = Stopwatch.StartNew();
    while (received.Count < count && waited.Elapsed < limit)
    {
        await Task.Delay(100);
    }
}

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

static double Ranked(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count), 1, sorted.Count) - 1];

static string Address(IServiceProvider services) =>
    services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

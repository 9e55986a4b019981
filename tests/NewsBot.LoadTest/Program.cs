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
//   dotnet run -c Release --project tests/NewsBot.LoadTest -- [--conversations 50] [--messages 5000] [--timeout 300]
var conversations = Option("--conversations", 50);
var messages = Option("--messages", 5000);
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
    Args = ["--Bot:MessagesPerMinute=10000", "--Logging:LogLevel:Default=Warning", "--Answering:MaxSuggestions=0", .. args.Where(a => a.Contains(':', StringComparison.Ordinal))],
});
botBuilder.WebHost.UseUrls("http://127.0.0.1:0");
botBuilder.AddNewsBot();
await using var bot = botBuilder.Build();
bot.MapNewsBot();
await bot.StartAsync();
using var client = new HttpClient { BaseAddress = new Uri(Address(bot.Services)), Timeout = TimeSpan.FromSeconds(60) };

Console.WriteLine($"{conversations} conversations, {messages} messages, bot {client.BaseAddress}, sink {sinkUrl}");
var sent = new ConcurrentDictionary<string, long>();
var statuses = new ConcurrentDictionary<int, int>();
var stopwatch = Stopwatch.StartNew();
await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = conversations }, async (c, ct) =>
{
    var conversation = $"load-{c}-{Guid.NewGuid():N}";
    for (var m = c; m < messages; m += conversations)
    {
        var id = $"{c}-{m}";
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

var deadline = Stopwatch.StartNew();
while (received.Count < messages && deadline.Elapsed < timeout)
{
    await Task.Delay(100);
}

var latencies = received.Where(r => sent.ContainsKey(r.Key)).Select(r => Stopwatch.GetElapsedTime(sent[r.Key], r.Value).TotalMilliseconds).Order().ToList();
double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Clamp((int)Math.Ceiling(p * latencies.Count), 1, latencies.Count) - 1];
var serverErrors = statuses.Where(s => s.Key >= 500).Sum(s => s.Value);
Console.WriteLine($"status codes: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
Console.WriteLine($"sent {sent.Count}, replies {received.Count}, lost {messages - received.Count}, 5xx {serverErrors}, in {stopwatch.Elapsed.TotalSeconds:F1} s ({messages / stopwatch.Elapsed.TotalSeconds:F0} messages/s)");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reply latency p50 {Percentile(0.5):F1} ms, p95 {Percentile(0.95):F1} ms, p99 {Percentile(0.99):F1} ms"));
Console.WriteLine($"resident memory {Environment.WorkingSet / (1024 * 1024)} MiB");
await bot.StopAsync();
await sink.StopAsync();
return serverErrors == 0 && received.Count == messages ? 0 : 1;

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

static string Address(IServiceProvider services) =>
    services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

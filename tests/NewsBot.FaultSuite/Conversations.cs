using System.Net.Http.Json;

/// <summary>
/// Many conversations, each a fresh id asking one question, then silence: resident memory is read before, at the peak,
/// and after the conversations' idle time has passed (the bot runs with <c>Bot:ConversationIdleMinutes=1</c>).
/// </summary>
internal static class Conversations
{
    public static async Task<(long StartBytes, long PeakBytes, long AfterBytes, int Failed, double SecondsToSettle)> RunAsync(int count)
    {
        var data = Paths.Scratch("conversations");
        await using var bot = await BotProcess.StartAsync(
            data,
            "--Embedding:Enabled=false",
            "--Answering:MaxSuggestions=0",
            "--Bot:ConversationIdleMinutes=1",
            "--Bot:MessagesPerMinute=10000",
            "--Bot:MessagesPerMinutePerAddress=1000000",
            "--Logging:LogLevel:NewsBot=Warning");

        // Warm up: the first questions load and JIT everything, which is not conversation memory.
        await SendAsync(bot.Client, 500);
        await Task.Delay(TimeSpan.FromSeconds(135));
        var start = bot.ResidentBytes();

        var failed = await SendAsync(bot.Client, count);
        var peak = bot.ResidentBytes();

        // Memory expires after a minute idle; the sweep runs every minute. Then wait for the process to give memory back.
        var settle = System.Diagnostics.Stopwatch.StartNew();
        var after = peak;
        while (settle.Elapsed < TimeSpan.FromMinutes(6))
        {
            await Task.Delay(TimeSpan.FromSeconds(10));
            using var _ = await bot.Client.GetAsync("/healthz");
            after = bot.ResidentBytes();
            if (settle.Elapsed > TimeSpan.FromSeconds(130) && after <= start * 1.2)
            {
                break;
            }
        }

        var seconds = settle.Elapsed.TotalSeconds;
        await bot.DisposeAsync();
        Directory.Delete(data, recursive: true);
        return (start, peak, after, failed, seconds);
    }

    private static async Task<int> SendAsync(HttpClient client, int count)
    {
        var failed = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, cancellationToken) =>
        {
            using var response = await client.PostAsJsonAsync("/api/messages", Activity.Message("where were the US talks held?", userId: $"reader-{i}"), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failed);
            }
        });
        return failed;
    }
}

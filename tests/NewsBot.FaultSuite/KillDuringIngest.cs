using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>
/// <c>kill -9</c> of <c>ingest</c> while it embeds a corpus that takes minutes; then <c>ingest</c> again. Measures how
/// much embedding the kill cost: sentences embedded before the kill (from the progress log) against vectors found in
/// the cache by the second run, and whether the second run finishes with every article.
/// </summary>
internal static partial class KillDuringIngest
{
    public static async Task<(int EmbeddedBeforeKill, int CachedAfter, double SecondsEmbeddingBeforeKill, bool Completed, int Sentences, long VerifyMs)> RunAsync(int articles, TimeSpan killAfter)
    {
        var corpus = Paths.Scratch("kill-corpus");
        var data = Paths.Scratch("kill-data");
        for (var i = 0; i < articles; i++)
        {
            var port = $"Port{i:D5}ville";
            await File.WriteAllTextAsync(Path.Combine(corpus, $"a{i:D5}.txt"), $"Port of {port} reports a record month\n\nHAMBURG, March {i % 28 + 1}, 2022 — The port of {port} handled {1000 + i} containers in February, its director said. Cranes at {port} worked {i % 5 + 2} shifts a day. Rail links to {port} reopened after {i % 9 + 1} weeks of repairs. Officials in {port} expect {i % 7 + 3} new berths by the autumn. Shipping lines added {i % 4 + 1} weekly calls at {port}.");
        }

        string[] args = ["ingest", "--folder", corpus, "--data", data, "--Embedding:Enabled=true"];
        var embedded = 0;
        var embeddingStarted = new TaskCompletionSource<long>();
        using (var process = BotProcess.Launch(args))
        {
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null)
                {
                    return;
                }

                if (e.Data.Contains("vectors cached)", StringComparison.Ordinal))
                {
                    embeddingStarted.TrySetResult(Stopwatch.GetTimestamp());
                }

                if (Progress().Match(e.Data) is { Success: true } match)
                {
                    Volatile.Write(ref embedded, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
                }
            };
            process.BeginErrorReadLine();
            _ = process.StandardOutput.ReadToEndAsync();
            var started = await embeddingStarted.Task.WaitAsync(TimeSpan.FromMinutes(5));
            await Task.Delay(killAfter);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

            var (exitCode, output, error) = await BotProcess.RunAsync(TimeSpan.FromMinutes(30), args);
            var cached = Cached().Match(error) is { Success: true } cachedMatch ? int.Parse(cachedMatch.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
            var completed = exitCode == 0 && output.Contains($"added {articles},", StringComparison.Ordinal);
            var sentences = Cached().Match(error) is { Success: true } total ? int.Parse(total.Groups["total"].Value, CultureInfo.InvariantCulture) : -1;
            var verifyMs = Verified().Match(error) is { Success: true } verified ? long.Parse(verified.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
            Directory.Delete(corpus, recursive: true);
            Directory.Delete(data, recursive: true);
            return (Volatile.Read(ref embedded), cached, seconds, completed, sentences, verifyMs);
        }
    }

    [GeneratedRegex(@"Embedding sentences: (\d+)/")]
    private static partial Regex Progress();

    [GeneratedRegex(@"Embedding (?<total>\d+) sentences \((\d+) vectors cached\)")]
    private static partial Regex Cached();

    [GeneratedRegex(@"Verified the index \S+ in (\d+) ms")]
    private static partial Regex Verified();
}

using System.Diagnostics;
using System.Globalization;

// The standing fault suite, run on demand (it takes about half an hour; it is not part of `dotnet test`):
//   dotnet run -c Release --project tests/NewsBot.FaultSuite -- [--posts 3000] [--conversations 20000] [--kill-articles 4000] [--kill-after 45] [--only name,name]
// Every bot and CLI run is a real NewsBot process on loopback, with every proxy variable pointing at a trap that
// counts connection attempts. Prints one line per check and a Markdown table (the one in docs/RELIABILITY.md); exits 1
// when a check misses its target.
var posts = Option("--posts", 3_000);
var conversations = Option("--conversations", 20_000);
var killArticles = Option("--kill-articles", 4_000);
var killAfter = TimeSpan.FromSeconds(Option("--kill-after", 45));
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',').ToHashSet(StringComparer.Ordinal);
bool Runs(string name) => only is null || only.Contains(name);

using var proxy = new Trap();
BotProcess.Proxy = $"http://127.0.0.1:{proxy.Port}";
var report = new Report();
var total = Stopwatch.StartNew();

if (Runs("posts"))
{
    using var silent = new Trap();
    var data = Paths.Scratch("posts");
    await using (var bot = await BotProcess.StartAsync(data, "--Embedding:Enabled=true"))
    {
        var (sent, serverErrors, maxMs, statuses) = await HostilePosts.RunAsync(bot.Client, posts, silent.Port);
        using var check = await bot.Client.PostAsync("/api/messages", System.Net.Http.Json.JsonContent.Create(Activity.Message("what did Russia propose on December 17?", userId: "after-the-storm")));
        var stillAnswers = (await check.Content.ReadAsStringAsync()).Contains("On December 17, 2021", StringComparison.Ordinal);
        report.Add("Hostile posts", $"{sent:N0} posts; {serverErrors} answered 5xx or dropped; statuses {Format(statuses)}; longest {maxMs:N0} ms", "0 5xx, bot alive and answering", serverErrors == 0 && !bot.HasExited && stillAnswers);
    }

    Directory.Delete(data, recursive: true);
}

if (Runs("files"))
{
    var (indexed, skipped, leaked, elapsedMs, _) = await HostileFiles.RunAsync(proxy.Port);
    report.Add("Hostile files", $"1 good article and 13 hostile entries (links out: absolute, relative, through a hidden linked folder; a link to /etc; a link loop; a FIFO; binary; 17 MB; an entity bomb; XXE; a remote DTD): {indexed} indexed, {skipped} skipped and listed, outside content found in answers: {(leaked ? "yes" : "no")}, ingest {elapsedMs:N0} ms", "only the good article indexed, nothing outside the folder", indexed == 1 && !leaked);
}

if (Runs("damage"))
{
    foreach (var (kind, answered, movedAside, readyMs) in await IndexDamages.RunAsync())
    {
        report.Add($"Index damage: {kind}", $"moved aside {(movedAside ? "yes" : "no")}, ready after {readyMs:N0} ms, correct answer {(answered ? "yes" : "no")}", "rebuilt, serves, answers correctly", answered && movedAside);
    }
}

if (Runs("kill"))
{
    var (embedded, cached, seconds, completed, sentences, verifyMs) = await KillDuringIngest.RunAsync(killArticles, killAfter);
    var lostSeconds = embedded == 0 ? seconds : (embedded - cached) / (embedded / seconds);
    report.Add("kill -9 during ingest", $"{killArticles:N0} articles, {sentences:N0} sentences; killed after {seconds:N0} s of embedding with {embedded:N0} sentences embedded; the next run found {cached:N0} vectors cached (lost: {lostSeconds:N0} s of embedding) and {(completed ? "completed" : "did NOT complete")}", "at most a minute of embedding lost; next run completes", completed && lostSeconds <= 60);
    report.Add("Index verification at open", $"{verifyMs:N0} ms for the {sentences:N0}-sentence index built by that run (Lucene checksums and the vector file's XxHash3)", "cheap enough for start-up", verifyMs >= 0);
}

if (Runs("conversations"))
{
    var (start, peak, after, failed, settle) = await Conversations.RunAsync(conversations);
    report.Add("Conversations", $"{conversations:N0} new conversations ({failed} failed): resident {Mb(start)} before, {Mb(peak)} at the peak, {Mb(after)} {settle:N0} s after the last (idle expiry 1 min)", "back within 20 % of the start", failed == 0 && after <= start * 1.2);
}

if (Runs("peers"))
{
    var metadata = await SlowPeers.BlackHoledMetadataAsync(40);
    report.Add("Black-holed OpenID metadata endpoint", $"{metadata.Requests} channel-token posts: statuses {Format(metadata.Statuses)}, longest {metadata.MaxMs:N0} ms", "503, none held over 10 s", metadata.Statuses.Keys.All(s => s == 503) && metadata.MaxMs <= 10_000);
    var silent = await SlowPeers.SilentServiceUrlAsync(40);
    report.Add("Silent serviceUrl", $"{silent.Requests} messages whose replies go to a peer that never answers: statuses {Format(silent.Statuses)}, longest {silent.MaxMs:N0} ms, {silent.Connections} connections to it", "none held over 10 s, no 5xx", silent.Statuses.Keys.All(s => s is > 0 and < 500) && silent.MaxMs <= 10_000);
    var tokens = await SlowPeers.BadTokensAsync();
    report.Add("Token failures", $"{tokens.Requests} posts with missing, malformed, unsigned, alg none, HS256, foreign-issuer tokens: statuses {Format(tokens.Statuses)}, longest {tokens.MaxMs:N0} ms", "all 401", tokens.Statuses.Keys.All(s => s == 401));
}

report.Add("Outbound connections", $"{proxy.Connections} attempts through the proxy variables{(proxy.FirstLines.Count > 0 ? ": " + string.Join("; ", proxy.FirstLines.Distinct()) : string.Empty)}", "0", proxy.Connections == 0);
Console.WriteLine(report.Markdown());
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Suite ran {total.Elapsed.TotalMinutes:N1} min on {Environment.ProcessorCount} cores, {DateTimeOffset.UtcNow:yyyy-MM-dd}."));
return report.AllMet ? 0 : 1;

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:N0} MB");

static string Format(Dictionary<int, int> statuses) =>
    string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key}×{s.Value:N0}")));

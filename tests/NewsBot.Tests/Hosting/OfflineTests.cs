using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// The README's offline promise, tested: the bot and <c>ingest</c>, as real processes with the embedding model on and
/// no language model configured, are given every proxy variable pointing at a loopback trap. Anything that tried to
/// reach the network through a proxy (ONNX Runtime telemetry, a model download, a metadata fetch) would connect to it.
/// </summary>
public sealed partial class OfflineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task BotAndIngest_WithProxyVariablesSet_NeverConnectAnywhere()
    {
        using var trap = new BlackHole();
        using var data = new TempDirectory();
        var proxy = $"http://127.0.0.1:{trap.Port}";

        using (var bot = Start(proxy, "--urls", Loopback.AnyPort, $"--Coverage:DataDirectory={data.Path}", "--Embedding:Enabled=true", "--Coverage:Watch=false"))
        {
            var address = await ListeningAddressAsync(bot);
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            await WaitUntilReadyAsync(client);

            var replies = await Activities.ExchangeAsync(client, Activities.Message("what did Russia propose on December 17?"));

            Assert.Contains("On December 17, 2021", replies.OfType("message").Single().Text(), StringComparison.Ordinal);

            // ONNX Runtime's telemetry uploader posted its first event some seconds after the model loaded; the bot
            // stays up long enough for anything of the kind to show.
            await Task.Delay(TimeSpan.FromSeconds(20));
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
        }

        using (var ingest = Start(proxy, "ingest", "--folder", TestPaths.Seeds, "--data", Path.Combine(data.Path, "ingest"), "--Embedding:Enabled=true"))
        {
            var summary = new System.Text.StringBuilder();
            var log = new System.Text.StringBuilder();
            ingest.OutputDataReceived += (_, e) => { lock (summary) { summary.AppendLine(e.Data); } };
            ingest.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
            ingest.BeginOutputReadLine();
            ingest.BeginErrorReadLine();
            var exited = await Task.WhenAny(ingest.WaitForExitAsync(), Task.Delay(Patience)) is { IsCompletedSuccessfully: true } && ingest.HasExited;
            if (!exited)
            {
                ingest.Kill(entireProcessTree: true);
            }

            lock (log)
            {
                Assert.True(exited, $"ingest did not finish; {trap.Connections} connections to the proxy; its log:\n{log}");
            }

            Assert.Equal(0, ingest.ExitCode);
            Assert.Contains("Loaded embedding model snowflake-arctic-embed-xs", log.ToString(), StringComparison.Ordinal);
            Assert.Contains("index ", summary.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, trap.Connections);
    }

    private static Process Start(string proxy, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = TestPaths.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in new[] { "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy" })
        {
            start.Environment[name] = proxy;
        }

        start.Environment.Remove("NO_PROXY");
        start.Environment.Remove("no_proxy");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsBot.dll"));
        args.ToList().ForEach(start.ArgumentList.Add);
        return Process.Start(start)!;
    }

    private static async Task<string> ListeningAddressAsync(Process bot)
    {
        var address = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && ListeningLine().Match(line) is { Success: true } match)
            {
                address.TrySetResult(match.Groups[1].Value);
            }
        };
        bot.ErrorDataReceived += (_, _) => { };
        bot.BeginOutputReadLine();
        bot.BeginErrorReadLine();
        return await address.Task.WaitAsync(Patience);
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < Patience)
        {
            using var response = await client.GetAsync("/healthz");
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the bot never became ready");
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}

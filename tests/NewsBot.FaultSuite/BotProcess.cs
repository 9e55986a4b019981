using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// NewsBot as a real process (<c>dotnet NewsBot.dll</c>) on a free loopback port, with every proxy variable pointing at
/// <see cref="Trap"/>, so that any outbound connection it tries is counted. Also runs the CLI verbs the same way.
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private bool _disposed;

    private BotProcess(Process process, Uri address)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
    }

    public static string? Proxy { get; set; }

    public HttpClient Client { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Resident memory now, from /proc (Linux); 0 elsewhere.</summary>
    public long ResidentBytes()
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status))
        {
            return 0;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    public string Log()
    {
        lock (_log)
        {
            return _log.ToString();
        }
    }

    public static async Task<BotProcess> StartAsync(string dataDirectory, params string[] settings)
    {
        var process = Launch(["--urls", "http://127.0.0.1:0", $"--Coverage:DataDirectory={dataDirectory}", "--Coverage:Watch=false", .. settings]);
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new StringBuilder();
        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (log)
            {
                log.AppendLine(line);
            }

            if (Listening().Match(line) is { Success: true } match)
            {
                address.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }

        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _ = process.WaitForExitAsync().ContinueWith(_ => address.TrySetException(new InvalidOperationException("the bot exited before listening:\n" + log)), TaskScheduler.Default);
        Uri listening;
        try
        {
            listening = await address.Task.WaitAsync(TimeSpan.FromMinutes(5));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var bot = new BotProcess(process, listening);
        lock (log)
        {
            bot._log.Append(log);
        }

        process.OutputDataReceived += (_, e) => { lock (bot._log) { bot._log.AppendLine(e.Data); } };
        var ready = Stopwatch.StartNew();
        while (true)
        {
            using var response = await bot.Client.GetAsync("/healthz");
            if (response.IsSuccessStatusCode)
            {
                return bot;
            }

            if (ready.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException("the bot never became ready");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Runs a CLI verb to the end; returns its exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(TimeSpan patience, params string[] args)
    {
        using var process = Launch(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(patience);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts a CLI verb and hands back the process (for a test that kills it).</summary>
    public static Process Launch(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Paths.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Proxy is { } proxy)
        {
            foreach (var name in new[] { "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy" })
            {
                start.Environment[name] = proxy;
            }

            // Loopback peers (the sinks and traps of this suite, an Emulator's serviceUrl) are reached directly; the trap
            // counts what would leave the machine.
            start.Environment["NO_PROXY"] = "127.0.0.1,localhost,::1";
            start.Environment["no_proxy"] = "127.0.0.1,localhost,::1";
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsBot.dll"));
        args.ToList().ForEach(start.ArgumentList.Add);
        return Process.Start(start)!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}

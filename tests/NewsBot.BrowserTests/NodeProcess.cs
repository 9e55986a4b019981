using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace NewsBot.BrowserTests;

/// <summary>
/// A Node.js program started for a test (the Agents Playground, the Web Chat host). Its output lines are kept (and
/// written to a log file) so the test can wait for the line that says it listens; disposing kills it with its children.
/// </summary>
internal sealed class NodeProcess : IDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly StreamWriter _log;

    private NodeProcess(Process process, string logPath)
    {
        _process = process;
        _log = new StreamWriter(logPath) { AutoFlush = true };
    }

    public static NodeProcess Start(string script, IEnumerable<string> arguments, string workingDirectory, string logPath, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(BrowserEnvironment.Node!)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var node = new NodeProcess(new Process { StartInfo = start, EnableRaisingEvents = true }, logPath);
        node._process.OutputDataReceived += (_, e) => node.Receive(e.Data);
        node._process.ErrorDataReceived += (_, e) => node.Receive(e.Data);
        node._process.Exited += (_, _) => node._lines.Writer.TryComplete();
        node._process.Start();
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Waits for an output line matching <paramref name="pattern"/> and returns the match.</summary>
    public async Task<Match> WaitForLineAsync(Regex pattern, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await foreach (var line in _lines.Reader.ReadAllAsync(cancellation.Token))
            {
                if (pattern.Match(line) is { Success: true } match)
                {
                    return match;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Path.GetFileName(_process.StartInfo.ArgumentList[0])} printed no line matching {pattern} within {timeout.TotalSeconds:N0} s");
        }

        throw new InvalidOperationException($"{Path.GetFileName(_process.StartInfo.ArgumentList[0])} exited with code {_process.ExitCode} before printing a line matching {pattern}");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Writer.TryWrite(line);
        lock (_log)
        {
            try
            {
                _log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // Output that arrives while the process is being killed.
            }
        }
    }
}

using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using NewsBot.Hosting;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>The bot as a newcomer starts it: a taken port or a bad setting is one line and a non-zero exit, in a real process.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Run_PortAlreadyTaken_OneLineNamingThePortAndTheUrlsSettingAndExitsNonZero()
    {
        using var data = new TempDirectory();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

        var result = await NewsBotProcess.RunAsync("--urls", $"http://localhost:{port}", $"--Coverage:DataDirectory={data.Path}");

        Assert.Equal(NewsBotServer.StartFailed, result.ExitCode);
        Assert.Empty(result.Output);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"port {port} is already in use", line, StringComparison.Ordinal);
        Assert.Contains("Urls setting (--urls ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownCoverageStore_OneLineNamingTheSettingAndTheValue()
    {
        using var data = new TempDirectory();

        var result = await NewsBotProcess.RunAsync("--urls", Loopback.AnyPort, $"--Coverage:DataDirectory={data.Path}", "--Coverage:Store=Postgress");

        Assert.Equal(NewsBotServer.StartFailed, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("NewsBot cannot start: Failed to convert configuration value 'Postgress' at 'Coverage:Store' to type 'NewsBot.Retrieval.CoverageStoreKind'. Postgress is not a valid value for CoverageStoreKind.", line);
    }

    [Fact]
    public void Explain_KestrelFindsThePortTakenAfterTheCheck_StillOneLineNamingTheAddressAndTheSetting()
    {
        var bind = new IOException("Failed to bind to address http://127.0.0.1:3978: address already in use.", new AddressInUseException("Address already in use"));

        var line = NewsBotServer.Explain(bind);

        Assert.Equal(
            "NewsBot cannot start: Failed to bind to address http://127.0.0.1:3978: address already in use. Stop the program using that port, or choose another with the Urls setting (--urls http://localhost:3979).",
            line);
        Assert.Null(NewsBotServer.Explain(new InvalidOperationException("something else")));
    }

    [Fact]
    public async Task Run_InvalidSetting_OneLineNamingTheSettingAndExitsNonZero()
    {
        using var data = new TempDirectory();

        var result = await NewsBotProcess.RunAsync("--urls", Loopback.AnyPort, $"--Coverage:DataDirectory={data.Path}", "--Bot:MaxMessageLength=1");

        Assert.Equal(NewsBotServer.StartFailed, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("NewsBot cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains("MaxMessageLength", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_TerminatedWhileEmbedding_StopsWithOneLineAndExitCode130()
    {
        using var seeds = new TempDirectory();
        using var data = new TempDirectory();
        for (var i = 0; i < 300; i++)
        {
            await File.WriteAllTextAsync(
                seeds.Combine(string.Create(CultureInfo.InvariantCulture, $"port-{i:D3}.txt")),
                string.Create(CultureInfo.InvariantCulture, $"Port {i} reports a record month\n\nKYIV, March {i % 28 + 1}, 2022 — Port number {i} handled {1000 + i} containers in February. Cranes worked {i % 5 + 2} shifts a day. Rail links reopened after {i % 9 + 1} weeks."));
        }

        using var ingest = NewsBotProcess.Start("ingest", "--folder", seeds.Path, "--data", data.Path, "--Embedding:Enabled=true");
        var embedding = new TaskCompletionSource();
        var errors = new List<string>();
        ingest.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } text)
            {
                lock (errors)
                {
                    errors.Add(text);
                }

                if (text.Contains("vectors cached:", StringComparison.Ordinal))
                {
                    embedding.TrySetResult();
                }
            }
        };
        ingest.BeginErrorReadLine();
        var output = ingest.StandardOutput.ReadToEndAsync();
        await embedding.Task.WaitAsync(NewsBotProcess.Patience);

        // SIGTERM takes the same path as Ctrl-C (SIGINT), which a process started in the background may ignore.
        await NewsBotProcess.SignalAsync(ingest, "TERM");
        await ingest.WaitForExitAsync().WaitAsync(NewsBotProcess.Patience);

        Assert.Equal(NewsBotCommands.Cancelled, ingest.ExitCode);
        Assert.Empty(await output);
        lock (errors)
        {
            Assert.Equal("NewsBot ingest: cancelled.", errors[^1]);
            Assert.DoesNotContain(errors, e => e.Contains("Exception", StringComparison.Ordinal));
        }
    }
}

using System.Diagnostics;

namespace NewsBot.Tests.Infrastructure;

/// <summary>NewsBot as a real process (<c>dotnet NewsBot.dll …</c>), started at the repository root as a reader would start it.</summary>
internal static class NewsBotProcess
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = TestPaths.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsBot.dll"));
        args.ToList().ForEach(start.ArgumentList.Add);
        return Process.Start(start)!;
    }

    /// <summary>Runs to the end and returns the exit code with everything written to standard output and error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(Patience);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Sends a signal by name (<c>TERM</c>, <c>INT</c>) the way a terminal or a service manager does.</summary>
    public static async Task SignalAsync(Process process, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
    }
}

using Microsoft.Extensions.Logging;

namespace NewsBot.Hosting;

internal static partial class Log
{
    [LoggerMessage(3000, LogLevel.Information, "Watching the coverage sources for changes (sources: {Sources}); rescanning every {RescanSeconds} s")]
    public static partial void Watching(ILogger logger, int sources, int rescanSeconds);

    [LoggerMessage(3001, LogLevel.Information, "Coverage reloaded in {ElapsedMs} ms: {Added} added, {Updated} updated, {Removed} removed, {Skipped} skipped (version {Version})")]
    public static partial void Reloaded(ILogger logger, long elapsedMs, int added, int updated, int removed, int skipped, string version);

    [LoggerMessage(3002, LogLevel.Error, "Reloading the coverage failed; still serving the previous index")]
    public static partial void ReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(3003, LogLevel.Warning, "Could not watch {Path} ({Reason}); relying on the periodic rescan")]
    public static partial void WatchFailed(ILogger logger, string path, string reason);

    [LoggerMessage(3004, LogLevel.Debug, "Swept the shared state: {Conversations} idle conversations and {Buckets} idle rate buckets removed")]
    public static partial void StateSwept(ILogger logger, int conversations, int buckets);

    [LoggerMessage(3005, LogLevel.Warning, "Could not sweep the shared state; trying again in a minute: {Reason}")]
    public static partial void SweepFailed(ILogger logger, string reason);

    [LoggerMessage(3006, LogLevel.Information, "Handed {ReleasedMiB} MiB back to the system after the load ({CommittedMiB} MiB still committed; collection paused {PauseMs} ms)")]
    public static partial void LoadMemoryReleased(ILogger logger, long releasedMiB, long committedMiB, long pauseMs);
}

using Microsoft.Extensions.Logging;

namespace NewsBot.Replication;

internal static partial class Log
{
    [LoggerMessage(4000, LogLevel.Warning, "Another writer holds the coverage lock in PostgreSQL; nothing was written")]
    public static partial void WriterBusy(ILogger logger);

    [LoggerMessage(4001, LogLevel.Information, "Writing the coverage to PostgreSQL: {Added} added, {Changed} changed, {Removed} removed, {Unchanged} unchanged")]
    public static partial void WriterPlanned(ILogger logger, int added, int changed, int removed, int unchanged);

    [LoggerMessage(4002, LogLevel.Information, "Written {Done} of {Total} articles ({ElapsedMs} ms)")]
    public static partial void WriterProgress(ILogger logger, int done, int total, long elapsedMs);

    [LoggerMessage(4003, LogLevel.Information, "Coverage written in {ElapsedMs} ms: {Added} added, {Changed} changed, {Removed} removed; {Embedded} sentences embedded, {Reused} vectors reused; generation {Generation}")]
    public static partial void WriterDone(ILogger logger, int added, int changed, int removed, int embedded, int reused, long generation, long elapsedMs);

    [LoggerMessage(4010, LogLevel.Information, "Replica caught up to generation {Generation}: {Upserts} articles applied, {Removed} removed; read from the database in {ReadMs} ms, applied to the local store in {ApplyMs} ms")]
    public static partial void ReplicaApplied(ILogger logger, long generation, int upserts, int removed, long readMs, long applyMs);

    [LoggerMessage(4011, LogLevel.Warning, "Listening for coverage changes failed ({Reason}); polling every {PollSeconds} s until it is back")]
    public static partial void ListenLost(ILogger logger, string reason, int pollSeconds);

    [LoggerMessage(4012, LogLevel.Error, "Catching up with the coverage in PostgreSQL failed; still serving generation {Generation}")]
    public static partial void CatchUpFailed(ILogger logger, long generation, Exception exception);

    [LoggerMessage(4013, LogLevel.Information, "Replica starts at generation {Generation}; the database is at {Latest}")]
    public static partial void ReplicaStarting(ILogger logger, long generation, long latest);
}

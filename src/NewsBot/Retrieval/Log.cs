using Microsoft.Extensions.Logging;

namespace NewsBot.Retrieval;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Skipped {Origin}: {Reason}")]
    public static partial void SourceSkipped(ILogger logger, string origin, string reason);

    [LoggerMessage(2, LogLevel.Information, "Coverage loaded: {Articles} articles, {Sentences} sentences (version {Version}) in {ElapsedMs} ms")]
    public static partial void CoverageLoaded(ILogger logger, int articles, int sentences, string version, long elapsedMs);

    [LoggerMessage(3, LogLevel.Information, "Sources unchanged; reusing the keyword index at {Path}")]
    public static partial void IndexReused(ILogger logger, string path);

    [LoggerMessage(4, LogLevel.Information, "Built the keyword index at {Path} ({Sentences} sentences)")]
    public static partial void IndexBuilt(ILogger logger, string path, int sentences);

    [LoggerMessage(5, LogLevel.Warning, "Could not remove the stale index {Path}: {Reason}")]
    public static partial void StaleIndexKept(ILogger logger, string path, string reason);

    [LoggerMessage(6, LogLevel.Information, "Ingesting: {Articles} articles read in {ElapsedMs} ms")]
    public static partial void IngestProgress(ILogger logger, int articles, long elapsedMs);
}

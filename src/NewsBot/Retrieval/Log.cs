using Microsoft.Extensions.Logging;

namespace NewsBot.Retrieval;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Skipped {Origin}: {Reason}")]
    public static partial void SourceSkipped(ILogger logger, string origin, string reason);

    [LoggerMessage(2, LogLevel.Information, "Coverage loaded in {ElapsedMs} ms (version {Version}, {Mode}); articles: {Articles}, sentences: {Sentences}")]
    public static partial void CoverageLoaded(ILogger logger, int articles, int sentences, string version, string mode, long elapsedMs);

    [LoggerMessage(3, LogLevel.Information, "Sources unchanged; reusing the index at {Path}: nothing re-indexed, nothing re-embedded")]
    public static partial void IndexReused(ILogger logger, string path);

    [LoggerMessage(4, LogLevel.Information, "Built the index at {Path} in {ElapsedMs} ms (sentences: {Sentences})")]
    public static partial void IndexBuilt(ILogger logger, string path, int sentences, long elapsedMs);

    [LoggerMessage(5, LogLevel.Warning, "Could not remove the stale index {Path}: {Reason}")]
    public static partial void StaleIndexKept(ILogger logger, string path, string reason);

    [LoggerMessage(6, LogLevel.Information, "Ingesting: read the sources in {ElapsedMs} ms; articles: {Articles}")]
    public static partial void IngestProgress(ILogger logger, int articles, long elapsedMs);

    [LoggerMessage(7, LogLevel.Information, "Keyword index built in {ElapsedMs} ms (sentences: {Sentences})")]
    public static partial void KeywordIndexBuilt(ILogger logger, int sentences, long elapsedMs);

    [LoggerMessage(8, LogLevel.Information, "Embedding sentences: {Done}/{Total} in {ElapsedMs} ms")]
    public static partial void EmbeddingProgress(ILogger logger, int done, int total, long elapsedMs);

    [LoggerMessage(9, LogLevel.Information, "Vector index built in {ElapsedMs} ms (sentences: {Sentences}, newly embedded: {Embedded}, the rest from the cache)")]
    public static partial void VectorsBuilt(ILogger logger, int sentences, int embedded, long elapsedMs);

    [LoggerMessage(10, LogLevel.Warning, "Ignored the unreadable embedding cache {Path}: {Reason}")]
    public static partial void EmbeddingCacheUnreadable(ILogger logger, string path, string reason);

    [LoggerMessage(11, LogLevel.Debug, "Coverage unchanged (version {Version}); checked in {ElapsedMs} ms")]
    public static partial void CoverageUnchanged(ILogger logger, string version, long elapsedMs);

    [LoggerMessage(12, LogLevel.Information, "Embedding sentences: {Sentences}, vectors cached: {Cached}")]
    public static partial void EmbeddingStarted(ILogger logger, int sentences, int cached);

    [LoggerMessage(20, LogLevel.Information, "Verified the index {Path} in {ElapsedMs} ms")]
    public static partial void IndexVerified(ILogger logger, string path, long elapsedMs);

    [LoggerMessage(21, LogLevel.Error, "The index {Path} is damaged or unreadable; moved it to {Aside} and rebuilding it from the sources")]
    public static partial void IndexDamaged(ILogger logger, string path, string aside, Exception exception);

    [LoggerMessage(22, LogLevel.Information, "{Count} sources skipped on the last load are no longer skipped")]
    public static partial void SkipsCleared(ILogger logger, int count);

    [LoggerMessage(23, LogLevel.Information, "Merged {Origin}: {Reason}")]
    public static partial void SourceMerged(ILogger logger, string origin, string reason);

    [LoggerMessage(24, LogLevel.Debug, "Saved the embedding cache: {Count} vectors in {ElapsedMs} ms")]
    public static partial void EmbeddingCacheSaved(ILogger logger, int count, long elapsedMs);

    [LoggerMessage(25, LogLevel.Information, "Published generation {Generation} in {ElapsedMs} ms: {Put} articles put, {Removed} removed")]
    public static partial void GenerationApplied(ILogger logger, long generation, int put, int removed, long elapsedMs);
}

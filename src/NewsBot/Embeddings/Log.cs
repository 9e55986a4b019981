using Microsoft.Extensions.Logging;

namespace NewsBot.Embeddings;

internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Loaded embedding model {ModelId} in {ElapsedMs} ms")]
    public static partial void EmbeddingModelLoaded(ILogger logger, string modelId, long elapsedMs);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "Embedded in {ElapsedMs} ms (texts: {Count})")]
    public static partial void EmbeddingBatchEncoded(ILogger logger, int count, long elapsedMs);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Error, Message = "Embedding a batch failed (texts: {Count})")]
    public static partial void EmbeddingBatchFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Ignored embedding cache {Path}: it holds {FileModelId} vectors, not {ModelId}")]
    public static partial void EmbeddingCacheModelMismatch(ILogger logger, string path, string fileModelId, string modelId);
}

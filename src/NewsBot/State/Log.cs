using Microsoft.Extensions.Logging;

namespace NewsBot.State;

internal static partial class Log
{
    [LoggerMessage(4000, LogLevel.Information, "Shared state tables ready in {ElapsedMs} ms")]
    public static partial void SchemaReady(ILogger logger, long elapsedMs);
}

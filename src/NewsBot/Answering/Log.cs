using Microsoft.Extensions.Logging;

namespace NewsBot.Answering;

internal static partial class Log
{
    [LoggerMessage(300, LogLevel.Warning, "The model's answer was rejected, so the extractive answer is used: {Reason}")]
    public static partial void LlmAnswerRejected(ILogger logger, string reason);

    [LoggerMessage(301, LogLevel.Warning, "The model did not answer within {TimeoutSeconds} s, so the extractive answer is used")]
    public static partial void LlmTimedOut(ILogger logger, int timeoutSeconds);

    [LoggerMessage(302, LogLevel.Warning, "The model could not be reached ({ErrorType}), so the extractive answer is used")]
    public static partial void LlmFailed(ILogger logger, string errorType, Exception exception);

    [LoggerMessage(303, LogLevel.Information, "The model found that the sentences shown ({Shown}) do not answer the question, so the extractive answer is used")]
    public static partial void LlmNotCovered(ILogger logger, int shown);

    [LoggerMessage(304, LogLevel.Information, "The model's answer passed verification (citations: {Citations}, sentences shown: {Shown})")]
    public static partial void LlmAnswerAccepted(ILogger logger, int citations, int shown);
}

using Microsoft.Extensions.Logging;

namespace NewsBot.Bot;

internal static partial class Log
{
    [LoggerMessage(100, LogLevel.Error, "A {ActivityType} turn on {ChannelId} failed")]
    public static partial void TurnFailed(ILogger logger, string? activityType, string? channelId, Exception exception);

    [LoggerMessage(101, LogLevel.Warning, "Could not tell the user about a failed turn: {Reason}")]
    public static partial void ApologyFailed(ILogger logger, string reason);

    [LoggerMessage(102, LogLevel.Information, "Refused a {Length}-character message (limit {Limit})")]
    public static partial void MessageTooLong(ILogger logger, int length, int limit);

    [LoggerMessage(103, LogLevel.Information, "Answered: grounded {Answered}, citations: {Citations}")]
    public static partial void Answered(ILogger logger, bool answered, int citations);

    [LoggerMessage(104, LogLevel.Warning, "Refused a {Length}-byte request to /api/messages (limit {Limit})")]
    public static partial void RequestTooLarge(ILogger logger, long length, long limit);

    [LoggerMessage(105, LogLevel.Information, "Refused a request to /api/messages with {StatusCode}: {Reason}")]
    public static partial void BadRequest(ILogger logger, int statusCode, string reason);

    [LoggerMessage(106, LogLevel.Information, "Read a follow-up as a standalone question: {Question} → {Standalone}")]
    public static partial void RewroteFollowUp(ILogger logger, string question, string standalone);

    [LoggerMessage(107, LogLevel.Information, "Feedback on answer {ReplyId}: {Reaction}, text length: {Length}: {Text}")]
    public static partial void Feedback(ILogger logger, string? replyId, string reaction, int length, string text);

    [LoggerMessage(108, LogLevel.Debug, "Follow-ups suggested: {Count}")]
    public static partial void Suggested(ILogger logger, int count);

    [LoggerMessage(109, LogLevel.Information, "Asked a conversation on {ChannelId} to slow down")]
    public static partial void RateLimited(ILogger logger, string? channelId);

    [LoggerMessage(110, LogLevel.Debug, "Sent answer {AnswerId} on {ChannelId}")]
    public static partial void SentAnswer(ILogger logger, string answerId, string? channelId);

    [LoggerMessage(111, LogLevel.Warning, "Could not fetch the channel's signing keys; answering 503 for {RetrySeconds} s: {Reason}")]
    public static partial void SigningKeysUnavailable(ILogger logger, int retrySeconds, string reason);

    [LoggerMessage(112, LogLevel.Warning, "Could not send to the channel, so no apology either: {Reason}")]
    public static partial void SendFailed(ILogger logger, string reason);

    [LoggerMessage(113, LogLevel.Information, "Answered an invoke named {Name} that the bot does not handle with 200 and no body")]
    public static partial void UnknownInvoke(ILogger logger, string? name);

    [LoggerMessage(114, LogLevel.Information, "Another turn of the conversation saved its memory first; applying this turn's change over it (attempt {Attempt})")]
    public static partial void StateConflict(ILogger logger, int attempt);

    [LoggerMessage(115, LogLevel.Warning, "Answering 503 (retry after {RetrySeconds} s): {Reason}")]
    public static partial void StateUnavailable(ILogger logger, int retrySeconds, string reason);

    [LoggerMessage(116, LogLevel.Warning, "The answer was sent but the conversation's memory could not be saved: {Reason}")]
    public static partial void StateNotSaved(ILogger logger, string reason);
}

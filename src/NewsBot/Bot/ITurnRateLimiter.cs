namespace NewsBot.Bot;

/// <summary>
/// Whether a question may be answered now, by its conversation, user and client address: in the process
/// (<see cref="ConversationRateLimiter"/>) or shared by a fleet (<see cref="PostgresRateLimiter"/>).
/// </summary>
public interface ITurnRateLimiter
{
    /// <summary>True when the conversation, the user and the address may all ask now; takes a token from each that has one.</summary>
    ValueTask<bool> TryAcquireAsync(string conversationId, string? userId = null, string? address = null, CancellationToken cancellationToken = default);
}

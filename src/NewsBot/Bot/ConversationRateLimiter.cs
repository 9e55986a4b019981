using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsBot.Bot;

/// <summary>
/// Token buckets in the process, per conversation, per user and per client address: <see cref="BotOptions.MessagesPerMinute"/> questions
/// a minute for a conversation and for a user, <see cref="BotOptions.MessagesPerMinutePerAddress"/> for an address, each
/// refilled evenly (one token every 60/N seconds, up to N held). A question is let through only when all three have a
/// token, so a script that opens a fresh conversation (or claims a fresh user id) for every question is still held to
/// its address's rate. Idle buckets are dropped by the limiter, so memory stays bounded by the active senders.
/// </summary>
public sealed class ConversationRateLimiter(IOptions<BotOptions> options) : ITurnRateLimiter, IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetTokenBucketLimiter(key, k => Bucket(k.StartsWith("a:", StringComparison.Ordinal) ? options.Value.MessagesPerMinutePerAddress : options.Value.MessagesPerMinute)));

    /// <summary>True when the conversation, the user and the address may all ask now; takes a token from each.</summary>
    public bool TryAcquire(string conversationId, string? userId = null, string? address = null)
    {
        ArgumentNullException.ThrowIfNull(conversationId);

        // Every bucket is asked even after one refuses: a refused question still counts against its sender.
        var allowed = Take("c:" + conversationId);
        allowed &= string.IsNullOrEmpty(userId) || Take("u:" + userId);
        allowed &= string.IsNullOrEmpty(address) || Take("a:" + address);
        return allowed;
    }

    public ValueTask<bool> TryAcquireAsync(string conversationId, string? userId = null, string? address = null, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(TryAcquire(conversationId, userId, address));

    public void Dispose() => _limiter.Dispose();

    private bool Take(string key)
    {
        using var lease = _limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    private static TokenBucketRateLimiterOptions Bucket(int perMinute) => new()
    {
        TokenLimit = perMinute,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

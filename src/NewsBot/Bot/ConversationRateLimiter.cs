using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsBot.Bot;

/// <summary>
/// A token bucket per conversation: <see cref="BotOptions.MessagesPerMinute"/> questions a minute, refilled evenly
/// (one token every 60/N seconds, up to N held). One chatty or scripted conversation cannot take the machine from the
/// others; it gets a polite "slow down" instead of an answer. Idle buckets are dropped by the limiter.
/// </summary>
public sealed class ConversationRateLimiter(IOptions<BotOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(conversationId =>
        RateLimitPartition.GetTokenBucketLimiter(conversationId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Value.MessagesPerMinute,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / options.Value.MessagesPerMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>True when the conversation may ask now; takes one token.</summary>
    public bool TryAcquire(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);

        using var lease = _limiter.AttemptAcquire(conversationId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

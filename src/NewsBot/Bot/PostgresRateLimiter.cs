using Microsoft.Extensions.Options;
using NewsBot.State;
using Npgsql;

namespace NewsBot.Bot;

/// <summary>
/// The same token buckets as <see cref="ConversationRateLimiter"/> (per conversation, per user, per client address),
/// kept in PostgreSQL so that a fleet of instances shares them: N questions a minute means N across the fleet, not N
/// per instance. One row per bucket in <c>newsbot_rate</c>; one statement a turn takes a token from each of the turn's
/// buckets, refilled first for the time since the bucket was last used:
/// <code>
/// refilled = min(N, tokens + seconds since updated × N / 60)
/// taken    = refilled ≥ 1;   tokens = refilled − (taken ? 1 : 0)
/// </code>
/// A new bucket starts full (N − 1 after this question). A bucket idle for a minute is full again, so such rows are
/// deleted (<see cref="RemoveIdleAsync"/>) and memory in the database stays bounded by the active senders. The clock is
/// the instances' own (<see cref="TimeProvider"/>); a bucket never runs backwards when one instance's clock is behind.
/// </summary>
public sealed class PostgresRateLimiter(StateDatabase database, IOptions<BotOptions> options, TimeProvider timeProvider) : ITurnRateLimiter
{
    private const string TakeSql = """
        INSERT INTO newsbot_rate AS r (key, tokens, updated, taken)
        SELECT k, n - 1, @now, true FROM unnest(@keys, @limits) AS t(k, n)
        ON CONFLICT (key) DO UPDATE SET
            tokens = LEAST(excluded.tokens + 1, r.tokens + GREATEST(0, EXTRACT(EPOCH FROM excluded.updated - r.updated)) * (excluded.tokens + 1) / 60.0)
                   - CASE WHEN LEAST(excluded.tokens + 1, r.tokens + GREATEST(0, EXTRACT(EPOCH FROM excluded.updated - r.updated)) * (excluded.tokens + 1) / 60.0) >= 1 THEN 1 ELSE 0 END,
            taken = LEAST(excluded.tokens + 1, r.tokens + GREATEST(0, EXTRACT(EPOCH FROM excluded.updated - r.updated)) * (excluded.tokens + 1) / 60.0) >= 1,
            updated = GREATEST(r.updated, excluded.updated)
        RETURNING taken
        """;

    public ValueTask<bool> TryAcquireAsync(string conversationId, string? userId = null, string? address = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);

        // Every bucket is asked even after one refuses: a refused question still counts against its sender.
        var keys = new List<string>(3) { "c:" + conversationId };
        var limits = new List<int>(3) { options.Value.MessagesPerMinute };
        if (!string.IsNullOrEmpty(userId))
        {
            keys.Add("u:" + userId);
            limits.Add(options.Value.MessagesPerMinute);
        }

        if (!string.IsNullOrEmpty(address))
        {
            keys.Add("a:" + address);
            limits.Add(options.Value.MessagesPerMinutePerAddress);
        }

        var now = timeProvider.GetUtcNow();
        return new ValueTask<bool>(database.RunAsync(async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand(TakeSql, connection);
            command.Parameters.Add(new NpgsqlParameter<string[]>("keys", [.. keys]));
            command.Parameters.Add(new NpgsqlParameter<int[]>("limits", [.. limits]));
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
            var allowed = true;
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                allowed &= reader.GetBoolean(0);
            }

            return allowed;
        }, cancellationToken));
    }

    /// <summary>Deletes the buckets unused for a minute (full again, the same as absent); returns how many.</summary>
    public Task<int> RemoveIdleAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = timeProvider.GetUtcNow() - TimeSpan.FromMinutes(1);
        return database.RunAsync(async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM newsbot_rate WHERE updated <= @cutoff", connection);
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("cutoff", cutoff));
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, cancellationToken);
    }
}

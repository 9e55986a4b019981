using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using NewsBot.State;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Npgsql;
using NpgsqlTypes;

namespace NewsBot.Bot;

/// <summary>
/// Conversation state in PostgreSQL, shared by every instance of a fleet: one row per storage key in
/// <c>newsbot_state</c> (the document as JSON text, its ETag, when it was written), with the Bot Framework's optimistic
/// concurrency. Per item written:
/// <list type="bullet">
/// <item>an <see cref="IStoreItem"/> whose ETag is the one it was read with replaces the row only if nobody wrote it
/// since; a stale or empty ETag throws <see cref="StateConflictException"/>;</item>
/// <item>one with ETag <c>*</c>, or any object without an ETag (a POCO), replaces whatever is there (last write wins);</item>
/// <item>an <see cref="IStoreItem"/> with no ETag is new: created, or <see cref="StateConflictException"/> if the key exists.</item>
/// </list>
/// Every item read carries its ETag as an <c>eTag</c> property, as the SDK's other stores do. A state dictionary (what
/// <see cref="BotState"/>, and so <see cref="ConversationState"/>, writes) brings that entry back, and here it is
/// honoured like an <see cref="IStoreItem"/>'s ETag (no entry: the state read nothing, so it may only create). Two turns
/// of one conversation that read the same state therefore cannot both save it: the second gets
/// <see cref="StateConflictException"/> and applies its change again over the first's (<see cref="NewsBotHandler"/>).
/// <para>
/// Writing one item is one statement, <c>INSERT … ON CONFLICT (key) DO UPDATE … WHERE</c> the ETag matches, atomic
/// under concurrent writers (the existing row is locked and the condition checked on its latest version). A row not
/// written for <see cref="BotOptions.ConversationIdleMinutes"/> reads as absent, may be created afresh, and is deleted
/// by <see cref="RemoveExpiredAsync"/>. The document is text, not <c>jsonb</c>: <c>jsonb</c> refuses the
/// <c>\u0000</c> escape, which a user's message may hold.
/// </para>
/// </summary>
public sealed class PostgresStorage(StateDatabase database, IOptions<BotOptions> options, TimeProvider timeProvider) : IStorage
{
    /// <summary>The property the ETag travels in, as in the SDK's MemoryStorage and Cosmos DB storage.</summary>
    public const string ETagProperty = "eTag";

    /// <summary>Plain JSON: no type names, so the database holds data and never names a type to instantiate.</summary>
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        MaxDepth = 64,
    });

    private const string ReadSql = "SELECT key, document, etag FROM newsbot_state WHERE key = ANY(@keys) AND touched > @cutoff";

    private const string WriteSql = """
        INSERT INTO newsbot_state AS s (key, document, etag, touched) VALUES (@key, @document, @etag, @now)
        ON CONFLICT (key) DO UPDATE SET document = excluded.document, etag = excluded.etag, touched = excluded.touched
        WHERE @overwrite OR s.etag = @expected OR s.touched <= @cutoff
        RETURNING etag
        """;

    private TimeSpan Idle => TimeSpan.FromMinutes(options.Value.ConversationIdleMinutes);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);

        if (keys.Length == 0)
        {
            return Task.FromResult<IDictionary<string, object>>(new Dictionary<string, object>());
        }

        var cutoff = timeProvider.GetUtcNow() - Idle;
        return database.RunAsync<IDictionary<string, object>>(async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand(ReadSql, connection);
            command.Parameters.Add(new NpgsqlParameter<string[]>("keys", keys));
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("cutoff", cutoff));
            var items = new Dictionary<string, object>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var document = JToken.Parse(reader.GetString(1));
                if (document is JObject json)
                {
                    json[ETagProperty] = reader.GetString(2);
                }

                items[reader.GetString(0)] = document;
            }

            return items;
        }, cancellationToken);
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);

        if (changes.Count == 0)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var writes = changes.Select(c => Prepare(c.Key, c.Value)).ToList();
        await database.RunAsync(async (connection, ct) =>
        {
            // Several items are written all or none: a conflict on one leaves the others as they were.
            var transaction = writes.Count > 1 ? await connection.BeginTransactionAsync(ct).ConfigureAwait(false) : null;
            try
            {
                foreach (var write in writes)
                {
                    await using var command = new NpgsqlCommand(WriteSql, connection, transaction);
                    command.Parameters.Add(new NpgsqlParameter<string>("key", write.Key));
                    command.Parameters.Add(new NpgsqlParameter<string>("document", write.Document));
                    command.Parameters.Add(new NpgsqlParameter<string>("etag", Guid.NewGuid().ToString("N")));
                    command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
                    command.Parameters.Add(new NpgsqlParameter<bool>("overwrite", write.Overwrite));
                    command.Parameters.Add(new NpgsqlParameter("expected", NpgsqlDbType.Text) { Value = (object?)write.Expected ?? DBNull.Value });
                    command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("cutoff", now - Idle));
                    if (await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is null)
                    {
                        throw new StateConflictException(write.Expected is null
                            ? $"'{write.Key}' was created by another writer since it was read."
                            : $"'{write.Key}' was written by another writer since it was read (ETag {write.Expected}).");
                    }
                }

                if (transaction is not null)
                {
                    await transaction.CommitAsync(ct).ConfigureAwait(false);
                }
            }
            finally
            {
                if (transaction is not null)
                {
                    await transaction.DisposeAsync().ConfigureAwait(false);
                }
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);

        return keys.Length == 0 ? Task.CompletedTask : database.RunAsync(async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM newsbot_state WHERE key = ANY(@keys)", connection);
            command.Parameters.Add(new NpgsqlParameter<string[]>("keys", keys));
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Deletes the conversations idle for longer than <see cref="BotOptions.ConversationIdleMinutes"/>; returns how many.</summary>
    public Task<int> RemoveExpiredAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = timeProvider.GetUtcNow() - Idle;
        return database.RunAsync(async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM newsbot_state WHERE touched <= @cutoff", connection);
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("cutoff", cutoff));
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, cancellationToken);
    }

    private static Write Prepare(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);

        var document = value is null ? JValue.CreateNull() : JToken.FromObject(value, Serializer);
        if (document is JObject json)
        {
            // The ETag lives in its own column; the document never carries a stale copy of it.
            json.Remove(ETagProperty);
        }

        var (overwrite, expected) = value switch
        {
            IStoreItem item => (item.ETag == "*", item.ETag),
            IDictionary<string, object> state => state.TryGetValue(ETagProperty, out var etag) && etag is not null
                ? (etag as string == "*", Convert.ToString(etag, CultureInfo.InvariantCulture))
                : (false, null),
            JObject read when read.TryGetValue(ETagProperty, StringComparison.Ordinal, out var etag) && etag.Type == JTokenType.String
                => ((string?)etag == "*", (string?)etag),
            _ => (true, null),
        };
        return new Write(key, document.ToString(Formatting.None), overwrite, expected);
    }

    private sealed record Write(string Key, string Document, bool Overwrite, string? Expected);
}

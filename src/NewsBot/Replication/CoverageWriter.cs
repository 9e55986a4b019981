using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NewsBot.Ingestion;
using NewsBot.Embeddings;
using Npgsql;
using NpgsqlTypes;

namespace NewsBot.Replication;

/// <summary>
/// The single writer of the coverage in PostgreSQL: diffs the sources against the database by fingerprint, embeds only
/// sentences whose vectors the database lacks, and commits each article (row, sentences, new vectors, change-log row)
/// in one transaction, announced with <c>NOTIFY</c> at commit.
/// <para>
/// Generations follow commit order. A sequence would not do: a value taken by a transaction that commits late becomes
/// visible after a larger one, and a replica that had moved past it would never apply it. Instead the writer holds
/// the session advisory lock <see cref="CoverageSchema.WriterLockKey"/> for its whole run and does all its work on
/// that one connection, so its transactions run one after another; each takes <c>max(generation) + 1</c> inside
/// itself, and commits before the next begins. Should the connection drop, the lock and any open transaction go with
/// it. A writer that does not hold the lock cannot slip a row in between either: the generation is the primary key,
/// so a duplicate fails its transaction rather than reorder the log.
/// </para>
/// </summary>
public sealed class CoverageWriter(string connectionString, SentenceEmbedder? embedder, string modelId, ILogger<CoverageWriter> logger)
{
    /// <summary>Articles whose vectors are looked up and embedded together before they are written one by one.</summary>
    internal const int Chunk = 64;

    /// <summary>Called inside each article's transaction, before it commits (tests inject a crash here).</summary>
    internal Func<string, CancellationToken, Task>? BeforeCommit { get; init; }

    /// <summary>Writes the sources; null when another writer holds the lock (nothing is written then).</summary>
    public async Task<WriteSummary?> TryWriteAsync(IAsyncEnumerable<IngestionResult> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);

        using var activity = Telemetry.Source.StartActivity("ingest");
        // A connection of its own, outside any pool: a session lock must never outlive the run in a pooled connection.
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false });
        await CoverageSchema.EnsureAsync(dataSource, cancellationToken).ConfigureAwait(false);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (!await ScalarAsync<bool>(connection, $"select pg_try_advisory_lock({CoverageSchema.WriterLockKey})", cancellationToken).ConfigureAwait(false))
        {
            Log.WriterBusy(logger);
            return null;
        }

        try
        {
            return await WriteAsync(connection, sources, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (connection.FullState == System.Data.ConnectionState.Open)
            {
                await ScalarAsync<bool>(connection, $"select pg_advisory_unlock({CoverageSchema.WriterLockKey})", CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task<WriteSummary> WriteAsync(NpgsqlConnection connection, IAsyncEnumerable<IngestionResult> sources, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var snapshot = await CoverageSnapshot.CollectAsync(sources, cancellationToken: cancellationToken).ConfigureAwait(false);
        var articles = snapshot.Articles;
        var stored = await StoredFingerprintsAsync(connection, cancellationToken).ConfigureAwait(false);
        var added = new List<string>();
        var changed = new List<string>();
        var pending = new List<(Article Article, string Fingerprint, ChangeKind Kind)>();
        foreach (var article in articles)
        {
            var fingerprint = ArticleRecord.Fingerprint(article);
            if (!stored.TryGetValue(article.Id, out var before))
            {
                pending.Add((article, fingerprint, ChangeKind.Added));
            }
            else if (before != fingerprint)
            {
                pending.Add((article, fingerprint, ChangeKind.Changed));
            }
        }

        var present = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var removed = stored.Keys.Where(id => !present.Contains(id)).Order(StringComparer.Ordinal).ToList();
        Log.WriterPlanned(logger, pending.Count(p => p.Kind == ChangeKind.Added), pending.Count(p => p.Kind == ChangeKind.Changed), removed.Count, articles.Count - pending.Count);

        var embedded = 0;
        var reused = 0;
        var generation = 0L;
        for (var start = 0; start < pending.Count; start += Chunk)
        {
            var chunk = pending.GetRange(start, Math.Min(Chunk, pending.Count - start));
            var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
            if (embedder is not null)
            {
                var (fresh, known) = await EmbedMissingAsync(connection, chunk.Select(c => c.Article), vectors, cancellationToken).ConfigureAwait(false);
                embedded += fresh;
                reused += known;
            }

            foreach (var (article, fingerprint, kind) in chunk)
            {
                var keys = embedder is null ? null : article.Sentences.Select(s => EmbeddingKey.Of(modelId, s.Text)).ToArray();
                generation = await ArticleTransaction.WriteAsync(connection, article, fingerprint, kind, keys, vectors, modelId, BeforeCommit, cancellationToken).ConfigureAwait(false);
                (kind == ChangeKind.Added ? added : changed).Add(article.Id);
            }

            Log.WriterProgress(logger, start + chunk.Count, pending.Count, stopwatch.ElapsedMilliseconds);
        }

        foreach (var id in removed)
        {
            generation = await ArticleTransaction.RemoveAsync(connection, id, BeforeCommit, cancellationToken).ConfigureAwait(false);
        }

        generation = generation == 0 ? await ScalarAsync<long>(connection, "select coalesce(max(generation), 0) from coverage_changes", cancellationToken).ConfigureAwait(false) : generation;
        Log.WriterDone(logger, added.Count, changed.Count, removed.Count, embedded, reused, generation, stopwatch.ElapsedMilliseconds);
        return new WriteSummary
        {
            Added = added,
            Changed = changed,
            Removed = removed,
            Unchanged = articles.Count - pending.Count,
            Skipped = snapshot.Skipped,
            Embedded = embedded,
            Reused = reused,
            Generation = generation,
        };
    }

    /// <summary>
    /// Puts in <paramref name="vectors"/> (by hex key) a vector for every sentence of the articles that the database
    /// lacks, embedding each distinct text once; returns how many were embedded and how many the database had.
    /// </summary>
    private async Task<(int Embedded, int Reused)> EmbedMissingAsync(NpgsqlConnection connection, IEnumerable<Article> articles, Dictionary<string, float[]> vectors, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<string, (byte[] Key, string Text)>(StringComparer.Ordinal);
        foreach (var sentence in articles.SelectMany(a => a.Sentences))
        {
            var key = EmbeddingKey.Of(modelId, sentence.Text);
            texts.TryAdd(Convert.ToHexString(key), (key, sentence.Text));
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("select key from coverage_embeddings where key = any($1)", connection))
        {
            command.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = texts.Values.Select(t => t.Key).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                known.Add(Convert.ToHexString(reader.GetFieldValue<byte[]>(0)));
            }
        }

        var missing = texts.Where(t => !known.Contains(t.Key)).ToList();
        if (missing.Count > 0)
        {
            var embeddings = await embedder!.EmbedPassagesAsync(missing.Select(m => m.Value.Text), cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < missing.Count; i++)
            {
                vectors[missing[i].Key] = embeddings[i].ToArray();
            }
        }

        return (missing.Count, known.Count);
    }

    private static async Task<Dictionary<string, string>> StoredFingerprintsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("select id, fingerprint from coverage_articles", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            stored[reader.GetString(0)] = reader.GetString(1);
        }

        return stored;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}

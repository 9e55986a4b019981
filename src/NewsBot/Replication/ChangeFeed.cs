using System.Data;
using System.Runtime.InteropServices;
using NewsBot.Ingestion;
using Npgsql;
using NpgsqlTypes;

namespace NewsBot.Replication;

/// <summary>
/// Reads the change log in order, a batch at a time, with the articles' current rows, sentences and vectors (vectors
/// come from the database, never from a model). Each batch is read in one repeatable-read snapshot, so it sees the
/// log and the articles at the same instant. A batch folds several changes of one article into its state now; an
/// article changed again after the batch is read in its newer state early, and again with its later change, which
/// applies the same state twice and ends the same.
/// </summary>
public sealed class ChangeFeed(NpgsqlDataSource dataSource)
{
    /// <summary>The last committed generation; 0 when the log is empty.</summary>
    public async Task<long> LatestAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("select coalesce(max(generation), 0) from coverage_changes");
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <param name="after">The last generation already applied.</param>
    /// <param name="maxChanges">At most this many log rows.</param>
    public async Task<ChangeBatch> ReadAsync(long after, int maxChanges, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxChanges);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var through = after;
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("select generation, article_id from coverage_changes where generation > $1 order by generation limit $2", connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = maxChanges });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                through = reader.GetInt64(0);
                if (seen.Add(reader.GetString(1)))
                {
                    ids.Add(reader.GetString(1));
                }
            }
        }

        if (ids.Count == 0)
        {
            return new ChangeBatch { After = after, Through = after, Upserts = [], Removed = [] };
        }

        var articles = await ReadArticlesAsync(connection, transaction, ids, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ChangeBatch
        {
            After = after,
            Through = through,
            Upserts = ids.Where(articles.ContainsKey).Select(id => articles[id]).ToList(),
            Removed = ids.Where(id => !articles.ContainsKey(id)).ToList(),
        };
    }

    private static async Task<Dictionary<string, ReplicatedArticle>> ReadArticlesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<string> ids, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, Article>(StringComparer.Ordinal);
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
            "select id, headline, standfirst, source, published, byline, url, origin, also_in, dateline::text, text, fingerprint from coverage_articles where id = any($1)",
            connection,
            transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. ids], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetString(0);
                fingerprints[id] = reader.GetString(11);
                rows[id] = new Article
                {
                    Id = id,
                    Headline = reader.GetString(1),
                    Standfirst = reader.IsDBNull(2) ? null : reader.GetString(2),
                    Source = reader.IsDBNull(3) ? null : reader.GetString(3),
                    Date = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4),
                    Byline = reader.IsDBNull(5) ? null : reader.GetString(5),
                    Url = reader.IsDBNull(6) ? null : new Uri(reader.GetString(6)),
                    Origin = reader.GetString(7),
                    AlsoIn = reader.GetFieldValue<string[]>(8),
                    Dateline = ArticleRecord.ParseDateline(reader.IsDBNull(9) ? null : reader.GetString(9)),
                    Text = reader.GetString(10),
                    Sentences = [],
                };
            }
        }

        var sentences = new Dictionary<string, List<Sentence>>(StringComparer.Ordinal);
        var vectors = new Dictionary<string, List<ReadOnlyMemory<float>>?>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
            """
            select s.article_id, s.ordinal, s.paragraph, s.start, s.length, s.role, e.vector
            from coverage_sentences s left join coverage_embeddings e on e.key = s.embedding_key
            where s.article_id = any($1) order by s.article_id, s.ordinal
            """,
            connection,
            transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Keys], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetString(0);
                if (!sentences.TryGetValue(id, out var list))
                {
                    sentences[id] = list = [];
                    vectors[id] = [];
                }

                list.Add(new Sentence
                {
                    ArticleId = id,
                    Ordinal = reader.GetInt32(1),
                    Paragraph = reader.GetInt32(2),
                    Start = reader.GetInt32(3),
                    Length = reader.GetInt32(4),
                    Role = (SentenceRole)reader.GetInt16(5),
                    Source = rows[id].Text,
                });
                if (reader.IsDBNull(6))
                {
                    vectors[id] = null;
                }
                else if (vectors[id] is { } found)
                {
                    found.Add(MemoryMarshal.Cast<byte, float>(reader.GetFieldValue<byte[]>(6)).ToArray());
                }
            }
        }

        return rows.ToDictionary(
            r => r.Key,
            r => new ReplicatedArticle
            {
                Article = r.Value with { Sentences = sentences.GetValueOrDefault(r.Key) ?? [] },
                Fingerprint = fingerprints[r.Key],
                Vectors = vectors.GetValueOrDefault(r.Key),
            },
            StringComparer.Ordinal);
    }
}

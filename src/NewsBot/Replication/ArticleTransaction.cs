using System.Runtime.InteropServices;
using NewsBot.Ingestion;
using Npgsql;
using NpgsqlTypes;

namespace NewsBot.Replication;

/// <summary>
/// The one transaction each article change is: nothing of an article is visible until all of it is, and its change-log
/// row commits with it. The <c>pg_notify</c> sent inside is delivered only at commit. Generations are
/// <c>max(generation) + 1</c>, sound only under the single writer's lock (see <see cref="CoverageWriter"/>).
/// </summary>
internal static class ArticleTransaction
{
    /// <summary>
    /// Commits one added or changed article: the vectors in <paramref name="vectors"/> that its sentence
    /// <paramref name="keys"/> need (by hex key), its row, its sentences and its change-log row; returns its generation.
    /// </summary>
    public static async Task<long> WriteAsync(
        NpgsqlConnection connection,
        Article article,
        string fingerprint,
        ChangeKind kind,
        byte[][]? keys,
        Dictionary<string, float[]> vectors,
        string modelId,
        Func<string, CancellationToken, Task>? beforeCommit,
        CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (keys is not null)
        {
            var fresh = keys.Select(k => (Key: k, Hex: Convert.ToHexString(k))).Where(k => vectors.ContainsKey(k.Hex)).DistinctBy(k => k.Hex).ToList();
            if (fresh.Count > 0)
            {
                await using var embeddings = new NpgsqlCommand(
                    "insert into coverage_embeddings (key, model, dimensions, vector) select k, $1, $2, v from unnest($3::bytea[], $4::bytea[]) as t(k, v) on conflict (key) do nothing",
                    connection,
                    transaction);
                embeddings.Parameters.Add(new NpgsqlParameter<string> { TypedValue = modelId });
                embeddings.Parameters.Add(new NpgsqlParameter<int> { TypedValue = vectors[fresh[0].Hex].Length });
                embeddings.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = fresh.Select(f => f.Key).ToArray() });
                embeddings.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = fresh.Select(f => MemoryMarshal.AsBytes(vectors[f.Hex].AsSpan()).ToArray()).ToArray() });
                await embeddings.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        long generation;
        await using (var upsert = new NpgsqlCommand(
            """
            with g as (insert into coverage_changes (generation, article_id, kind) select coalesce(max(generation), 0) + 1, $1, $2 from coverage_changes returning generation)
            insert into coverage_articles (id, fingerprint, story, headline, standfirst, source, published, byline, url, origin, also_in, dateline, text, generation)
            select $1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, g.generation from g
            on conflict (id) do update set fingerprint = excluded.fingerprint, story = excluded.story, headline = excluded.headline,
                standfirst = excluded.standfirst, source = excluded.source, published = excluded.published, byline = excluded.byline,
                url = excluded.url, origin = excluded.origin, also_in = excluded.also_in, dateline = excluded.dateline,
                text = excluded.text, generation = excluded.generation
            returning generation
            """,
            connection,
            transaction))
        {
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = article.Id });
            upsert.Parameters.Add(new NpgsqlParameter<short> { TypedValue = (short)kind });
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = fingerprint });
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ArticleFingerprint.Of(article) });
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = article.Headline });
            upsert.Parameters.Add(Nullable(article.Standfirst, NpgsqlDbType.Text));
            upsert.Parameters.Add(Nullable(article.Source, NpgsqlDbType.Text));
            upsert.Parameters.Add(article.Date is { } date ? new NpgsqlParameter<DateOnly> { TypedValue = date } : Nullable(null, NpgsqlDbType.Date));
            upsert.Parameters.Add(Nullable(article.Byline, NpgsqlDbType.Text));
            upsert.Parameters.Add(Nullable(article.Url?.OriginalString, NpgsqlDbType.Text));
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = article.Origin });
            upsert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. article.AlsoIn], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            upsert.Parameters.Add(Nullable(ArticleRecord.DatelineJson(article.Dateline), NpgsqlDbType.Text));
            upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = article.Text });
            generation = (long)(await upsert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        await using (var clear = new NpgsqlCommand("delete from coverage_sentences where article_id = $1", connection, transaction))
        {
            clear.Parameters.Add(new NpgsqlParameter<string> { TypedValue = article.Id });
            await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var sentences = new NpgsqlCommand(
            """
            insert into coverage_sentences (article_id, ordinal, paragraph, start, length, role, embedding_key)
            select $1, * from unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::smallint[], $7::bytea[])
            """,
            connection,
            transaction))
        {
            var list = article.Sentences;
            sentences.Parameters.Add(new NpgsqlParameter<string> { TypedValue = article.Id });
            sentences.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = list.Select(s => s.Ordinal).ToArray() });
            sentences.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = list.Select(s => s.Paragraph).ToArray() });
            sentences.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = list.Select(s => s.Start).ToArray() });
            sentences.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = list.Select(s => s.Length).ToArray() });
            sentences.Parameters.Add(new NpgsqlParameter<short[]> { TypedValue = list.Select(s => (short)s.Role).ToArray() });
            sentences.Parameters.Add(new NpgsqlParameter<byte[]?[]> { TypedValue = keys ?? new byte[]?[list.Count], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            await sentences.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await CommitAsync(connection, transaction, article.Id, generation, beforeCommit, cancellationToken).ConfigureAwait(false);
        return generation;
    }

    /// <summary>Commits the removal of an article (its sentences go with it) and its change-log row; returns its generation.</summary>
    public static async Task<long> RemoveAsync(NpgsqlConnection connection, string id, Func<string, CancellationToken, Task>? beforeCommit, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        long generation;
        await using (var remove = new NpgsqlCommand(
            """
            with g as (insert into coverage_changes (generation, article_id, kind) select coalesce(max(generation), 0) + 1, $1, $2 from coverage_changes returning generation),
                 d as (delete from coverage_articles where id = $1)
            select generation from g
            """,
            connection,
            transaction))
        {
            remove.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id });
            remove.Parameters.Add(new NpgsqlParameter<short> { TypedValue = (short)ChangeKind.Removed });
            generation = (long)(await remove.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        await CommitAsync(connection, transaction, id, generation, beforeCommit, cancellationToken).ConfigureAwait(false);
        return generation;
    }

    /// <summary>Announces the generation (delivered only if the transaction commits) and commits.</summary>
    private static async Task CommitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string id, long generation, Func<string, CancellationToken, Task>? beforeCommit, CancellationToken cancellationToken)
    {
        await using (var notify = new NpgsqlCommand("select pg_notify($1, $2)", connection, transaction))
        {
            notify.Parameters.Add(new NpgsqlParameter<string> { TypedValue = CoverageSchema.Channel });
            notify.Parameters.Add(new NpgsqlParameter<string> { TypedValue = generation.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            await notify.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (beforeCommit is { } hook)
        {
            await hook(id, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlParameter Nullable(string? value, NpgsqlDbType type) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = type };
}

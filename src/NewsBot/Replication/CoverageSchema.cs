using Npgsql;

namespace NewsBot.Replication;

/// <summary>
/// The coverage's tables in PostgreSQL, the system of record every replica follows:
/// <list type="bullet">
/// <item><c>coverage_articles</c>: one row per article with its text (once), metadata and <c>fingerprint</c>, the hash
/// of the whole record (<see cref="ArticleRecord.Fingerprint"/>), so the writer diffs the sources against it.</item>
/// <item><c>coverage_sentences</c>: each sentence's position in its article's text (start, length), paragraph, role,
/// and the key of its vector.</item>
/// <item><c>coverage_embeddings</c>: one vector per (model, sentence text) (<see cref="EmbeddingKey"/>), so a sentence
/// that any instance embedded once is never embedded again, by anyone.</item>
/// <item><c>coverage_changes</c>: the change log, one row per committed article change, numbered by generation in
/// commit order (see <see cref="CoverageWriter"/>).</item>
/// </list>
/// Created idempotently under a transaction-scoped advisory lock, so instances starting together do not race on the DDL.
/// </summary>
public static class CoverageSchema
{
    /// <summary>The advisory lock key held while the schema is created (an arbitrary constant: "NBSCHEMA" as bytes).</summary>
    public const long SchemaLockKey = 0x4E42_5343_4845_4D41;

    /// <summary>The advisory lock key the single writer holds for its whole run ("NBWRITER").</summary>
    public const long WriterLockKey = 0x4E42_5752_4954_4552;

    /// <summary>The channel a committed change is announced on; its payload is the generation.</summary>
    public const string Channel = "newsbot_coverage";

    private const string Ddl = """
        create table if not exists coverage_articles (
            id text primary key,
            fingerprint text not null,
            story text not null,
            headline text not null,
            standfirst text,
            source text,
            published date,
            byline text,
            url text,
            origin text not null,
            also_in text[] not null,
            dateline jsonb,
            text text not null,
            generation bigint not null
        );
        create table if not exists coverage_embeddings (
            key bytea primary key,
            model text not null,
            dimensions int not null,
            vector bytea not null
        );
        create table if not exists coverage_sentences (
            article_id text not null references coverage_articles (id) on delete cascade,
            ordinal int not null,
            paragraph int not null,
            start int not null,
            length int not null,
            role smallint not null,
            embedding_key bytea references coverage_embeddings (key),
            primary key (article_id, ordinal)
        );
        create table if not exists coverage_changes (
            generation bigint primary key,
            article_id text not null,
            kind smallint not null,
            committed_at timestamptz not null default now()
        );
        """;

    public static async Task EnsureAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand($"select pg_advisory_xact_lock({SchemaLockKey}); {Ddl}", connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}

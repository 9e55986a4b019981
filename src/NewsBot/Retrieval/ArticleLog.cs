using System.Text;
using System.Text.Json;
using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>
/// The articles of an <see cref="EmbeddedCoverageStore"/>: an append-only file of JSON lines, one per article put or
/// removed, each with the generation that applied it. A generation's bytes are appended and flushed before the
/// manifest names its length, so replaying up to that length gives exactly the published articles, and whatever a
/// crash appended after it is cut off on the next open.
/// </summary>
internal static class ArticleLog
{
    public const string FileName = "articles.log";

    private const int ReplayChunk = 1_024;

    /// <summary>The articles up to <paramref name="length"/> bytes: id → (article, content hash, generation that put it).</summary>
    public static async Task<Dictionary<string, StoredEntry>> ReplayAsync(string path, long length, CancellationToken cancellationToken)
    {
        var articles = new Dictionary<string, StoredEntry>(StringComparer.Ordinal);
        if (length == 0)
        {
            return articles;
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: false);
        if (stream.Length < length)
        {
            throw new InvalidDataException($"{path} holds {stream.Length:N0} bytes; the manifest names {length:N0}.");
        }

        // Lines are parsed a chunk at a time on every core and applied in log order, so a later put or removal of an
        // article still wins, and no more than one chunk of text is held at once.
        using var reader = new StreamReader(new BoundedStream(stream, length), Encoding.UTF8);
        var lines = new List<string>(ReplayChunk);
        var parsed = new (LogRecord Record, Article? Article)[ReplayChunk];
        while (true)
        {
            lines.Clear();
            while (lines.Count < ReplayChunk && await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                lines.Add(line);
            }

            if (lines.Count == 0)
            {
                return articles;
            }

            Parallel.For(0, lines.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var record = JsonSerializer.Deserialize(lines[i], ArticleLogJson.Default.LogRecord) ?? throw new InvalidDataException($"{path} holds an empty record.");
                parsed[i] = (record, record.Article?.ToArticle());
            });
            for (var i = 0; i < lines.Count; i++)
            {
                var (record, article) = parsed[i];
                if (article is not null)
                {
                    articles[record.Id] = new StoredEntry(article, record.Article!.Hash, record.Generation);
                }
                else
                {
                    articles.Remove(record.Id);
                }
            }
        }
    }

    /// <summary>Cuts off what follows the published length (an apply that never published).</summary>
    public static void Truncate(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write);
        if (stream.Length != length)
        {
            stream.SetLength(length);
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Appends one generation's changes, flushed to disk; returns the log's new length.</summary>
    public static long Append(string path, long generation, IEnumerable<CoverageChange> changes)
    {
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16);
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" })
        {
            foreach (var change in changes)
            {
                var record = new LogRecord
                {
                    Generation = generation,
                    Id = change.ArticleId,
                    Article = change.Article is { } article ? StoredArticle.From(article, change.ContentHash) : null,
                };
                writer.WriteLine(JsonSerializer.Serialize(record, ArticleLogJson.Default.LogRecord));
            }
        }

        stream.Flush(flushToDisk: true);
        return stream.Length;
    }

    /// <summary>Writes a fresh log holding <paramref name="articles"/> only; returns its length.</summary>
    public static long Rewrite(string path, long generation, IEnumerable<CoverageChange> articles)
    {
        File.Delete(path);
        return Append(path, generation, articles);
    }

    internal sealed record LogRecord
    {
        public required long Generation { get; init; }

        public required string Id { get; init; }

        public StoredArticle? Article { get; init; }
    }

    /// <summary>Reads a stream up to a length, so bytes past the published end are never parsed.</summary>
    private sealed class BoundedStream(Stream inner, long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) =>
            inner.Read(buffer, offset, (int)Math.Min(count, Math.Max(0, length - inner.Position)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

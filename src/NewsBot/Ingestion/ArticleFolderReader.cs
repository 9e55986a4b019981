using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Ingestion;

/// <summary>
/// Reads every article file in a folder (sorted by name, so ordinals and hashes are stable) and parses it by its
/// format (see <see cref="ArticleFormatDetector"/>): plain text, Markdown, HTML, JSON, JSON Lines, RSS or Atom. One
/// file may yield several articles (a feed, a JSON array). Empty, binary, non-UTF-8, malformed and unsupported files
/// come back as failures with the reason; the rest still load.
/// <para>
/// Only regular files directly inside the folder are read, and only when their canonical path (<see cref="RealPath"/>,
/// every symbolic link resolved) still lies inside the folder's own: a link out of the folder (<c>passwd.txt →
/// /etc/passwd</c>), a broken or looping link, a subfolder or a link to one come back as failures, so they are logged
/// and listed, never read. A folder holding more than <see cref="MaxFiles"/> entries is read up to that many, and the
/// limit is reported as a failure too.
/// </para>
/// </summary>
public static class ArticleFolderReader
{
    /// <summary>Files larger than this are not articles (a video, an archive, a database dump).</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>Entries read per folder; past this the folder is a dump, not a coverage, and the rest is left unread.</summary>
    public const int MaxFiles = 200_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async IAsyncEnumerable<IngestionResult> ReadAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);

        if (!Directory.Exists(folder))
        {
            yield break;
        }

        var root = RealPath.Of(folder) ?? Path.GetFullPath(folder);
        var entries = Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Take(MaxFiles + 1);
        var count = 0;
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (++count > MaxFiles)
            {
                yield return Failure(folder, string.Empty, $"the folder holds more than {MaxFiles:N0} entries; only the first {MaxFiles:N0} (by name) are read");
                yield break;
            }

            if (Refusal(entry, root, out var target) is { } refusal)
            {
                yield return Failure(entry, string.Empty, refusal);
                continue;
            }

            foreach (var result in await ReadFileAsync(target, cancellationToken).ConfigureAwait(false))
            {
                yield return result.Origin == target ? result with { Origin = entry } : result;
            }
        }
    }

    /// <summary>Why an entry of the folder is not read, or null with the canonical path to read it from.</summary>
    private static string? Refusal(string entry, string root, out string target)
    {
        target = entry;
        var link = new FileInfo(entry).LinkTarget;
        if (link is null && Directory.Exists(entry))
        {
            return "a subfolder: only files directly inside a configured folder are read (add the subfolder to Coverage:Folders to read it)";
        }

        if (link is null)
        {
            return null;
        }

        if (RealPath.Of(entry) is not { } real || !Path.Exists(real))
        {
            return $"a symbolic link to '{link}', which does not exist or loops";
        }

        if (!RealPath.IsInside(real, root))
        {
            return $"a symbolic link to '{real}', outside the folder; only files inside it are read";
        }

        if (Directory.Exists(real))
        {
            return "a symbolic link to a folder: only files directly inside a configured folder are read";
        }

        target = real;
        return null;
    }

    /// <summary>Reads one file: one result per article it holds, or a single failure.</summary>
    public static async Task<IReadOnlyList<IngestionResult>> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        byte[] bytes;
        try
        {
            var info = new FileInfo(path);

            // Nothing of length 0 is opened: an empty file has nothing to read, and a FIFO or socket (also of length 0)
            // would block the open until some writer came along, holding the whole load.
            if (info.Length == 0)
            {
                return [Failure(path, string.Empty, "the file is empty (or not a regular file)")];
            }

            if (info.Length > MaxFileBytes)
            {
                return [Failure(path, string.Empty, $"the file is {info.Length:N0} bytes, more than the {MaxFileBytes:N0} an article may have")];
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [Failure(path, string.Empty, $"the file could not be read: {ex.Message}")];
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (bytes.AsSpan().Contains((byte)0))
        {
            return [Failure(path, hash, "the file is binary, not text")];
        }

        string text;
        try
        {
            var preamble = Encoding.UTF8.Preamble;
            var body = bytes.AsSpan().StartsWith(preamble) ? bytes.AsSpan(preamble.Length) : bytes;
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return [Failure(path, hash, "the file is not valid UTF-8 text")];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return [Failure(path, hash, "the file is empty")];
        }

        var id = Path.GetFileNameWithoutExtension(path);
        var format = ArticleFormatDetector.Detect(Path.GetExtension(path), text);
        try
        {
            return format switch
            {
                ArticleFormat.PlainText => [Success(path, hash, PlainTextArticleParser.Parse(id, path, text))],
                ArticleFormat.Markdown => [Success(path, hash, MarkdownArticleParser.Parse(id, path, text))],
                ArticleFormat.Html => [Success(path, hash, HtmlArticleReader.Read(id, path, text))],
                ArticleFormat.Json => JsonArticleReader.Read(path, text, hash),
                ArticleFormat.JsonLines => [.. JsonLinesArticleReader.ReadText(text, path)],
                ArticleFormat.Feed => FeedArticleReader.Read(id, path, text, hash),
                _ => [Failure(path, hash, $"'{Path.GetExtension(path)}' is not a supported article format (.txt, .md, .html, .json, .jsonl, .xml/.rss/.atom feeds)")],
            };
        }
        catch (InvalidDataException ex)
        {
            return [Failure(path, hash, ex.Message)];
        }
    }

    private static IngestionResult Success(string path, string hash, Article article) =>
        new() { Origin = path, ContentHash = hash, Article = article };

    private static IngestionResult Failure(string path, string hash, string error) =>
        new() { Origin = path, ContentHash = hash, Error = error };
}

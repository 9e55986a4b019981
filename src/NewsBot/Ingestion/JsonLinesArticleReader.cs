using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NewsBot.Ingestion;

/// <summary>
/// Reads a corpus in JSON Lines, one article per line: <c>{"id", "title", "date", "source", "url", "text"}</c>
/// (<c>title</c>, <c>date</c>, <c>source</c>, <c>url</c> may be null or missing), and the writers as <c>"author"</c> or
/// an <c>"authors"</c> list when known. A corpus that ships its own sentence
/// split (<c>"sentences": [...]</c>, each found in order in <c>text</c>) keeps it; otherwise the text is split here.
/// A malformed line becomes a failure naming the line; the other lines still load.
/// </summary>
public static class JsonLinesArticleReader
{
    public static async IAsyncEnumerable<IngestionResult> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        using var reader = new StreamReader(path, Encoding.UTF8);
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ReadLine(line, string.Create(CultureInfo.InvariantCulture, $"{path}:{lineNumber}"));
        }
    }

    /// <summary>Reads JSON Lines already in memory; origins are <c>path:line</c>.</summary>
    internal static IEnumerable<IngestionResult> ReadText(string text, string path)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                yield return ReadLine(lines[i].TrimEnd('\r'), string.Create(CultureInfo.InvariantCulture, $"{path}:{i + 1}"));
            }
        }
    }

    internal static IngestionResult ReadLine(string line, string origin)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(line)));
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var id = String(root, "id");
            var text = String(root, "text");
            if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(text))
            {
                return new IngestionResult { Origin = origin, ContentHash = hash, Error = "the record has no id or no text" };
            }

            var article = root.TryGetProperty("sentences", out var given) && given.ValueKind == JsonValueKind.Array
                ? WithGivenSentences(id, origin, text, given.EnumerateArray().Select(s => s.GetString() ?? string.Empty).ToList(), String(root, "title"))
                : null;
            article ??= PlainTextArticleParser.ParseBody(id, origin, text, String(root, "title"));
            article = article with
            {
                Source = String(root, "source") ?? article.Source,
                Date = DateOnly.TryParse(String(root, "date"), CultureInfo.InvariantCulture, out var date) ? date : article.Date,
                Url = ArticleUrl.Parse(String(root, "url")),
                Byline = Byline(root) ?? article.Byline,
            };
            return new IngestionResult { Origin = origin, ContentHash = hash, Article = article };
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or InvalidDataException)
        {
            return new IngestionResult { Origin = origin, ContentHash = hash, Error = $"the record is malformed: {ex.Message}" };
        }
    }

    /// <summary>Locates each given sentence, in order, in the text (one longer than <see cref="LongSentenceSplitter.MaxLength"/> in pieces); null when one cannot be found.</summary>
    private static Article? WithGivenSentences(string id, string origin, string text, List<string> given, string? title)
    {
        var sentences = new List<Sentence>(given.Count);
        var cursor = 0;
        var paragraph = 0;
        foreach (var candidate in given.Select(g => g.Trim()).Where(g => g.Length > 0))
        {
            var start = text.IndexOf(candidate, cursor, StringComparison.Ordinal);
            if (start < 0)
            {
                return null;
            }

            paragraph += text.AsSpan(cursor, start - cursor).Count('\n') > 1 ? 1 : 0;

            // A given "sentence" can be a whole list or paragraph: cut like any other over-long one.
            foreach (var piece in LongSentenceSplitter.Split(text, new TextRange(start, candidate.Length)))
            {
                sentences.Add(new Sentence { ArticleId = id, Ordinal = sentences.Count, Paragraph = paragraph, Start = piece.Start, Length = piece.Length, Source = text, Role = SentenceRole.Body });
            }

            cursor = start + candidate.Length;
        }

        return sentences.Count == 0
            ? null
            : new Article { Id = id, Headline = string.IsNullOrWhiteSpace(title) ? sentences[0].Text : title.Trim(), Origin = origin, Text = text, Sentences = sentences };
    }

    /// <summary>The writers: <c>"author"</c>, or the names of an <c>"authors"</c> list joined with "and".</summary>
    private static string? Byline(JsonElement root)
    {
        if (String(root, "author") is { } author && !string.IsNullOrWhiteSpace(author))
        {
            return author.Trim();
        }

        if (!root.TryGetProperty("authors", out var authors) || authors.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var names = authors.EnumerateArray()
            .Where(a => a.ValueKind == JsonValueKind.String)
            .Select(a => a.GetString()!.Trim())
            .Where(a => a.Length > 0)
            .ToList();
        return names.Count == 0 ? null : names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }

    private static string? String(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

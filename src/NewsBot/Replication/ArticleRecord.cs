using System.Security.Cryptography;
using System.Text.Json;
using NewsBot.Ingestion;

namespace NewsBot.Replication;

/// <summary>How an article is kept in the database, and the fingerprint the writer diffs by.</summary>
public static class ArticleRecord
{
    /// <summary>
    /// SHA-256 of the article's canonical JSON: every field a reader can see (text, metadata, sources, and each
    /// sentence's range, paragraph and role). Equal fingerprints mean nothing a replica serves would change.
    /// </summary>
    public static string Fingerprint(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);

        var canonical = new
        {
            article.Id,
            article.Headline,
            article.Standfirst,
            article.Dateline,
            article.Source,
            article.Date,
            article.Byline,
            Url = article.Url?.OriginalString,
            article.Origin,
            article.AlsoIn,
            article.Text,
            Sentences = article.Sentences.Select(s => new[] { s.Ordinal, s.Paragraph, s.Start, s.Length, (int)s.Role }),
        };
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(canonical)));
    }

    internal static string? DatelineJson(Dateline? dateline) => dateline is null ? null : JsonSerializer.Serialize(dateline);

    internal static Dateline? ParseDateline(string? json) => json is null ? null : JsonSerializer.Deserialize<Dateline>(json);
}

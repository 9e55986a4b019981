using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Ingestion;

/// <summary>
/// Everything one pass of the <see cref="IngestionPipeline"/> found: the articles to serve, each with its key (what
/// identifies its content: the source's hash, and those of the files that repeat it), and the sources skipped or
/// merged. The same story from a second file is served once and remembered in <see cref="Article.AlsoIn"/>; a second
/// article with an id already taken is skipped.
/// </summary>
public sealed record CoverageSnapshot
{
    private readonly List<Article> _articles;

    private CoverageSnapshot(List<Article> articles) => _articles = articles;

    public IReadOnlyList<Article> Articles => _articles;

    /// <summary>Article id → content key; a changed key means the article must be written again.</summary>
    public required IReadOnlyDictionary<string, string> Keys { get; init; }

    public required IReadOnlyList<IngestionResult> Skipped { get; init; }

    /// <summary>Sources that repeat a story already taken from another file, each with the reason naming which.</summary>
    public required IReadOnlyList<IngestionResult> Merged { get; init; }

    /// <summary>Collects the pipeline's results; <paramref name="progress"/> is told the count of articles now and then.</summary>
    public static async Task<CoverageSnapshot> CollectAsync(IAsyncEnumerable<IngestionResult> results, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);

        const int ProgressEvery = 1000;
        var articles = new List<Article>();
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var skipped = new List<IngestionResult>();
        var merged = new List<IngestionResult>();
        var stories = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var result in results.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (result.Article is not { } article)
            {
                skipped.Add(result);
            }
            else if ((result.Fingerprint ?? ArticleFingerprint.Of(article)) is var fingerprint && stories.TryGetValue(fingerprint, out var first))
            {
                // The same story from another file: served once, with every place that carried it.
                articles[first] = articles[first] with { AlsoIn = [.. articles[first].AlsoIn, article.Origin] };
                var id = articles[first].Id;
                if (!duplicates.TryGetValue(id, out var list))
                {
                    duplicates[id] = list = [];
                }

                list.Add(result.ContentHash);
                merged.Add(result with { Error = $"the same story as '{id}' ({articles[first].Origin})" });
            }
            else if (!hashes.TryAdd(article.Id, result.ContentHash))
            {
                skipped.Add(result with { Article = null, Error = $"another article already has the id '{article.Id}'" });
            }
            else
            {
                stories[fingerprint] = articles.Count;
                articles.Add(article);
                if (articles.Count % ProgressEvery == 0)
                {
                    progress?.Invoke(articles.Count);
                }
            }
        }

        var keys = hashes.ToDictionary(h => h.Key, h => duplicates.TryGetValue(h.Key, out var also) ? Combine(h.Value, also) : h.Value, StringComparer.Ordinal);
        return new CoverageSnapshot(articles) { Keys = keys, Skipped = skipped, Merged = merged };
    }

    /// <summary>
    /// Lets go of the parsed articles, keeping their keys and the skipped and merged sources. Once the changes are taken,
    /// the articles the served index already holds are a second copy of it (at 100k articles, about a gigabyte), and a
    /// caller that merely drops the snapshot does not free them: the continuations after a load run inline on the thread
    /// that finished reading, so the frames that built this list are still on its stack while they run.
    /// </summary>
    public void ReleaseArticles()
    {
        _articles.Clear();
        _articles.TrimExcess();
    }

    /// <summary>An article merged from several files changes when any of them does.</summary>
    private static string Combine(string hash, List<string> also) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('+', also.Prepend(hash)))));
}

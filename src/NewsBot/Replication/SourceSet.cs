using System.Runtime.CompilerServices;
using NewsBot.Ingestion;

namespace NewsBot.Replication;

/// <summary>
/// The articles of one ingestion run as the embedded store would serve them: the same story from another file is
/// kept once with the other place in <see cref="Article.AlsoIn"/>, and a second article with a taken id is skipped.
/// </summary>
internal static class SourceSet
{
    public static async Task<(List<Article> Articles, List<IngestionResult> Skipped)> CollectAsync(IAsyncEnumerable<IngestionResult> sources, CancellationToken cancellationToken)
    {
        var articles = new List<Article>();
        var skipped = new List<IngestionResult>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var stories = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var result in sources.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (result.Article is not { } article)
            {
                skipped.Add(result);
            }
            else if (ArticleFingerprint.Of(article) is var story && stories.TryGetValue(story, out var first))
            {
                articles[first] = articles[first] with { AlsoIn = [.. articles[first].AlsoIn, article.Origin] };
            }
            else if (!ids.Add(article.Id))
            {
                skipped.Add(result with { Article = null, Error = $"another article already has the id '{article.Id}'" });
            }
            else
            {
                stories[story] = articles.Count;
                articles.Add(article);
            }
        }

        return (articles, skipped);
    }

    /// <summary>Reads the configured folders and corpus files, in order.</summary>
    public static async IAsyncEnumerable<IngestionResult> ReadAsync(IEnumerable<string> folders, IEnumerable<string> corpora, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var folder in folders)
        {
            await foreach (var result in ArticleFolderReader.ReadAsync(folder, cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }

        foreach (var corpus in corpora)
        {
            if (!File.Exists(corpus))
            {
                yield return new IngestionResult { Origin = corpus, ContentHash = string.Empty, Error = "the corpus file does not exist" };
                continue;
            }

            await foreach (var result in JsonLinesArticleReader.ReadAsync(corpus, cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }
    }
}

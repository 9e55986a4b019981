using System.Runtime.CompilerServices;

namespace NewsBot.Ingestion;

/// <summary>
/// The ingestion pipeline: every configured folder, then every corpus file, read article by article, split into
/// sentences and fingerprinted (<see cref="ArticleFingerprint"/>). A source that gives no article is a result with its
/// <see cref="IngestionResult.Error"/>, never an exception, so one bad file does not stop the run.
/// </summary>
public static class IngestionPipeline
{
    public static async IAsyncEnumerable<IngestionResult> ReadAsync(
        IEnumerable<string> folders,
        IEnumerable<string> corpora,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(corpora);

        foreach (var folder in folders)
        {
            await foreach (var result in ArticleFolderReader.ReadAsync(folder, cancellationToken).ConfigureAwait(false))
            {
                yield return Fingerprinted(result);
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
                yield return Fingerprinted(result);
            }
        }
    }

    private static IngestionResult Fingerprinted(IngestionResult result) =>
        result.Article is { } article ? result with { Fingerprint = ArticleFingerprint.Of(article) } : result;
}

using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>
/// Owns the coverage being served. Loading reads the sources, and reuses the persisted index when their content
/// hash matches; otherwise it builds a new index aside (<c>&lt;hash&gt;.building</c>), marks it complete with a manifest,
/// renames it into place and only then swaps it in. A crash mid-build leaves at worst an unfinished folder that the
/// next load deletes, never a half-built index that looks complete.
/// </summary>
public sealed class CoverageLibrary(IOptions<CoverageOptions> options, ILogger<CoverageLibrary> logger) : IDisposable
{
    /// <summary>Bumped whenever the index layout or the analysis changes, so older indexes are rebuilt.</summary>
    internal const string IndexFormat = "keyword-v3";
    private const string ManifestFile = "manifest.json";
    private const int ProgressEvery = 1000;

    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile CoverageIndex? _current;

    /// <summary>The coverage being served; empty until the first load completes.</summary>
    public CoverageIndex? Current => _current;

    public bool IsLoaded => _current is not null;

    public async Task<CoverageIndex> LoadAsync(CancellationToken cancellationToken = default)
    {
        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var activity = Telemetry.Source.StartActivity("ingest");
            var stopwatch = Stopwatch.StartNew();
            var articles = new List<Article>();
            var hashes = new List<string>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var result in ReadSourcesAsync(cancellationToken).ConfigureAwait(false))
            {
                if (result.Article is not { } article)
                {
                    Log.SourceSkipped(logger, result.Origin, result.Error ?? "unknown");
                }
                else if (!ids.Add(article.Id))
                {
                    Log.SourceSkipped(logger, result.Origin, $"another article already has the id '{article.Id}'");
                }
                else
                {
                    articles.Add(article);
                    hashes.Add($"{article.Id}:{result.ContentHash}");
                    if (articles.Count % ProgressEvery == 0)
                    {
                        Log.IngestProgress(logger, articles.Count, stopwatch.ElapsedMilliseconds);
                    }
                }
            }

            var version = Version(hashes);
            var indexPath = await EnsureIndexAsync(version, articles, cancellationToken).ConfigureAwait(false);
            var index = new CoverageIndex(new Corpus(articles), KeywordIndex.Open(indexPath), version);
            var previous = Interlocked.Exchange(ref _current, index);
            previous?.Dispose();
            Log.CoverageLoaded(logger, articles.Count, index.Corpus.SentenceCount, version[..12], stopwatch.ElapsedMilliseconds);
            activity?.SetTag("newsbot.articles", articles.Count);
            return index;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose()
    {
        _current?.Dispose();
        _loading.Dispose();
    }

    private async IAsyncEnumerable<IngestionResult> ReadSourcesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var folder in options.Value.Folders)
        {
            await foreach (var result in ArticleFolderReader.ReadAsync(folder, cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }

        foreach (var corpus in options.Value.Corpora)
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

    private static string Version(IEnumerable<string> hashes)
    {
        var manifest = string.Join('\n', hashes.Order(StringComparer.Ordinal).Prepend(IndexFormat));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifest)));
    }

    private async Task<string> EnsureIndexAsync(string version, List<Article> articles, CancellationToken cancellationToken)
    {
        var root = Path.Combine(options.Value.DataDirectory, "keyword");
        var path = Path.Combine(root, version);
        if (File.Exists(Path.Combine(path, ManifestFile)))
        {
            Log.IndexReused(logger, path);
            return path;
        }

        Directory.CreateDirectory(root);
        var building = path + ".building";
        if (Directory.Exists(building))
        {
            Directory.Delete(building, recursive: true);
        }

        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        KeywordIndex.Build(building, articles);
        var manifest = new IndexManifest(IndexFormat, version, articles.Count, articles.Sum(a => a.Sentences.Count));
        await File.WriteAllTextAsync(Path.Combine(building, ManifestFile), JsonSerializer.Serialize(manifest), cancellationToken).ConfigureAwait(false);
        Directory.Move(building, path);
        Log.IndexBuilt(logger, path, manifest.Sentences);
        RemoveStaleIndexes(root, path);
        return path;
    }

    private void RemoveStaleIndexes(string root, string keep)
    {
        foreach (var stale in Directory.EnumerateDirectories(root).Where(d => !string.Equals(d, keep, StringComparison.Ordinal)))
        {
            try
            {
                Directory.Delete(stale, recursive: true);
            }
            catch (IOException ex)
            {
                Log.StaleIndexKept(logger, stale, ex.Message);
            }
        }
    }

    private sealed record IndexManifest(string Format, string Version, int Articles, int Sentences);
}

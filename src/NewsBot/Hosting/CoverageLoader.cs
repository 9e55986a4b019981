using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Retrieval;

namespace NewsBot.Hosting;

/// <summary>
/// Loads the coverage before the host starts serving, so the first question already has an index. The embedding
/// model is then loaded in the background (one throwaway query), so the first reader does not wait a second for it.
/// <para>
/// The bot (<see cref="CoverageStartup.SourcesBehind"/>) serves the generation its store published last as soon as it
/// is open, and reads the sources behind it to apply what changed while it was down, as the watcher applies a change;
/// at 100k articles that takes the source read (about half of a cold start) off the start. Without a published
/// generation, and for the verbs, the sources are read before serving.
/// </para>
/// </summary>
internal sealed class CoverageLoader(
    CoverageLibrary library,
    SentenceEmbedder embedder,
    IOptions<EmbeddingOptions> embedding,
    CoverageStartup startup,
    ILogger<CoverageLoader> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (startup.SourcesBehind && await library.OpenAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            // Runs ExecuteAsync in the background; the host's stop cancels it.
            await base.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await library.LoadAsync(cancellationToken).ConfigureAwait(false);
            ReleaseLoadMemory(logger);
        }

        if (embedding.Value.Enabled)
        {
            _ = Task.Run(() => embedder.EmbedQueryAsync("warm up", CancellationToken.None), CancellationToken.None);
        }
    }

    /// <summary>Reads the sources behind the served generation and applies what changed while the bot was down.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var summary = await library.IngestAsync(stoppingToken).ConfigureAwait(false);
            Log.Reloaded(logger, stopwatch.ElapsedMilliseconds, summary.Added.Count, summary.Updated.Count, summary.Removed.Count, summary.Skipped.Count, summary.Version[..12]);
            ReleaseLoadMemory(logger);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // As a watcher's reload: the published generation keeps serving.
            Log.ReloadFailed(logger, ex);
        }
    }

    /// <summary>
    /// Hands back to the system what the load needed only while it ran: the sources' articles, parsed and compared against
    /// the store's, are garbage once it ends, but the collector keeps the memory it grew to, and a bot that then only
    /// answers questions allocates too little to give it back. One aggressive collection, once, at the end of the load.
    /// </summary>
    private static void ReleaseLoadMemory(ILogger logger)
    {
        var before = GC.GetGCMemoryInfo().TotalCommittedBytes;
        var stopwatch = Stopwatch.StartNew();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var after = GC.GetGCMemoryInfo().TotalCommittedBytes;
        Log.LoadMemoryReleased(logger, Math.Max(0, before - after) >> 20, after >> 20, stopwatch.ElapsedMilliseconds);
    }
}

using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Retrieval;
using Npgsql;

namespace NewsBot.Replication;

/// <summary>
/// Keeps this instance's local store (the embedded store in its own <c>Coverage:DataDirectory</c>) a replica of the
/// coverage in PostgreSQL. The store publishes each batch as the generation of the last change-log row in it, so the
/// generation it opens after a restart is where catching up resumes; an empty data directory starts from generation 0
/// and bootstraps from the whole log. Vectors come from the database with the articles: no sentence is embedded here.
/// <para>
/// Start-up opens the local store and catches up before the host serves; with the database down it serves what the
/// local store holds and keeps trying. Afterwards a <c>LISTEN</c> on its own
/// connection wakes the catch-up at each commit; when that connection drops, the log is polled every
/// <see cref="ReplicationOptions.PollSeconds"/> until it is back (the poll also runs while listening, as a safety net
/// costing one indexed query).
/// </para>
/// </summary>
public sealed class CoverageReplica(
    CoverageLibrary library,
    ChangeFeed feed,
    NpgsqlDataSource dataSource,
    IOptions<ReplicationOptions> options,
    ILogger<CoverageReplica> logger) : BackgroundService
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>The generation being served; 0 before anything was applied.</summary>
    public long Generation => library.Current?.Generation ?? 0;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await library.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await CoverageSchema.EnsureAsync(dataSource, cancellationToken).ConfigureAwait(false);
            Log.ReplicaStarting(logger, Generation, await feed.LatestAsync(cancellationToken).ConfigureAwait(false));
            await CatchUpAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            // The database is down: serve the replica this instance already has (if any) and keep trying in the background.
            Log.CatchUpFailed(logger, Generation, ex);
        }

        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies the log from the generation served to its end, a batch at a time, and tells what that took. The next
    /// batch is read from the database while the store applies the current one; <see cref="CatchUp.Read"/> counts only
    /// the time spent waiting for a read.
    /// </summary>
    public async Task<CatchUp> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        var total = new CatchUp();
        var next = feed.ReadAsync(Generation, options.Value.BatchSize, cancellationToken);
        try
        {
            while (true)
            {
                var waiting = Stopwatch.GetTimestamp();
                var batch = await next.ConfigureAwait(false);
                var read = Stopwatch.GetElapsedTime(waiting);
                if (batch.IsEmpty)
                {
                    if (library.Current is null)
                    {
                        // An empty database: serve the empty coverage rather than "loading" forever.
                        await library.ApplyAsync([], 0, cancellationToken).ConfigureAwait(false);
                    }

                    return total with { Read = total.Read + read };
                }

                next = feed.ReadAsync(batch.Through, options.Value.BatchSize, cancellationToken);
                var changes = batch.Upserts
                    .Select(u => CoverageChange.Put(u.Article, u.Fingerprint, u.Vectors))
                    .Concat(batch.Removed.Select(CoverageChange.Remove))
                    .ToList();
                var applying = Stopwatch.GetTimestamp();
                await library.ApplyAsync(changes, batch.Through, cancellationToken).ConfigureAwait(false);
                var apply = Stopwatch.GetElapsedTime(applying);
                total = new CatchUp { Changes = total.Changes + changes.Count, Read = total.Read + read, Apply = total.Apply + apply };
                Log.ReplicaApplied(logger, batch.Through, batch.Upserts.Count, batch.Removed.Count, (long)read.TotalMilliseconds, (long)apply.TotalMilliseconds);
            }
        }
        finally
        {
            // A read still under way when an apply failed is finished (and its outcome dropped) before returning.
            await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listening = Task.Run(() => ListenAsync(stoppingToken), stoppingToken);
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
                {
                    timeout.CancelAfter(poll);
                    try
                    {
                        await _wake.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                    {
                        // The poll interval passed without a notification.
                    }
                }

                try
                {
                    await CatchUpAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    Log.CatchUpFailed(logger, Generation, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }

        await listening.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>Listens for commits on a connection of its own, reconnecting after a failure; each one wakes the catch-up.</summary>
    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken).ConfigureAwait(false);
                connection.Notification += (_, _) => _wake.Writer.TryWrite(true);
                await using (var listen = new NpgsqlCommand($"listen {CoverageSchema.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                }

                // A commit between the last catch-up and the LISTEN would go unannounced: catch up once more.
                _wake.Writer.TryWrite(true);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Log.ListenLost(logger, ex.Message, options.Value.PollSeconds);
                await Task.Delay(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}

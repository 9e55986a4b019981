using NewsBot.Bot;

namespace NewsBot.Hosting;

/// <summary>
/// In the Postgres profile: at start (which creates the shared state tables if no instance has yet) and then once a
/// minute, deletes the conversations idle past <c>Bot:ConversationIdleMinutes</c> and the rate buckets idle for a minute. Every instance sweeps; the deletes are idempotent, so the fleet needs no coordinator.
/// A database that is down at start or during a sweep is logged and tried again at the next tick.
/// </summary>
public sealed class StateSweeper(PostgresStorage storage, PostgresRateLimiter rateLimiter, TimeProvider timeProvider, ILogger<StateSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, timeProvider);
        do
        {
            try
            {
                var conversations = await storage.RemoveExpiredAsync(stoppingToken).ConfigureAwait(false);
                var buckets = await rateLimiter.RemoveIdleAsync(stoppingToken).ConfigureAwait(false);
                Log.StateSwept(logger, conversations, buckets);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A background sweep: a failure (the database down) is logged and the next tick tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.SweepFailed(logger, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}

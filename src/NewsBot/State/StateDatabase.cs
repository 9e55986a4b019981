using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace NewsBot.State;

/// <summary>
/// The PostgreSQL database a fleet of instances shares its state in. Work runs through <see cref="RunAsync{T}"/>: on
/// a pooled connection, after the tables exist (<see cref="StateSchema"/>, created once per process on first use and
/// tried again after a failure), with every failure to reach the database turned into one exception,
/// <see cref="StateUnavailableException"/>, that the turn boundary answers with 503.
/// </summary>
public sealed class StateDatabase(NpgsqlDataSource dataSource, ILogger<StateDatabase> logger) : IDisposable
{
    /// <summary>
    /// A data source for the state on the database named by <paramref name="connectionString"/>, whose commits do not
    /// wait for the write-ahead log to reach the disk (<c>synchronous_commit=off</c>). A turn's memory and rate counts
    /// are worth less than a disk flush each: measured here, the flush took 3 of a turn's 3.6 ms of writes. A crash of
    /// the database loses at most its last fraction of a second of such commits (about 3 × <c>wal_writer_delay</c>),
    /// never their consistency; ETag checks are unaffected, and other work on the same database keeps its own setting.
    /// </summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        settings.Options = string.Join(' ', new[] { settings.Options, "-c synchronous_commit=off" }.Where(o => !string.IsNullOrWhiteSpace(o)));
        return NpgsqlDataSource.Create(settings);
    }

    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    /// <summary>Runs <paramref name="work"/> on an open connection.</summary>
    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);

        try
        {
            await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                return await work(connection, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            // Logged once, by whoever answers for it: the endpoint's 503, the sweeper's retry.
            throw new StateUnavailableException("The shared state database is unavailable: " + ex.Message, ex);
        }
    }

    /// <summary>Creates the tables if they are missing; a no-op once done in this process.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            var started = Stopwatch.GetTimestamp();
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({StateSchema.LockKey}); {StateSchema.Create}", connection, transaction);
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            _schemaReady = true;
            Log.SchemaReady(logger, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    public void Dispose() => _schemaGate.Dispose();

    private static bool IsUnavailable(Exception ex, CancellationToken cancellationToken) =>
        ex is NpgsqlException or SocketException or TimeoutException
        || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);
}

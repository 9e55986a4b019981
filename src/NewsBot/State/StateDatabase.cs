using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace NewsBot.State;

/// <summary>
/// The PostgreSQL database a fleet of instances shares its state in. Work runs through <see cref="RunAsync{T}"/>: on
/// a pooled connection, after the tables exist (<see cref="StateSchema"/>, created once per process on first use and
/// tried again after a failure), with every failure to reach the database turned into one exception,
/// <see cref="StateUnavailableException"/>, that the turn boundary answers with 503. A database that did not answer
/// in time is not asked again for <c>holdAfterTimeout</c>: meanwhile work fails at once, so a hung database costs each
/// turn nothing instead of a connect timeout, and the requests waiting on it do not pile up.
/// </summary>
public sealed class StateDatabase(NpgsqlDataSource dataSource, ILogger<StateDatabase> logger, TimeProvider? timeProvider = null, TimeSpan holdAfterTimeout = default) : IDisposable
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
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private volatile bool _schemaReady;
    private long _heldUntil;
    private string _heldReason = string.Empty;

    /// <summary>Runs <paramref name="work"/> on an open connection.</summary>
    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);

        if (_time.GetTimestamp() < Volatile.Read(ref _heldUntil))
        {
            throw new StateUnavailableException("The shared state database did not answer in time, so it is not asked again for a while: " + _heldReason);
        }

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
            if (holdAfterTimeout > TimeSpan.Zero && IsTimeout(ex))
            {
                _heldReason = ex.Message;
                Volatile.Write(ref _heldUntil, _time.GetTimestamp() + (long)(holdAfterTimeout.TotalSeconds * _time.TimestampFrequency));
            }

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

    private static bool IsTimeout(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnavailable(Exception ex, CancellationToken cancellationToken) =>
        ex is NpgsqlException or SocketException or TimeoutException
        || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);
}

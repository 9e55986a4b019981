using System.Diagnostics;
using System.IO.Hashing;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Retrieval;

namespace NewsBot.Hosting;

/// <summary>
/// Reloads the coverage when its sources change, so answers follow the folders without a restart. File-system events
/// trigger a reload once the folder has been quiet for <see cref="Quiet"/> (an editor's save or a copy of many files
/// is one change); a periodic rescan of names, sizes and times catches what events miss. A failed reload is logged and
/// the previous index keeps serving.
/// <para>
/// The watcher listens from <see cref="StartingAsync"/>, which the host runs for every service before any starts, so a
/// file written while the loader reads the sources or the moment the host has started is an event, never missed. (Since
/// .NET 10 all of <see cref="ExecuteAsync"/> runs on the thread pool after the host has started: listening there came
/// too late.) The loop, and its fingerprint of the folders, start with the service, after the loader has started, so a
/// loader that fails leaves no reload running; its listening ends when the host stops.
/// </para>
/// </summary>
internal sealed class CoverageWatcher(CoverageLibrary library, IOptions<CoverageOptions> options, TimeProvider time, ILogger<CoverageWatcher> logger) : BackgroundService, IHostedLifecycleService
{
    /// <summary>How long the sources must stay unchanged before a reload starts.</summary>
    internal static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    /// <summary>The longest a stream of changes may hold a reload back.</summary>
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private List<FileSystemWatcher> _watchers = [];

    /// <summary>Listens before any service starts, the loader included.</summary>
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Watch)
        {
            _watchers = Watch(settings);
            Log.Watching(logger, settings.Folders.Count + settings.Corpora.Count, settings.RescanSeconds);
        }

        return Task.CompletedTask;
    }

    public override Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.Watch ? base.StartAsync(cancellationToken) : Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        StopListening();
    }

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Dispose()
    {
        StopListening();
        base.Dispose();
    }

    private void StopListening()
    {
        _watchers.ForEach(w => w.Dispose());
        _watchers = [];
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        try
        {
            // A change made since the watchers began listening is an event already waiting: the fingerprint, taken here
            // off the start-up path, need not predate it.
            var fingerprint = Fingerprint(settings);
            var rescan = TimeSpan.FromSeconds(settings.RescanSeconds);
            while (!stoppingToken.IsCancellationRequested)
            {
                var changed = await WaitForChangeAsync(rescan, stoppingToken).ConfigureAwait(false);
                if (changed)
                {
                    await SettleAsync(stoppingToken).ConfigureAwait(false);
                }

                var current = Fingerprint(settings);
                if (!changed && current == fingerprint)
                {
                    continue;
                }

                fingerprint = current;
                await ReloadAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var summary = await library.IngestAsync(cancellationToken).ConfigureAwait(false);
            if (summary.Added.Count + summary.Updated.Count + summary.Removed.Count > 0 || summary.Rebuilt)
            {
                Log.Reloaded(logger, stopwatch.ElapsedMilliseconds, summary.Added.Count, summary.Updated.Count, summary.Removed.Count, summary.Skipped.Count, summary.Version[..12]);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The watcher is a turn boundary of its own: whatever went wrong, the previous index keeps serving.
            Log.ReloadFailed(logger, ex);
        }
    }

    /// <summary>True when a file-system event arrived, false when the rescan period passed without one.</summary>
    private async Task<bool> WaitForChangeAsync(TimeSpan rescan, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(rescan, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            await _changes.Reader.ReadAsync(linked.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Waits until no event arrived for <see cref="Quiet"/>, or <see cref="MaxDelay"/> at most.</summary>
    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        do
        {
            await Task.Delay(Quiet, time, cancellationToken).ConfigureAwait(false);
        }
        while (_changes.Reader.TryRead(out _) && time.GetElapsedTime(started) < MaxDelay);
    }

    private List<FileSystemWatcher> Watch(CoverageOptions settings)
    {
        var targets = settings.Folders.Select(f => (Directory: f, Filter: "*"))
            .Concat(settings.Corpora.Select(c => (Directory: Path.GetDirectoryName(c) ?? ".", Filter: Path.GetFileName(c))));
        var watchers = new List<FileSystemWatcher>();
        foreach (var (directory, filter) in targets)
        {
            try
            {
                var watcher = new FileSystemWatcher(directory, filter)
                {
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
                };
                watcher.Created += OnChanged;
                watcher.Changed += OnChanged;
                watcher.Deleted += OnChanged;
                watcher.Renamed += OnChanged;
                watcher.Error += (_, _) => _changes.Writer.TryWrite(true);
                watcher.EnableRaisingEvents = true;
                watchers.Add(watcher);
            }
            catch (Exception ex) when (ex is ArgumentException or IOException or PlatformNotSupportedException)
            {
                Log.WatchFailed(logger, directory, ex.Message);
            }
        }

        return watchers;
    }

    private void OnChanged(object sender, FileSystemEventArgs e) => _changes.Writer.TryWrite(true);

    /// <summary>A hash of every source file's name, size and last write time; 0 when the folders cannot be listed.</summary>
    private static ulong Fingerprint(CoverageOptions settings)
    {
        try
        {
            return FingerprintOf(settings);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static ulong FingerprintOf(CoverageOptions settings)
    {
        var files = settings.Folders.Where(Directory.Exists).SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.TopDirectoryOnly))
            .Concat(settings.Corpora)
            .Select(path => new FileInfo(path))
            .Where(f => f.Exists)
            .OrderBy(f => f.FullName, StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var file in files)
        {
            text.Append(file.FullName).Append('|').Append(file.Length).Append('|').Append(file.LastWriteTimeUtc.Ticks).Append('\n');
        }

        return XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(text.ToString()));
    }
}

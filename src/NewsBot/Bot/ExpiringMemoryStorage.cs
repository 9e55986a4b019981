using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace NewsBot.Bot;

/// <summary>
/// Conversation state in the process, forgotten when idle: the Bot Framework's <see cref="MemoryStorage"/> (which keeps
/// every conversation for the life of the process) over a dictionary this class prunes. An entry untouched for
/// <see cref="BotOptions.ConversationIdleMinutes"/> is dropped, and beyond <see cref="BotOptions.MaxConversations"/>
/// entries the least recently used go first, so memory is bounded by the cap whatever the number of conversation ids.
/// Reads and writes both count as use; pruning runs on every read and write and once a minute, in O(1) per dropped entry (a list in use order).
/// A timed sweep that drops a flood of conversations also runs one aggressive garbage collection, so the memory goes
/// back to the system rather than staying with an idle process.
/// </summary>
public sealed class ExpiringMemoryStorage : IStorage, IDisposable
{
    /// <summary>A timed sweep that forgets at least this many conversations also returns their memory to the system.</summary>
    private const int CollectAfterForgetting = 1_000;

    private readonly Dictionary<string, JObject> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinkedListNode<(string Key, long Touched)>> _nodes = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, long Touched)> _byUse = new();
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly MemoryStorage _inner;
    private readonly TimeProvider _time;
    private readonly TimeSpan _idle;
    private readonly int _capacity;
    private readonly ITimer _sweeper;

    public ExpiringMemoryStorage(IOptions<BotOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);

        _inner = new MemoryStorage(_entries);
        _time = time;
        _idle = TimeSpan.FromMinutes(options.Value.ConversationIdleMinutes);
        _capacity = options.Value.MaxConversations;

        // Pruning also runs on a timer, so a burst of conversations followed by silence is still forgotten.
        var period = TimeSpan.FromMinutes(Math.Min(1, options.Value.ConversationIdleMinutes));
        _sweeper = time.CreateTimer(_ => Sweep(), null, period, period);
    }

    /// <summary>Entries held now.</summary>
    public int Count
    {
        get
        {
            _lock.Wait();
            try
            {
                return _entries.Count;
            }
            finally
            {
                _lock.Release();
            }
        }
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Prune();
            Array.ForEach(keys, k => Touch(k, add: false));
            return await _inner.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _inner.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
            foreach (var key in changes.Keys)
            {
                Touch(key, add: true);
            }

            Prune();
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _inner.DeleteAsync(keys, cancellationToken).ConfigureAwait(false);
            Array.ForEach(keys, Forget);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose()
    {
        _sweeper.Dispose();
        _lock.Dispose();
    }

    private void Sweep()
    {
        try
        {
            _lock.Wait();
        }
        catch (ObjectDisposedException)
        {
            // A last tick racing the host's shutdown.
            return;
        }

        int forgotten;
        try
        {
            forgotten = Prune();
        }
        finally
        {
            _lock.Release();
        }

        // A flood of conversations that has just expired leaves the garbage collector holding the memory it took, and an
        // idle bot allocates too little to collect it; one aggressive collection hands it back to the system.
        if (forgotten >= CollectAfterForgetting)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    private void Touch(string key, bool add)
    {
        if (_nodes.Remove(key, out var node))
        {
            _byUse.Remove(node);
        }
        else if (!add)
        {
            return;
        }

        _nodes[key] = _byUse.AddLast((key, _time.GetTimestamp()));
    }

    /// <summary>Forgets the idle and the excess; returns how many.</summary>
    private int Prune()
    {
        var forgotten = 0;
        while (_byUse.First is { } oldest && (_nodes.Count > _capacity || _time.GetElapsedTime(oldest.Value.Touched) > _idle))
        {
            Forget(oldest.Value.Key);
            forgotten++;
        }

        return forgotten;
    }

    private void Forget(string key)
    {
        _entries.Remove(key);
        if (_nodes.Remove(key, out var node))
        {
            _byUse.Remove(node);
        }
    }
}

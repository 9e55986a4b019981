using Microsoft.Bot.Builder;

namespace NewsBot.Tests.Infrastructure;

/// <summary>
/// Real storage whose reads, once <see cref="Arm"/>ed, each wait after reading until <c>count</c> reads have been done:
/// the turns that read then all hold the same state before any of them saves, as two simultaneous turns may.
/// Only the timing is changed; every read and write goes to the real store.
/// </summary>
internal sealed class ReadGate
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _count;
    private int _arrived;

    public void Arm(int count) => Volatile.Write(ref _count, count);

    public IStorage Wrap(IStorage inner) => new GatedStorage(inner, this);

    private async Task ArriveAsync()
    {
        var count = Volatile.Read(ref _count);
        if (count == 0)
        {
            return;
        }

        var arrived = Interlocked.Increment(ref _arrived);
        if (arrived == count)
        {
            _all.TrySetResult();
        }

        if (arrived <= count)
        {
            await _all.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    private sealed class GatedStorage(IStorage inner, ReadGate gate) : IStorage
    {
        public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            var items = await inner.ReadAsync(keys, cancellationToken);
            await gate.ArriveAsync();
            return items;
        }

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}

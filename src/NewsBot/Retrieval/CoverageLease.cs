namespace NewsBot.Retrieval;

/// <summary>
/// A reader's hold on the coverage being served (<see cref="CoverageLibrary.Acquire"/>): the index stays open until
/// the lease is disposed, even if a reload swaps in a newer one meanwhile. <see cref="Index"/> is null before the
/// first load.
/// </summary>
public sealed class CoverageLease : IDisposable
{
    private CoverageIndex? _held;

    internal CoverageLease(CoverageIndex? index)
    {
        Index = index;
        _held = index;
    }

    public CoverageIndex? Index { get; }

    public void Dispose() => Interlocked.Exchange(ref _held, null)?.Release();
}

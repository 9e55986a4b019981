namespace NewsBot.Retrieval.Mapped;

/// <summary>
/// An opened input's hold on its <see cref="MappedFile"/>, which the input's clones share (Lucene never closes a
/// clone; closing the input it came from ends them all). Reads go through <see cref="Address"/>, which is null once the
/// hold is released, so a read after close throws instead of touching memory that may be unmapped. Nothing tracks the
/// clones themselves: a clone is a plain copy of the input, with no weak handle for the collector to scan.
/// <para>
/// Closing an input while another thread still reads it or its clones is outside Lucene's contract (as with Lucene's
/// own memory-mapped reads); the store never does it, since a generation's reader is closed only when the last lease on
/// it is released (<see cref="CoverageLease"/>).
/// </para>
/// </summary>
internal sealed unsafe class MappedHold(MappedFile file)
{
    private int _released;

    public MappedFile File { get; } = file;

    /// <summary>The file's first byte in memory, or null once released.</summary>
    public byte* Address { get; private set; } = file.Address;

    public void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            Address = null;
            File.Release();
        }
    }
}

using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsBot.Retrieval.Mapped;

/// <summary>
/// Opens the files inside a compound file (<c>.cfs</c>) as slices of its one mapping. The slicer holds the mapping and so
/// does every slice it opened, each with a hold of its own: the file is unmapped once the slicer and all of them are
/// closed, in whatever order Lucene closes them.
/// </summary>
internal sealed class MappedSlicer(MappedFile file) : LuceneDirectory.IndexInputSlicer
{
    private readonly MappedHold _hold = new(file);

    public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (offset > file.Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"The slice {sliceDescription} [{offset}, {offset + length}) ends past {file.Path} ({file.Length} bytes).");
        }

        if (!HoldsFile() || !file.TryHold())
        {
            throw new ObjectDisposedException(file.Path, "The compound file is closed.");
        }

        return new MappedInput($"MappedInput({sliceDescription} in path=\"{file.Path}\" slice={offset}:{offset + length})", new MappedHold(file), offset, length);
    }

    [Obsolete("Only for reading compound files of Lucene 3.x indexes.")]
    public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, file.Length);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hold.Release();
        }
    }

    private unsafe bool HoldsFile() => _hold.Address != null;
}

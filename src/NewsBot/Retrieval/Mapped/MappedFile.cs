using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;

namespace NewsBot.Retrieval.Mapped;

/// <summary>
/// One Lucene file mapped read-only into memory, whole, as one view: shared by every input that reads it (the input
/// opened on it, or a compound file's slicer and its slices) and unmapped when the last of them lets go. The file's
/// descriptor is closed as soon as the view exists; the kernel keeps the mapping, and with it a deleted file's pages,
/// until it is unmapped.
/// </summary>
internal sealed unsafe class MappedFile
{
    /// <summary>What an empty file (which cannot be mapped) reads through: never read, only not null.</summary>
    private static readonly byte* EmptyFile = (byte*)NativeMemory.AllocZeroed(1);

    private readonly MemoryMappedViewAccessor? _view;
    private int _holds = 1;

    private MappedFile(string path, MemoryMappedViewAccessor? view, byte* address, long length)
    {
        Path = path;
        _view = view;
        Address = address;
        Length = length;
    }

    public string Path { get; }

    /// <summary>The first byte of the file in memory; valid while a hold on it is open.</summary>
    public byte* Address { get; }

    public long Length { get; }

    /// <summary>Maps <paramref name="path"/>, with one hold on it, the caller's.</summary>
    public static MappedFile Open(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        var length = stream.Length;
        if (length == 0)
        {
            return new MappedFile(path, null, EmptyFile, 0);
        }

        using var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        try
        {
            byte* address = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref address);
            return new MappedFile(path, view, address + view.PointerOffset, length);
        }
        catch
        {
            view.Dispose();
            throw;
        }
    }

    /// <summary>Another hold on the mapping (a compound file's slice); false when the last hold has already gone.</summary>
    public bool TryHold()
    {
        var holds = Volatile.Read(ref _holds);
        while (holds > 0)
        {
            var seen = Interlocked.CompareExchange(ref _holds, holds + 1, holds);
            if (seen == holds)
            {
                return true;
            }

            holds = seen;
        }

        return false;
    }

    /// <summary>Lets go of one hold; the last unmaps the file.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _holds) == 0 && _view is { } view)
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
        }
    }
}

using Lucene.Net.Store;

namespace NewsBot.Retrieval.Mapped;

/// <summary>
/// A Lucene folder whose files are read memory-mapped, like Lucene.NET's <see cref="MMapDirectory"/>, without its
/// bookkeeping of clones. Lucene.NET's mapped inputs put every clone into a weak table (Java's workaround for having no
/// way to unmap), and a question clones the term dictionary's input for every term and segment; the weak handles that
/// leaves are scanned by every collection, whose pauses grew several fold once a stream of changes had reopened the
/// reader. Here each opened file is one mapping shared by its clones and slices and counted by the inputs that own it
/// (<see cref="MappedFile"/>): it is unmapped when the input, or the compound file and every slice of it, is closed;
/// reading after that throws <see cref="ObjectDisposedException"/>. Writing, listing, syncing and locking are
/// <see cref="FSDirectory"/>'s.
/// </summary>
public sealed class MappedDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    public MappedDirectory(string path)
        : this(new DirectoryInfo(path))
    {
    }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = MappedFile.Open(Path.Combine(Directory.FullName, name));
        return new MappedInput($"MappedInput(path=\"{file.Path}\")", new MappedHold(file), 0, file.Length);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new MappedSlicer(MappedFile.Open(Path.Combine(Directory.FullName, name)));
    }
}

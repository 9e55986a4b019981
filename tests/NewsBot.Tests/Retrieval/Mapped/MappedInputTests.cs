using Lucene.Net.Store;
using NewsBot.Retrieval.Mapped;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval.Mapped;

/// <summary>
/// Inputs of <see cref="MappedDirectory"/> read the bytes Lucene wrote, at any position, through clones and compound
/// file slices, and a read after close throws rather than touching unmapped memory.
/// </summary>
public sealed class MappedInputTests
{
    private const int Values = 5_000;

    [Fact]
    public void Reads_EveryKindOfValueWritten_ReadsItBackInOrder()
    {
        using var data = new TempDirectory();
        using var directory = new MappedDirectory(data.Path);
        var values = Write(directory, "values.bin");

        using var input = directory.OpenInput("values.bin", IOContext.DEFAULT);

        foreach (var (kind, value) in values)
        {
            Assert.Equal(value, ReadValue(input, kind));
        }

        Assert.Equal(input.Length, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void Reads_AtRandomPositions_MatchPositionalReadsOfTheSameFile()
    {
        using var data = new TempDirectory();
        using var mapped = new MappedDirectory(data.Path);
        using var positional = new NIOFSDirectory(data.Path);
        Write(mapped, "values.bin");
        using var expected = positional.OpenInput("values.bin", IOContext.DEFAULT);
        using var actual = mapped.OpenInput("values.bin", IOContext.DEFAULT);
        var random = new Random(17);

        for (var i = 0; i < 2_000; i++)
        {
            var position = random.NextInt64(actual.Length - 9);
            expected.Seek(position);
            actual.Seek(position);

            switch (i % 6)
            {
                case 0: Assert.Equal(expected.ReadByte(), actual.ReadByte()); break;
                case 1: Assert.Equal(expected.ReadInt16(), actual.ReadInt16()); break;
                case 2: Assert.Equal(expected.ReadInt32(), actual.ReadInt32()); break;
                case 3: Assert.Equal(expected.ReadInt64(), actual.ReadInt64()); break;
                case 4: Assert.Equal(ReadBytes(expected, 9), ReadBytes(actual, 9)); break;
                default: Assert.Equal(Try(expected.ReadVInt32), Try(actual.ReadVInt32)); break;
            }

            Assert.Equal(expected.Position, actual.Position);
        }
    }

    [Fact]
    public void Reads_ValuesCutByTheEndOfTheFile_ThrowEndOfStream()
    {
        using var data = new TempDirectory();
        using var directory = new MappedDirectory(data.Path);
        using (var output = directory.CreateOutput("short.bin", IOContext.DEFAULT))
        {
            output.WriteBytes([0x81, 0x82, 0x83], 3);
        }

        using var input = directory.OpenInput("short.bin", IOContext.DEFAULT);

        Assert.Throws<EndOfStreamException>(() => input.ReadVInt32());
        input.Seek(1);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        input.Seek(0);
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[4], 0, 4));
        Assert.Throws<EndOfStreamException>(() => input.Seek(4));
        input.Seek(3);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void Open_EmptyFile_HasLengthZeroAndEndsAtOnce()
    {
        using var data = new TempDirectory();
        using var directory = new MappedDirectory(data.Path);
        directory.CreateOutput("empty.bin", IOContext.DEFAULT).Dispose();

        using var input = directory.OpenInput("empty.bin", IOContext.DEFAULT);

        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void Clone_ReadsFromWhereItWasMade_WithItsOwnPosition()
    {
        using var data = new TempDirectory();
        using var directory = new MappedDirectory(data.Path);
        Write(directory, "values.bin");
        using var input = directory.OpenInput("values.bin", IOContext.DEFAULT);
        input.Seek(100);
        var expected = ReadBytes(input, 50);
        input.Seek(100);

        var clone = (IndexInput)input.Clone();
        var cloned = ReadBytes(clone, 50);
        input.Seek(0);

        Assert.Equal(expected, cloned);
        Assert.Equal(150, clone.Position);
        Assert.Equal(0, input.Position);
    }

    [Fact]
    public void Slices_OfACompoundFile_ReadTheirOwnRangeAndEndThere()
    {
        using var data = new TempDirectory();
        using var directory = new MappedDirectory(data.Path);
        var bytes = Enumerable.Range(0, 10_000).Select(i => (byte)(i * 7)).ToArray();
        using (var output = directory.CreateOutput("whole.cfs", IOContext.DEFAULT))
        {
            output.WriteBytes(bytes, bytes.Length);
        }

        using var slicer = directory.CreateSlicer("whole.cfs", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("part", 1_000, 3_000);
        var clone = (IndexInput)slice.Clone();
        clone.Seek(2_990);

        Assert.Equal(3_000, slice.Length);
        Assert.Equal(bytes[1_000..4_000], ReadBytes(slice, 3_000));
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Equal(bytes[3_990..4_000], ReadBytes(clone, 10));
        Assert.Throws<EndOfStreamException>(() => clone.ReadBytes(new byte[1], 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => slicer.OpenSlice("past the end", 9_000, 1_001));
    }

    [Fact]
    public void Read_AfterTheInputIsClosed_ThrowsObjectDisposedOnItAndItsClones()
    {
        using var data = new TempDirectory();
        using var directory = new MappedDirectory(data.Path);
        Write(directory, "values.bin");
        var input = directory.OpenInput("values.bin", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        var cloneOfClone = (IndexInput)clone.Clone();

        input.Dispose();
        input.Dispose();

        Assert.Throws<ObjectDisposedException>(() => input.ReadByte());
        Assert.Throws<ObjectDisposedException>(() => clone.ReadInt32());
        Assert.Throws<ObjectDisposedException>(() => cloneOfClone.ReadBytes(new byte[8], 0, 8));
        Assert.Throws<ObjectDisposedException>(() => clone.ReadVInt64());
        Assert.Throws<ObjectDisposedException>(() => clone.Seek(0));
        Assert.Throws<ObjectDisposedException>(() => clone.Clone());
    }

    [Fact]
    public void Slices_OutliveTheSlicer_UntilEachIsClosed()
    {
        using var data = new TempDirectory();
        using var directory = new MappedDirectory(data.Path);
        Write(directory, "values.cfs");
        var slicer = directory.CreateSlicer("values.cfs", IOContext.DEFAULT);
        var first = slicer.OpenSlice("first", 0, 64);
        var second = slicer.OpenSlice("second", 64, 64);
        var firstClone = (IndexInput)first.Clone();

        using var whole = directory.OpenInput("values.cfs", IOContext.DEFAULT);
        whole.Seek(64);
        var expected = whole.ReadInt64();

        slicer.Dispose();
        first.Dispose();

        Assert.Equal(expected, second.ReadInt64());
        Assert.Throws<ObjectDisposedException>(() => first.ReadByte());
        Assert.Throws<ObjectDisposedException>(() => firstClone.ReadByte());
        Assert.Throws<ObjectDisposedException>(() => slicer.OpenSlice("third", 0, 8));
        second.Dispose();
        Assert.Throws<ObjectDisposedException>(() => second.ReadByte());
    }

    /// <summary>Writes <see cref="Values"/> values of every kind Lucene writes, small and large, and returns them in order.</summary>
    private static List<(int Kind, object Value)> Write(Lucene.Net.Store.Directory directory, string name)
    {
        var random = new Random(11);
        var values = new List<(int, object)>();
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        for (var i = 0; i < Values; i++)
        {
            var big = random.NextInt64(1L << random.Next(1, 63));
            var kind = i % 7;
            switch (kind)
            {
                case 0: values.Add((kind, (byte)big)); output.WriteByte((byte)big); break;
                case 1: values.Add((kind, (short)big)); output.WriteInt16((short)big); break;
                case 2: values.Add((kind, (int)big)); output.WriteInt32((int)big); break;
                case 3: values.Add((kind, -big)); output.WriteInt64(-big); break;
                case 4: values.Add((kind, (int)(big & int.MaxValue))); output.WriteVInt32((int)(big & int.MaxValue)); break;
                case 5: values.Add((kind, big)); output.WriteVInt64(big); break;
                default: var text = $"value {big} ünïcödé"; values.Add((kind, text)); output.WriteString(text); break;
            }
        }

        return values;
    }

    private static object ReadValue(IndexInput input, int kind) => kind switch
    {
        0 => input.ReadByte(),
        1 => input.ReadInt16(),
        2 => input.ReadInt32(),
        3 => input.ReadInt64(),
        4 => input.ReadVInt32(),
        5 => input.ReadVInt64(),
        _ => input.ReadString(),
    };

    private static byte[] ReadBytes(IndexInput input, int count)
    {
        var bytes = new byte[count];
        input.ReadBytes(bytes, 0, count);
        return bytes;
    }

    private static string Try(Func<int> read)
    {
        try
        {
            return read().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException ex)
        {
            return ex.GetType().Name;
        }
    }
}

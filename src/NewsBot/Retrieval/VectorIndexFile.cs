using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsBot.Retrieval;

/// <summary>
/// The single-file format of a <see cref="VectorIndex"/>, little-endian:
/// <code>
///   offset 0   "NBVI"                      magic
///          4   int32 version = 3
///          8   int32 d                     dimensions
///         12   int32 n                     vectors
///         16   float32[n · d]              unit rows, for the exact re-score (memory-mapped, never read whole)
///              float32[n]                  int8 scales
///              int8[n · d]                 int8 codes
///              n × (7-bit length, UTF-8)   ids
///              int32 k                     partition lists, 0 when the index is searched exactly
///              float32[k · d]              list centroids (see <see cref="VectorPartitions"/>)
///              int32[k + 1]                first row of every list, then n; rows are stored list by list
///              uint64 XxHash3                  of every byte before it
/// </code>
/// The checksum is verified whenever the file is read: garbage anywhere in it (a disk error, a stray write into the rows
/// that are otherwise only memory-mapped) is caught at load, not answered from. Hashing runs at memory speed, so the
/// cost is reading the file once (about 1.5 KB a sentence).
/// The rows come first so they sit at a fixed, aligned offset; the codes and scales are stored, not recomputed, so that
/// loading never pages in the float rows.
/// </summary>
internal static class VectorIndexFile
{
    public const int Version = 3;

    private const int ChecksumLength = sizeof(ulong);

    public const long RowsOffset = 16;

    private static ReadOnlySpan<byte> Magic => "NBVI"u8;

    public static void Write(string path, int dimensions, string[] ids, float[] scales, sbyte[] codes, Func<int, float[]> readRow, float[]? centroids, int[]? listStarts)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(directory, $"{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(Version);
                writer.Write(dimensions);
                writer.Write(ids.Length);
                for (var i = 0; i < ids.Length; i++)
                {
                    writer.Write(MemoryMarshal.AsBytes(readRow(i).AsSpan(0, dimensions)));
                }

                writer.Write(MemoryMarshal.AsBytes(scales.AsSpan()));
                writer.Write(MemoryMarshal.AsBytes(codes.AsSpan()));
                foreach (var id in ids)
                {
                    writer.Write(id);
                }

                writer.Write(listStarts is null ? 0 : listStarts.Length - 1);
                if (centroids is not null && listStarts is not null)
                {
                    writer.Write(MemoryMarshal.AsBytes(centroids.AsSpan()));
                    writer.Write(MemoryMarshal.AsBytes(listStarts.AsSpan()));
                }

                writer.Flush();
                var checksum = Checksum(stream, stream.Length);
                stream.Position = stream.Length;
                writer.Write(checksum);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Whether <paramref name="path"/> exists and is a vector index file of this build's <see cref="Version"/>.</summary>
    public static bool IsCurrent(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16);
        Span<byte> head = stackalloc byte[8];
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length
            && head[..4].SequenceEqual(Magic)
            && BitConverter.ToInt32(head[4..]) == Version;
    }

    public static (VectorIndexFileHeader Header, string[] Ids, float[] Scales, sbyte[] Codes, float[]? Centroids, int[]? ListStarts) Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var length = stream.Length - ChecksumLength;
        if (length < RowsOffset)
        {
            throw new InvalidDataException($"{path} is truncated ({length} bytes).");
        }

        var computed = Checksum(stream, length);
        stream.Position = length;
        if (reader.ReadUInt64() != computed)
        {
            throw new InvalidDataException($"{path} fails its checksum: it was damaged after it was written.");
        }

        stream.Position = 0;

        Span<byte> magic = stackalloc byte[4];
        if (reader.Read(magic) != magic.Length || !magic.SequenceEqual(Magic))
        {
            throw new InvalidDataException($"{path} is not a vector index file.");
        }

        var version = reader.ReadInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"{path} has format version {version}; this build reads version {Version}.");
        }

        var header = new VectorIndexFileHeader { Dimensions = reader.ReadInt32(), Count = reader.ReadInt32() };
        var fixedLength = RowsOffset + header.RowsByteLength + (header.Count * sizeof(float)) + ((long)header.Count * header.Dimensions);
        if (header.Dimensions < 0 || header.Count < 0 || (header.Count > 0 && header.Dimensions == 0) || length < fixedLength)
        {
            throw new InvalidDataException($"{path} is truncated or corrupt (d = {header.Dimensions}, n = {header.Count}, {length} bytes).");
        }

        stream.Position = RowsOffset + header.RowsByteLength;
        var scales = new float[header.Count];
        stream.ReadExactly(MemoryMarshal.AsBytes(scales.AsSpan()));
        var codes = new sbyte[header.Count * header.Dimensions];
        stream.ReadExactly(MemoryMarshal.AsBytes(codes.AsSpan()));
        var ids = new string[header.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = reader.ReadString();
        }

        var lists = reader.ReadInt32();
        if (lists == 0)
        {
            return (header, ids, scales, codes, null, null);
        }

        if (lists < 0 || lists > header.Count || length - stream.Position != ((long)lists * header.Dimensions * sizeof(float)) + ((lists + 1L) * sizeof(int)))
        {
            throw new InvalidDataException($"{path} has a corrupt partition table ({lists} lists).");
        }

        var centroids = new float[lists * header.Dimensions];
        stream.ReadExactly(MemoryMarshal.AsBytes(centroids.AsSpan()));
        var starts = new int[lists + 1];
        stream.ReadExactly(MemoryMarshal.AsBytes(starts.AsSpan()));
        if (starts[0] != 0 || starts[^1] != header.Count || starts.Zip(starts.Skip(1)).Any(p => p.First > p.Second))
        {
            throw new InvalidDataException($"{path} has a corrupt partition table (list offsets out of order).");
        }

        return (header, ids, scales, codes, centroids, starts);
    }

    /// <summary>XxHash3 of the first <paramref name="length"/> bytes of <paramref name="stream"/>.</summary>
    private static ulong Checksum(Stream stream, long length)
    {
        var hash = new XxHash3();
        var buffer = new byte[1 << 20];
        stream.Position = 0;
        for (var left = length; left > 0;)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                throw new EndOfStreamException();
            }

            hash.Append(buffer.AsSpan(0, read));
            left -= read;
        }

        return hash.GetCurrentHashAsUInt64();
    }
}

using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Lucene.Net.Store;

namespace NewsBot.Retrieval.Mapped;

/// <summary>
/// Reads a range of a memory-mapped file (the whole file, or a slice of a compound file) straight from memory: a read
/// is a bounds check and a load, with no system call and no buffer. Lucene's numbers are big-endian and its variable
/// length integers are 7 bits a byte, low bits first; both are decoded here from memory directly whenever the bytes
/// they may take are all in range, and through <see cref="DataInput"/>'s byte-by-byte reads (which end with
/// <see cref="EndOfStreamException"/>) near the end. A clone is a copy of the input with its own position, reading
/// through the same <see cref="MappedHold"/>.
/// </summary>
internal sealed unsafe class MappedInput : IndexInput
{
    private readonly MappedHold _hold;
    private readonly long _start;
    private readonly long _end;
    private long _position;
    private bool _isClone;

    /// <summary>An input over bytes [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of the held file; it owns the hold.</summary>
    public MappedInput(string description, MappedHold hold, long start, long length)
        : base(description)
    {
        _hold = hold;
        _start = start;
        _end = start + length;
        _position = start;
    }

    public override long Length => _end - _start;

    public override long Position
    {
        get
        {
            _ = Address;
            return _position - _start;
        }
    }

    private byte* Address => _hold.Address is var address && address != null ? address : throw Closed();

    public override void Seek(long pos)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pos);
        _ = Address;
        if (pos > _end - _start)
        {
            throw PastEnd("seek");
        }

        _position = _start + pos;
    }

    public override byte ReadByte()
    {
        var position = _position;
        if (position >= _end)
        {
            throw PastEnd("read");
        }

        var value = Address[position];
        _position = position + 1;
        return value;
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        var target = b.AsSpan(offset, len);
        var position = _position;
        if (len > _end - position)
        {
            throw PastEnd("read");
        }

        new ReadOnlySpan<byte>(Address + position, len).CopyTo(target);
        _position = position + len;
    }

    public override short ReadInt16() =>
        _end - _position >= sizeof(short) ? BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short))) : base.ReadInt16();

    public override int ReadInt32() =>
        _end - _position >= sizeof(int) ? BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int))) : base.ReadInt32();

    public override long ReadInt64() =>
        _end - _position >= sizeof(long) ? BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long))) : base.ReadInt64();

    /// <summary>One to five bytes, 7 bits each, low first; the fifth may hold only 4 bits.</summary>
    public override int ReadVInt32()
    {
        if (_end - _position < 5)
        {
            return base.ReadVInt32();
        }

        var bytes = Address + _position;
        int value = bytes[0];
        if (value < 0x80)
        {
            _position++;
            return value;
        }

        value &= 0x7F;
        for (var i = 1; i < 4; i++)
        {
            int next = bytes[i];
            value |= (next & 0x7F) << (7 * i);
            if (next < 0x80)
            {
                _position += i + 1;
                return value;
            }
        }

        int last = bytes[4];
        _position += 5;
        return (last & 0xF0) == 0 ? value | (last << 28) : throw new IOException("Invalid VInt32 detected (too many bits)");
    }

    /// <summary>One to nine bytes, 7 bits each, low first; the ninth may not have its high bit set (no negatives).</summary>
    public override long ReadVInt64()
    {
        if (_end - _position < 9)
        {
            return base.ReadVInt64();
        }

        var bytes = Address + _position;
        long value = 0;
        for (var i = 0; i < 9; i++)
        {
            long next = bytes[i];
            value |= (next & 0x7F) << (7 * i);
            if (next < 0x80)
            {
                _position += i + 1;
                return value;
            }
        }

        _position += 9;
        throw new IOException("Invalid VInt64 detected (negative values disallowed)");
    }

    public override void SkipBytes(long numBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numBytes);
        _ = Address;
        if (numBytes > _end - _position)
        {
            throw PastEnd("skip");
        }

        _position += numBytes;
    }

    public override object Clone()
    {
        _ = Address;
        var clone = (MappedInput)MemberwiseClone();
        clone._isClone = true;
        return clone;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_isClone)
        {
            _hold.Release();
        }
    }

    /// <summary>The next <paramref name="count"/> bytes, which the caller has checked are in range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Take(int count)
    {
        var bytes = new ReadOnlySpan<byte>(Address + _position, count);
        _position += count;
        return bytes;
    }

    private ObjectDisposedException Closed() => new(ToString(), "The file is closed.");

    private EndOfStreamException PastEnd(string what) =>
        new($"{what} past the end of {this} (position {_position - _start}, length {_end - _start})");
}

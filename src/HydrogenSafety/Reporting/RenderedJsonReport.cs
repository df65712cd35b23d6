using System.Buffers;

namespace HydrogenSafety.Reporting;

/// <summary>
/// One report already written as JSON, in a buffer rented from the shared array pool, so that reports can be
/// rendered on the threads that evaluate them and a writer only copies bytes, in order
/// (<see cref="JsonReportWriter.Render"/>, <see cref="JsonReportWriter.WriteRendered"/>). Dispose once written.
/// </summary>
public sealed class RenderedJsonReport : IDisposable, IBufferWriter<byte>
{
    private byte[] _buffer;
    private int _count;

    internal RenderedJsonReport(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(capacity);

    /// <summary>Whether this is one element of a report array (true) or a whole single-report document.</summary>
    public bool IsArrayElement { get; internal set; }

    /// <summary>The UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, _count);

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _count = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    void IBufferWriter<byte>.Advance(int count) => _count += count;

    Memory<byte> IBufferWriter<byte>.GetMemory(int sizeHint)
    {
        // Grown first: the buffer may be replaced.
        var start = Grow(sizeHint);
        return _buffer.AsMemory(start);
    }

    Span<byte> IBufferWriter<byte>.GetSpan(int sizeHint)
    {
        var start = Grow(sizeHint);
        return _buffer.AsSpan(start);
    }

    internal void Append(byte value)
    {
        Grow(1);
        _buffer[_count++] = value;
    }

    internal void Skip(int count)
    {
        // Drops the first bytes (the '[' the element was written after, to get the array's indentation).
        _buffer.AsSpan(count, _count - count).CopyTo(_buffer);
        _count -= count;
    }

    private int Grow(int sizeHint)
    {
        var needed = _count + Math.Max(sizeHint, 1);
        if (needed > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
            _buffer.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        return _count;
    }
}

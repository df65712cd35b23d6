using System.Buffers;
using System.Text;
using System.Text.Unicode;
using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Yaml;

/// <summary>
/// The one way input bytes become text: at most <see cref="YamlLimits.MaxFileSize"/> bytes are read, whatever
/// the stream is (a file, a device such as <c>/dev/zero</c>, a pipe, a resource), so an input that never ends is
/// refused with H2S0009 instead of exhausting memory; and the bytes must be valid UTF-8 (or UTF-16/UTF-32 after
/// their byte order mark), so two different byte sequences cannot silently become the same text.
/// </summary>
internal static class BoundedTextReader
{
    private const int ChunkSize = 81920;

    /// <summary>
    /// The text of <paramref name="stream"/>, read to its end but never past <paramref name="maxBytes"/> bytes,
    /// or <c>null</c> with <paramref name="problem"/> set (H2S0009 when there is more, H2S0001 when it is not valid UTF-8).
    /// </summary>
    /// <param name="stream">What to read; read from its current position, not disposed.</param>
    /// <param name="file">The name diagnostics give.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <param name="problem">Why there is no text.</param>
    public static string? Read(Stream stream, string file, long maxBytes, out Diagnostic? problem)
    {
        ArgumentNullException.ThrowIfNull(stream);
        problem = null;
        var bytes = ReadAtMost(stream, maxBytes + 1);
        if (bytes.Length > maxBytes)
        {
            problem = Diagnostic.Error(DiagnosticCodes.LimitExceeded, SourceSpan.Start(file),
                $"the file is larger than the limit of {maxBytes} bytes (reading stopped there)");
            return null;
        }

        return Decode(bytes, file, out problem);
    }

    /// <summary>Decodes bytes: UTF-8 (a byte order mark skipped), or UTF-16/UTF-32 after their byte order mark; invalid bytes are an error.</summary>
    internal static string? Decode(byte[] bytes, string file, out Diagnostic? problem)
    {
        problem = null;
        var (encoding, bom) = Detect(bytes);
        if (encoding is null)
        {
            return DecodeUtf8(bytes.AsSpan(bom), file, out problem);
        }

        try
        {
            return encoding.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException ex)
        {
            var at = Math.Clamp(ex.Index, 0, bytes.Length - bom);
            var prefix = Encoding.GetEncoding(encoding.CodePage).GetString(bytes, bom, at);
            problem = NotText(file, prefix, encoding.WebName);
            return null;
        }
    }

    private static string? DecodeUtf8(ReadOnlySpan<byte> bytes, string file, out Diagnostic? problem)
    {
        problem = null;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == System.Buffers.OperationStatus.Done)
            {
                return new string(chars, 0, written);
            }

            problem = NotText(file, new string(chars, 0, written), "UTF-8");
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The error at the first byte that is not text: the line and column just after the valid prefix.</summary>
    private static Diagnostic NotText(string file, string validPrefix, string encoding)
    {
        var (line, column) = new SourceText(validPrefix, file).LineColumn(validPrefix.Length);
        return Diagnostic.Error(DiagnosticCodes.FileNotFound, SourceSpan.At(file, line, column),
            $"the file is not valid {encoding} text here (save it as UTF-8)");
    }

    private static (Encoding? Encoding, int Bom) Detect(byte[] b)
    {
        if (b is [0xEF, 0xBB, 0xBF, ..])
        {
            return (null, 3);
        }

        if (b is [0xFF, 0xFE, 0x00, 0x00, ..])
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (b is [0x00, 0x00, 0xFE, 0xFF, ..])
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (b is [0xFF, 0xFE, ..])
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (b is [0xFE, 0xFF, ..])
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        return (null, 0);
    }

    private static byte[] ReadAtMost(Stream stream, long limit)
    {
        // The chunk comes from the shared pool and the buffer is sized to what a seekable stream says is left (a
        // regular file): reading a 9 KB facility file allocated an 80 KB chunk and the buffer's regrowth before.
        using var buffer = new MemoryStream(ExpectedLength(stream, limit));
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            while (buffer.Length < limit)
            {
                var want = (int)Math.Min(ChunkSize, limit - buffer.Length);
                var read = stream.Read(chunk, 0, want);
                if (read == 0)
                {
                    break;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>How many bytes a seekable stream has left (at most <paramref name="limit"/>), a starting capacity; 0 when it cannot tell.</summary>
    private static int ExpectedLength(Stream stream, long limit)
    {
        try
        {
            return stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position, 0, Math.Min(limit, ChunkSize * 64)) : 0;
        }
        catch (Exception ex) when (ex is NotSupportedException or IOException)
        {
            return 0;
        }
    }
}

using System.Text;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Tests.Yaml;

/// <summary>Every input is read through one bounded, strict reader: no input is read past the size limit, no invalid byte becomes text.</summary>
[TestFixture]
public class BoundedTextReaderTests
{
    /// <summary>A stream that never ends and counts the bytes taken from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Taken { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Taken; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            Taken += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Test]
    public void A_stream_that_never_ends_is_refused_after_the_limit_plus_one_byte()
    {
        using var endless = new EndlessStream();

        var text = BoundedTextReader.Read(endless, "pipe", 1000, out var problem);

        text.Should().BeNull();
        problem!.Code.Should().Be(DiagnosticCodes.LimitExceeded);
        problem.ToString().Should().StartWith("pipe:1:1: error H2S0009");
        endless.Taken.Should().Be(1001);
    }

    [Test]
    public void A_stream_of_exactly_the_limit_is_read()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("a: b"));

        BoundedTextReader.Read(stream, "f", 4, out var problem).Should().Be("a: b");
        problem.Should().BeNull();
    }

    [Test]
    public void Invalid_utf8_is_an_error_at_the_line_and_column_of_the_first_bad_byte()
    {
        byte[] bytes = [.. "facility:\n  id: a"u8, 0xFF, .. "b\n"u8];

        var text = BoundedTextReader.Decode(bytes, "f.yaml", out var problem);

        text.Should().BeNull();
        problem!.Code.Should().Be(DiagnosticCodes.FileNotFound);
        problem.Span.Should().Be(SourceSpan.At("f.yaml", 2, 8));
        problem.Message.Should().Contain("not valid UTF-8");
    }

    [Test]
    public void Two_ids_differing_only_in_an_invalid_byte_do_not_load_as_the_same_text()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllBytes(path, [.. "facility:\n  id: a"u8, 0xFE, "\n"u8[0]]);
        try
        {
            var load = () => Facility.Load(path);

            load.Should().Throw<LoadException>().Which.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.FileNotFound);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_byte_order_mark_chooses_utf8_or_utf16()
    {
        BoundedTextReader.Decode([0xEF, 0xBB, 0xBF, .. "a: é"u8], "f", out _).Should().Be("a: é");
        BoundedTextReader.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a: é")], "f", out _).Should().Be("a: é");
        BoundedTextReader.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("a: é")], "f", out _).Should().Be("a: é");
    }

    [Test]
    public void A_character_device_that_never_ends_is_refused_like_a_file_too_big()
    {
        Assume.That(File.Exists("/dev/zero"), "needs /dev/zero");

        var load = () => Facility.Load("/dev/zero");

        load.Should().Throw<LoadException>().Which.Diagnostics.Should().ContainSingle()
            .Which.ToString().Should().StartWith("/dev/zero:1:1: error H2S0009");
    }
}

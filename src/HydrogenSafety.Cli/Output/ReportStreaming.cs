using System.Text;
using HydrogenSafety.Reporting;

namespace HydrogenSafety.Cli.Output;

/// <summary>
/// A report as the stream writer takes it: its JSON (an array element, or the whole single-report document) or
/// its plain text, rendered on the worker that evaluated it, and what the command needs of it besides.
/// </summary>
/// <param name="Json">The rendered JSON, or null for text.</param>
/// <param name="Text">The plain text, or null for JSON.</param>
/// <param name="Compliant">Whether the report passes the run's <c>--fail-on</c>.</param>
/// <param name="LoadWarnings">The report's load warnings (H2S05…) to print on stderr as it is taken.</param>
internal sealed record StreamedReport(RenderedJsonReport? Json, string? Text, bool Compliant, IReadOnlyList<string> LoadWarnings);

/// <summary>
/// Writes JSON and plain-text reports to standard output or a file while they are still being evaluated, one
/// report at a time: the bytes are those the whole report written at once would give (a test compares them).
/// </summary>
internal static class ReportStreaming
{
    /// <summary>
    /// Writes <paramref name="reports"/> (enumerated once, in order) as <paramref name="format"/> (json or text);
    /// false after reporting in one line when the file cannot be written.
    /// </summary>
    /// <param name="output">The file, or null or <c>-</c> for stdout.</param>
    /// <param name="format"><c>json</c> or <c>text</c>.</param>
    /// <param name="reports">The reports, already rendered (on the threads that evaluated them) as JSON or text.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Where a file that cannot be written is reported.</param>
    public static bool Write(string? output, string format, IEnumerable<StreamedReport> reports, TextWriter stdout, TextWriter stderr)
    {
        if (Commands.AuthoringOptions.IsStdout(output))
        {
            if (format == "json")
            {
                using var stream = new TextWriterStream(stdout);
                JsonReportWriter.WriteRendered(stream, reports.Select(r => r.Json!));
                stream.Flush();
            }
            else
            {
                WriteText(stdout, reports);
            }

            return true;
        }

        FileStream file;
        try
        {
            file = new FileStream(output!, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ErrorReporter.OutputFailure(stderr, $"cannot write the report to '{output}': {exception.Message}");
            return false;
        }

        // A failure while writing (a full disk) is reported like one at opening; a failure of the evaluation is not caught here.
        using (file)
        {
            var sink = new FailureTrackingStream(file);
            try
            {
                if (format == "json")
                {
                    JsonReportWriter.WriteRendered(sink, reports.Select(r => r.Json!));
                }
                else
                {
                    using var writer = new StreamWriter(sink, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
                    WriteText(writer, reports);
                }

                sink.Flush();
                return true;
            }
            catch (IOException exception) when (sink.Failed)
            {
                ErrorReporter.OutputFailure(stderr, $"cannot write the report to '{output}': {exception.Message}");
                return false;
            }
        }
    }

    private static void WriteText(TextWriter writer, IEnumerable<StreamedReport> reports)
    {
        // TextReportWriter.ToText(reports) is each report's text, separated by a blank line; control characters are
        // escaped character by character, so escaping report by report gives the same text.
        var first = true;
        foreach (var report in reports)
        {
            if (!first)
            {
                writer.Write('\n');
            }

            writer.Write(report.Text);
            first = false;
        }

        writer.Flush();
    }

    /// <summary>Passes writes to a file and remembers whether one failed, to tell a write failure from any other.</summary>
    private sealed class FailureTrackingStream(Stream inner) : Stream
    {
        public bool Failed { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner.Write(buffer, offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                inner.Write(buffer);
            }
            catch (IOException)
            {
                Failed = true;
                throw;
            }
        }

        public override void Flush() => Guard(inner.Flush);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private void Guard(Action write)
        {
            try
            {
                write();
            }
            catch (IOException)
            {
                Failed = true;
                throw;
            }
        }
    }
}

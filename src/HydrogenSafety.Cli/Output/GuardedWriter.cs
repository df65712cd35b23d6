using System.Text;

namespace HydrogenSafety.Cli.Output;

/// <summary>
/// Standard output as the commands see it: writes pass through to the real writer, and an
/// <see cref="IOException"/> while writing (<c>&gt; /dev/full</c>, a closed pipe) becomes an
/// <see cref="OutputException"/>, so that it is reported as bad output (exit 2), not as an internal error.
/// </summary>
internal sealed class GuardedWriter(TextWriter inner, string destination) : TextWriter(inner.FormatProvider)
{
    /// <summary>The writer written to.</summary>
    public TextWriter Inner { get; } = inner;

    /// <inheritdoc/>
    public override Encoding Encoding => Inner.Encoding;

    /// <inheritdoc/>
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => Inner.NewLine;
        set => Inner.NewLine = value;
    }

    /// <summary>The writer a console library should see: the real one, so that it can tell a terminal.</summary>
    public static TextWriter Unwrap(TextWriter writer) => writer is GuardedWriter guarded ? guarded.Inner : writer;

    /// <summary>Runs <paramref name="write"/>, turning an <see cref="IOException"/> into an <see cref="OutputException"/> naming <paramref name="destination"/>.</summary>
    public static void Guard(string destination, Action write)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            write();
        }
        catch (IOException exception)
        {
            throw new OutputException($"cannot write to {destination}: {exception.Message}", exception);
        }
    }

    /// <inheritdoc/>
    public override void Write(char value) => Guard(destination, () => Inner.Write(value));

    /// <inheritdoc/>
    public override void Write(string? value) => Guard(destination, () => Inner.Write(value));

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Guard(destination, () => Inner.Write(buffer, index, count));

    /// <inheritdoc/>
    public override void WriteLine(string? value) => Guard(destination, () => Inner.WriteLine(value));

    /// <inheritdoc/>
    public override void Flush() => Guard(destination, Inner.Flush);
}

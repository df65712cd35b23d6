using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Rules;

/// <summary>
/// The text of an expression (or message template) as written in a rule file, with the file position
/// of each of its characters so that errors inside the text point at the right line and column.
/// </summary>
public sealed class ExpressionSource
{
    private readonly SourceSpan[]? _positions;

    /// <summary>Creates a source whose characters map to file positions.</summary>
    /// <param name="text">The expression text (the YAML scalar's value).</param>
    /// <param name="span">The span of the whole scalar.</param>
    /// <param name="positions">Optional: the position of each character of <paramref name="text"/>, plus one for the end; when absent, positions are computed as columns after the span's start.</param>
    public ExpressionSource(string text, SourceSpan span, IReadOnlyList<SourceSpan>? positions = null)
    {
        Text = text;
        Span = span;
        if (positions is not null && positions.Count >= text.Length)
        {
            _positions = positions.ToArray();
        }
    }

    /// <summary>The expression text.</summary>
    public string Text { get; }

    /// <summary>The span of the whole scalar in the file.</summary>
    public SourceSpan Span { get; }

    /// <summary>The file position of the character at <paramref name="offset"/> in <see cref="Text"/>.</summary>
    public SourceSpan At(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        if (_positions is not null)
        {
            return _positions[Math.Min(offset, _positions.Length - 1)];
        }

        return SourceSpan.At(Span.File, Span.Line, Span.Column + offset);
    }

    /// <summary>The text.</summary>
    public override string ToString() => Text;
}

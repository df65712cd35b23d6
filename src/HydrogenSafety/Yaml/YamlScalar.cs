using HydrogenSafety.Diagnostics;
using HydrogenSafety.Rules;
using YamlDotNet.Core;

namespace HydrogenSafety.Yaml;

/// <summary>A scalar: its value, how it was written, and the file position of each character of the value.</summary>
internal sealed class YamlScalar : YamlNode
{
    private SourceSpan[]? _positions;

    public YamlScalar(string value, ScalarStyle style, bool hasStringTag, SourceText source, int tokenStart, int tokenEnd, SourceSpan span)
        : base(span, 1, 1)
    {
        Value = value;
        Style = style;
        HasStringTag = hasStringTag;
        Source = source;
        TokenStart = tokenStart;
        TokenEnd = tokenEnd;
    }

    /// <summary>The value after YAML's unquoting, escaping and folding.</summary>
    public string Value { get; }

    /// <summary>How the scalar was written (plain, quoted, literal or folded block).</summary>
    public ScalarStyle Style { get; }

    /// <summary>True for an explicit <c>!!str</c> tag.</summary>
    public bool HasStringTag { get; }

    /// <summary>The file the scalar is in.</summary>
    public SourceText Source { get; }

    /// <summary>Character index of the scalar's token (the quote, the block indicator or the first character).</summary>
    public int TokenStart { get; }

    /// <summary>Character index just after the scalar's token.</summary>
    public int TokenEnd { get; }

    /// <summary>True for a single- or double-quoted scalar.</summary>
    public bool IsQuoted => Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;

    /// <summary>True for a plain scalar without a tag: only these are read as numbers, yes/no, dates or null.</summary>
    public bool IsPlain => Style is ScalarStyle.Plain or ScalarStyle.Any && !HasStringTag;

    /// <summary>True for an empty plain value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <inheritdoc />
    public override string Description => "a value";

    /// <summary>The file position of the character at <paramref name="offset"/> of <see cref="Value"/> (the end for offsets past it).</summary>
    public SourceSpan PositionAt(int offset)
    {
        var positions = Positions();
        return positions[Math.Clamp(offset, 0, positions.Length - 1)];
    }

    /// <summary>The value as an expression source whose characters map to their file positions.</summary>
    public ExpressionSource ToExpressionSource() => new(Value, Span, Positions());

    private SourceSpan[] Positions() => _positions ??= ScalarPositions.Map(this);
}

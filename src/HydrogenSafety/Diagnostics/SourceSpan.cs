namespace HydrogenSafety.Diagnostics;

/// <summary>A place in a source file: 1-based line and column of the start, and of the end when known.</summary>
/// <param name="File">The file path as given by the caller (or a name such as <c>&lt;inline&gt;</c>).</param>
/// <param name="Line">1-based start line.</param>
/// <param name="Column">1-based start column.</param>
/// <param name="EndLine">1-based end line (same as <paramref name="Line"/> when unknown).</param>
/// <param name="EndColumn">1-based end column (same as <paramref name="Column"/> when unknown).</param>
public sealed record SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span that is a single point.</summary>
    public static SourceSpan At(string file, int line, int column) => new(file, line, column, line, column);

    /// <summary>A span for a whole file when no better place is known.</summary>
    public static SourceSpan Start(string file) => At(file, 1, 1);

    /// <summary><c>file:line:column</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}

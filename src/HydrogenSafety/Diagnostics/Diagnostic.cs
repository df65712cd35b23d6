using System.Globalization;

namespace HydrogenSafety.Diagnostics;

/// <summary>One problem found in an input file, with a stable code and a place.</summary>
/// <param name="Code">A stable code such as <c>H2S0101</c> (see <see cref="DiagnosticCodes"/>).</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong, cause first, with a "did you mean" where one helps.</param>
/// <param name="Span">Where it is.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceSpan Span)
{
    /// <summary>An error diagnostic.</summary>
    public static Diagnostic Error(string code, SourceSpan span, string message) => new(code, DiagnosticSeverity.Error, message, span);

    /// <summary>A warning diagnostic.</summary>
    public static Diagnostic Warning(string code, SourceSpan span, string message) => new(code, DiagnosticSeverity.Warning, message, span);

    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The canonical one-line form: <c>file:line:column: error H2Snnnn: message</c>.</summary>
    public override string ToString() => PrintableText.Of(string.Create(CultureInfo.InvariantCulture,
        $"{Span.File}:{Span.Line}:{Span.Column}: {(IsError ? "error" : "warning")} {Code}: {Message}"));
}

using HydrogenSafety.Diagnostics;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Coverage;

/// <summary>
/// The known clauses of one source document (a coverage file, <c>rules/&lt;pack&gt;/coverage/*.yaml</c>): what
/// rules citing it can encode, and which clauses are deliberately left out and why.
/// </summary>
public sealed record CoverageDocument
{
    /// <summary>The document, exactly as rules write <c>source.document</c>.</summary>
    public required string Document { get; init; }

    /// <summary>The edition or copies read.</summary>
    public required string Edition { get; init; }

    /// <summary>A public address of the text, when there is one.</summary>
    public string? Url { get; init; }

    /// <summary>How sure the author of the list is of it.</summary>
    public required SourceConfidence Confidence { get; init; }

    /// <summary>The clauses, in file order.</summary>
    public required IReadOnlyList<CoverageClause> Clauses { get; init; }

    /// <summary>The file, as given (<c>builtin:rules/…</c> for the built-in lists).</summary>
    public required string File { get; init; }

    /// <summary>Where <c>document:</c> is written.</summary>
    public required SourceSpan Span { get; init; }
}

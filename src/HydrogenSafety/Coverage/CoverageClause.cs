using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Coverage;

/// <summary>One clause of a source document as a coverage file lists it.</summary>
public sealed record CoverageClause
{
    /// <summary>The clause id as rules cite it, e.g. <c>Art. 6 ¶1 (iii)</c> or <c>7.3.2</c>.</summary>
    public required string Clause { get; init; }

    /// <summary>What the clause requires, in the list author's own words.</summary>
    public required string Title { get; init; }

    /// <summary>The topic (the first tag a rule encoding it would carry), e.g. <c>separation</c>.</summary>
    public required string Topic { get; init; }

    /// <summary>Why the clause is deliberately not encoded; <c>null</c> when it is encoded or its status is open.</summary>
    public NotEncodedReason? NotEncoded { get; init; }

    /// <summary>A remark on the clause, when there is one.</summary>
    public string? Note { get; init; }

    /// <summary>Where the clause is written.</summary>
    public required SourceSpan Span { get; init; }
}

using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Rules;

/// <summary>An inline test of a rule: a small facility and the outcomes it must give.</summary>
public sealed class RuleTestCase
{
    /// <summary>The case name.</summary>
    public required string Name { get; init; }

    /// <summary>The facility under test (inline, or loaded from the path relative to the rule file).</summary>
    public required Facility Facility { get; init; }

    /// <summary>Expected outcome per binding key (<c>"V,I"</c>, or <c>facility</c>); exhaustive.</summary>
    public required IReadOnlyDictionary<string, Outcome> Expect { get; init; }

    /// <summary>Optional expected number of applicable bindings.</summary>
    public int? Applicable { get; init; }

    /// <summary>Where the case starts.</summary>
    public required SourceSpan Span { get; init; }
}

using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Profiles;

/// <summary>A profile's tailoring of one rule: another severity, other parameter values.</summary>
public sealed class RuleOverride
{
    /// <summary>The severity to use instead of the rule's, if any.</summary>
    public Severity? Severity { get; init; }

    /// <summary>Parameter values to use instead of the rule's defaults.</summary>
    public IReadOnlyDictionary<string, AttributeValue> Params { get; init; } = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);

    /// <summary>Where the override is written.</summary>
    public SourceSpan? Span { get; init; }
}

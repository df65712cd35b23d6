using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation.Waivers;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Profiles;

/// <summary>
/// Selects rules in a profile's <c>include</c> or <c>exclude</c>: a rule matches when it matches every
/// field given; a field matches when any of its values does. Ids are globs; a jurisdiction matches a
/// rule that names it or names none (a rule without jurisdictions applies everywhere).
/// </summary>
public sealed class RuleSelector
{
    /// <summary>Rule id globs (<c>*</c>, <c>?</c>).</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>Tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Stages.</summary>
    public IReadOnlyList<Stage> Stages { get; init; } = [];

    /// <summary>Jurisdictions.</summary>
    public IReadOnlyList<string> Jurisdictions { get; init; } = [];

    /// <summary>Where the selector is written.</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>True when the rule matches every field given.</summary>
    public bool Matches(RuleDefinition rule) =>
        (Ids.Count == 0 || Ids.Any(g => RuleIdGlob.IsMatch(g, rule.Id)))
        && (Tags.Count == 0 || Tags.Any(t => rule.Tags.Contains(t, StringComparer.Ordinal)))
        && (Stages.Count == 0 || Stages.Any(s => rule.Stages.Contains(s)))
        && (Jurisdictions.Count == 0 || rule.Jurisdictions is not { Count: > 0 }
            || Jurisdictions.Any(j => rule.Jurisdictions.Contains(j, StringComparer.OrdinalIgnoreCase)));
}

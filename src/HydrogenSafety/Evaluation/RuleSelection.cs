using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Evaluation;

/// <summary>
/// Which rules apply to a facility at all: status (drafts only on request), jurisdiction (a rule that
/// names jurisdictions is left out for a facility of another jurisdiction, compared without case; a
/// facility that names no jurisdiction is checked against every rule, since nothing excludes it), and
/// the effective dates against the as-of date.
/// </summary>
internal static class RuleSelection
{
    public static bool IsSelected(RuleDefinition rule, Facility facility, DateOnly asOf, EngineOptions options)
    {
        if (rule.Status == RuleStatus.Draft && !options.IncludeDrafts)
        {
            return false;
        }

        if (rule.Jurisdictions is { Count: > 0 } jurisdictions && facility.Jurisdiction is { } jurisdiction
            && !jurisdictions.Contains(jurisdiction, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        if (rule.EffectiveFrom is { } from && asOf < from)
        {
            return false;
        }

        return rule.EffectiveUntil is not { } until || asOf <= until;
    }
}

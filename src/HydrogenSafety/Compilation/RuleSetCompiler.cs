using HydrogenSafety.Rules;
using NRules;

namespace HydrogenSafety.Compilation;

/// <summary>Compiles a checked rule set into one NRules network (built once, shared by every evaluation).</summary>
internal static class RuleSetCompiler
{
    /// <param name="rules">The checked rules.</param>
    /// <param name="pruneDistanceJoins">
    /// Whether two-subject rules gated by a distance bound join on the pairs within it (relation facts, see
    /// <see cref="ProximityGate"/>) rather than on the cross product of their kinds; the outcomes are the same either way.
    /// </param>
    public static CompiledRuleSet Compile(RuleSet rules, bool pruneDistanceJoins = true)
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var hazards = new Consequences.HazardCache(); // owned by this compiled set, i.e. by one engine
        var plans = rules.Checked.Select((rule, index) =>
        {
            var key = SelectionKey(rule.Definition, rules.Excluded.Contains(rule.Id));
            if (!groups.TryGetValue(key, out var group))
            {
                group = groups.Count;
                groups[key] = group;
            }

            return new RulePlan(rule, index, group, hazards);
        }).ToList();
        var gates = plans.Select(p => pruneDistanceJoins ? ProximityGate.Find(p.Rule, hazards) : null).ToList();
        // A rule that is not gated by a distance bound may still be a separation whose far pairs are settled in bulk.
        var separations = plans.Select(p => pruneDistanceJoins && gates[p.Index] is null ? SeparationGate.Find(p.Rule, hazards) : null).ToList();
        var definitions = plans.SelectMany(p => gates[p.Index] is { } gate ? PrunedRuleBuilder.Build(p, gate)
            : separations[p.Index] is not null ? PrunedRuleBuilder.BuildSeparated(p)
            : NRulesRuleBuilder.Build(p)).ToList();
        var factory = new RuleCompiler { ExpressionCompiler = FastCompiler.Instance }.Compile(definitions);
        return new CompiledRuleSet(factory, plans, groups.Count, hazards, gates, separations);
    }

    /// <summary>Everything rule selection depends on; rules with equal keys are selected together.</summary>
    private static string SelectionKey(RuleDefinition rule, bool excluded) => string.Join("|",
        rule.Status == RuleStatus.Draft ? "draft" : "live",
        excluded ? "excluded" : "in",
        string.Join(",", (rule.Jurisdictions ?? []).Select(j => j.ToUpperInvariant()).Order(StringComparer.Ordinal)),
        rule.EffectiveFrom?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "-",
        rule.EffectiveUntil?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "-");
}

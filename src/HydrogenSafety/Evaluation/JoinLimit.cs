using System.Globalization;
using HydrogenSafety.Compilation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Evaluation;

/// <summary>
/// Bounds the work of a join on one facility. NRules joins are nested loops, so a rule with several subjects binds
/// the product of its subjects' candidate counts (components of their kinds). A rule whose product exceeds
/// <see cref="MaxBindingsPerRule"/> is not run on that facility: it gets one <c>error</c> finding that says why,
/// and the other rules go on (a five-subject join over 60 components would otherwise bind 777 million times).
/// </summary>
internal static class JoinLimit
{
    /// <summary>Most bindings one rule may have on one facility (candidates, before <c>where</c> filters).</summary>
    public const long MaxBindingsPerRule = 250_000;

    /// <summary>For each plan (by index): true when its candidate bindings on this facility are within the limit.</summary>
    public static bool[] Allowed(IReadOnlyList<RulePlan> plans, Facility facility)
    {
        var byKind = CountsByKind(facility);
        var allowed = new bool[plans.Count];
        foreach (var plan in plans)
        {
            allowed[plan.Index] = Candidates(plan.Definition, byKind, facility.Components.Count) <= MaxBindingsPerRule;
        }

        return allowed;
    }

    /// <summary>The finding of a rule that was not run because of the limit.</summary>
    public static string Message(RuleDefinition rule, Facility facility)
    {
        var candidates = Candidates(rule, CountsByKind(facility), facility.Components.Count);
        return string.Create(CultureInfo.InvariantCulture,
            $"not evaluated: its {rule.Subjects.Count} subjects would bind {candidates:G3} combinations of components on this facility; the limit is {MaxBindingsPerRule:N0} per rule (split the facility into areas, or narrow the subjects' kinds)");
    }

    private static Dictionary<string, int> CountsByKind(Facility facility) =>
        facility.Components.GroupBy(c => c.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static double Candidates(RuleDefinition rule, Dictionary<string, int> byKind, int total)
    {
        if (rule.Subjects.Count < 2)
        {
            return 0;
        }

        var product = 1.0;
        foreach (var subject in rule.Subjects)
        {
            product *= subject.Kinds.Contains(SubjectDeclaration.AnyKind)
                ? total
                : subject.Kinds.Distinct(StringComparer.Ordinal).Sum(k => byKind.GetValueOrDefault(k));
        }

        return product;
    }
}

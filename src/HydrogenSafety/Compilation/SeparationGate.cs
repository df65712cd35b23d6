using HydrogenSafety.Expressions.Binding;
using HydrogenSafety.Expressions.Runtime;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Compilation;

/// <summary>
/// A two-subject rule whose one requirement is a separation, <c>distance(a, b) &gt;= R</c> (or <c>&gt;</c>, or written
/// the other way round), where the bound <c>R</c> depends on one subject (<see cref="Near"/>, "a") and the facility
/// only, and nothing else joins the two: <c>when</c> reads a only, each subject's <c>where</c> its own subject only,
/// and none reads an aggregate. Then what a binding reports is settled per component, not per pair: where a's
/// <c>when</c> is false, every pair of a is not applicable; where it is true and R is known, every pair farther apart
/// than R passes. Those pairs are recorded in bulk (<see cref="Evaluation.Proximity.SettledPairs"/>); only the others
/// (near, of unknown or measured distance, or with anything unknown or failing) go through the Rete network.
/// </summary>
/// <param name="Near">The subject the bound depends on (0 or 1; 0 when it depends on neither).</param>
/// <param name="Bound">The bound R, evaluated on a frame whose subjects are both a.</param>
/// <param name="WhenConjuncts">The top-level conjuncts of <c>when</c> (the conditions of the main rule), empty without one.</param>
/// <param name="FilterConjuncts">Per subject, the top-level conjuncts of its <c>where</c> (empty without one).</param>
internal sealed record SeparationGate(
    int Near,
    Func<EvalFrame, Value> Bound,
    IReadOnlyList<Func<EvalFrame, Value>> WhenConjuncts,
    IReadOnlyList<IReadOnlyList<Func<EvalFrame, Value>>> FilterConjuncts)
{
    /// <summary>Candidate pairs are those whose horizontal distance is at most this (R with room for the comparison tolerance).</summary>
    public static double Reach(double metres) => (Math.Max(metres, 0) * (1 + 1e-6)) + 1e-6;

    /// <summary>The gate of a rule, or null when the rule has not the shape.</summary>
    public static SeparationGate? Find(CheckedRule rule, Consequences.HazardCache hazards)
    {
        var definition = rule.Definition;
        if (definition.Subjects.Count != 2 || rule.Requirements.Count != 1 || rule.Requirements[0].Expression is not BoundComparison c)
        {
            return null;
        }

        var (distance, bound) = (c.Operator, c.Left, c.Right) switch
        {
            (">=" or ">", BoundDistance d, var r) => (d, r),
            ("<=" or "<", var r, BoundDistance d) => (d, r),
            _ => ((BoundDistance?)null, (BoundExpr?)null),
        };
        if (distance is null || distance.First is not BoundSubject s1 || distance.Second is not BoundSubject s2 || s1.Index == s2.Index)
        {
            return null;
        }

        var names = definition.Subjects.Select(s => s.Name).ToList();
        var boundUses = Uses(bound!, names, rule.Slots.Count);
        var whenUses = rule.When is null ? Use.None : Uses(rule.When, names, rule.Slots.Count);
        if (boundUses == Use.Other || whenUses == Use.Other)
        {
            return null;
        }

        // The near subject: the one the bound or when reads (they must agree), else the first.
        var near = (boundUses, whenUses) switch
        {
            (Use.Subject0 or Use.None, Use.Subject0 or Use.None) => 0,
            (Use.Subject1 or Use.None, Use.Subject1 or Use.None) => 1,
            _ => -1,
        };
        if (near < 0)
        {
            return null;
        }

        var filters = new List<IReadOnlyList<Func<EvalFrame, Value>>>();
        for (var i = 0; i < 2; i++)
        {
            var filter = rule.SubjectFilters[i];
            if (filter is null)
            {
                filters.Add([]);
                continue;
            }

            var uses = Uses(filter, names, rule.Slots.Count);
            if (uses != Use.None && uses != (i == 0 ? Use.Subject0 : Use.Subject1))
            {
                return null;
            }

            filters.Add(NRulesRuleBuilder.Conjuncts(filter).Select(f => FrameLeaves.Compile(f, hazards)).ToList());
        }

        var when = rule.When is null ? [] : NRulesRuleBuilder.Conjuncts(rule.When).Select(w => FrameLeaves.Compile(w, hazards)).ToList();
        return new SeparationGate(near, FrameLeaves.Compile(bound!, hazards), when, filters);
    }

    private enum Use
    {
        None,
        Subject0,
        Subject1,
        Other,
    }

    /// <summary>Which declarations an expression reads, as the Rete conditions would (facility alone counts as none).</summary>
    private static Use Uses(BoundExpr e, IReadOnlyList<string> names, int slots)
    {
        var leaves = new PatternLeaves(new RuleDeclarations(names, slots));
        _ = new ExpressionTranslator(leaves, new Consequences.HazardCache()).Translate(e);
        var used = leaves.Used.Where(u => u != 0).ToList();
        return used.Count switch
        {
            0 => Use.None,
            1 when used[0] == 1 => Use.Subject0,
            1 when used[0] == 2 => Use.Subject1,
            _ => Use.Other,
        };
    }
}

using HydrogenSafety.Expressions.Binding;
using HydrogenSafety.Expressions.Runtime;
using HydrogenSafety.Rules;
using HydrogenSafety.Units;

namespace HydrogenSafety.Compilation;

/// <summary>
/// A two-subject rule whose bindings only matter within a distance: a top-level conjunct
/// <c>distance(a, b) &lt; D</c> (or <c>&lt;=</c>, or written the other way round) with a constant length
/// <c>D</c>, in a subject's <c>where</c> or in <c>when</c>. Where the conjunct is false the binding is no
/// binding at all (in a <c>where</c>) or not applicable (in <c>when</c>), whatever the rest of the rule says,
/// so the compiled rule joins on the pairs for which it is not false (<see cref="Evaluation.Proximity.ProximityRelation"/>)
/// instead of the cross product of the two kinds.
/// </summary>
/// <param name="Metres">The bound D in metres.</param>
/// <param name="InWhen">True when the conjunct is in <c>when</c> (far pairs are not applicable); false in a <c>where</c> (far pairs are nothing).</param>
/// <param name="Conjunct">The conjunct, evaluated on a pair to decide exactly whether it is far.</param>
internal sealed record ProximityGate(double Metres, bool InWhen, Func<EvalFrame, Value> Conjunct)
{
    /// <summary>Candidate pairs are those whose horizontal distance is at most this (the bound, with room for the comparison tolerance).</summary>
    public double Reach => (Metres * (1 + 1e-6)) + 1e-6;

    /// <summary>The gate of a rule, or null when the rule has not the shape (two subjects, a constant bound).</summary>
    public static ProximityGate? Find(CheckedRule rule, Consequences.HazardCache hazards)
    {
        if (rule.Definition.Subjects.Count != 2)
        {
            return null;
        }

        // A gate in a where prunes more (far pairs report nothing), so it is preferred to one in when.
        foreach (var filter in rule.SubjectFilters)
        {
            if (filter is not null && Gate(filter) is { } inWhere)
            {
                return new ProximityGate(inWhere.Metres, InWhen: false, FrameLeaves.Compile(inWhere.Conjunct, hazards));
            }
        }

        return rule.When is not null && Gate(rule.When) is { } inWhen
            ? new ProximityGate(inWhen.Metres, InWhen: true, FrameLeaves.Compile(inWhen.Conjunct, hazards))
            : null;
    }

    private static (double Metres, BoundExpr Conjunct)? Gate(BoundExpr e)
    {
        foreach (var conjunct in Conjuncts(e))
        {
            if (conjunct is not BoundComparison c)
            {
                continue;
            }

            var bound = (c.Operator, c.Left, c.Right) switch
            {
                ("<" or "<=", BoundDistance d, BoundConstant k) when Pair(d) => Length(k),
                (">" or ">=", BoundConstant k, BoundDistance d) when Pair(d) => Length(k),
                _ => null,
            };
            if (bound is { } metres)
            {
                return (metres, conjunct);
            }
        }

        return null;
    }

    /// <summary>A distance between the two different subjects.</summary>
    private static bool Pair(BoundDistance d) => d.First is BoundSubject a && d.Second is BoundSubject b && a.Index != b.Index;

    private static double? Length(BoundConstant k) =>
        k.Value.Kind == RuntimeKind.Number && k.Value.Dimension == Dimension.Length && double.IsFinite(k.Value.Number) && k.Value.Number >= 0
            ? k.Value.Number
            : null;

    private static IEnumerable<BoundExpr> Conjuncts(BoundExpr e) =>
        e is BoundLogical { Operator: "and" } and ? Conjuncts(and.Left).Concat(Conjuncts(and.Right)) : [e];
}

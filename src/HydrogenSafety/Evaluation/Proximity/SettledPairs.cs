using HydrogenSafety.Compilation;
using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Expressions.Runtime;
using HydrogenSafety.Units;

namespace HydrogenSafety.Evaluation.Proximity;

/// <summary>
/// Splits the pairs of a rule with a separation gate (<see cref="SeparationGate"/>) on one facility into those whose
/// outcome is settled per component and those the Rete network must decide. Each component's subject filter, each
/// near component's <c>when</c> and bound are evaluated once, as the network's conditions and the binding evaluator
/// would: a pair is settled not applicable when the near component's <c>when</c> is false (and no filter is), settled
/// as a pass when its <c>when</c> and both filters are true, the bound is a known length, both positions are known and no
/// measured distance stands in for them, and the two are horizontally farther apart than the bound with room for the
/// comparison tolerance (<see cref="SeparationGate.Reach"/>). Anything else (near, unknown, failing) goes through the
/// network, so every outcome, message and evidence is the unpruned rule's.
/// </summary>
internal static class SettledPairs
{
    /// <summary>Coordinates beyond this (metres) are not placed: a pair with one goes through the network.</summary>
    private const double MaxCoordinate = 1e7;

    private enum State
    {
        /// <summary>A filter conjunct is false: the component binds nothing.</summary>
        Excluded,

        /// <summary>Every filter conjunct (and the whole filter) is true.</summary>
        Clean,

        /// <summary>No filter conjunct is false, some is not true.</summary>
        Matchable,

        /// <summary>An evaluation failed or threw: the component's pairs go through the network.</summary>
        Uncertain,
    }

    /// <summary>
    /// The pairs the network decides (declaration order) and, per near component, its settled pairs and the pairs the
    /// main rule would surely fire on (both filters and the near component's <c>when</c> true) whose outcome is not
    /// settled per component (unknown bound, near, measured or unplaced): those are evaluated in full in one action.
    /// </summary>
    public static (List<(ComponentFact First, ComponentFact Second)> Open, List<(ComponentFact Near, bool NotApplicable, ComponentFact[] Others, ComponentFact[][] Evaluated)> Settled) Split(
        RulePlan plan, SeparationGate gate, IReadOnlyList<ComponentFact> first, IReadOnlyList<ComponentFact> second, FacilityFact facility)
    {
        var nearSide = gate.Near == 0 ? first : second;
        var farSide = gate.Near == 0 ? second : first;
        var farState = new State[farSide.Count];
        var farPlace = new (double X, double Y)?[farSide.Count];
        for (var j = 0; j < farSide.Count; j++)
        {
            farState[j] = Filter(plan, gate, 1 - gate.Near, farSide[j], facility);
            farPlace[j] = Place(farSide[j]);
        }

        // Per near component: how its pairs go (-1 network, 0 not applicable, 1 pass if far, else evaluated; 2 evaluated), and its reach.
        var nearClass = new int[nearSide.Count];
        var nearState = new State[nearSide.Count];
        var reach = new double[nearSide.Count];
        var maxReach = 0.0;
        for (var i = 0; i < nearSide.Count; i++)
        {
            var a = nearSide[i];
            nearState[i] = Filter(plan, gate, gate.Near, a, facility);
            nearClass[i] = nearState[i] is State.Excluded or State.Uncertain ? -1 : Classify(plan, gate, a, facility, nearState[i], out reach[i]);
            if (nearClass[i] == 1)
            {
                maxReach = Math.Max(maxReach, reach[i]);
            }
        }

        var placed = new List<(int, double, double)>();
        for (var j = 0; j < farSide.Count; j++)
        {
            if (farState[j] == State.Clean && farPlace[j] is { } p)
            {
                placed.Add((j, p.X, p.Y));
            }
        }

        var grid = new SpatialGrid(maxReach, placed);
        var measured = MeasuredIds(facility);
        var open = new List<(ComponentFact, ComponentFact)>();
        var settled = new List<(ComponentFact, bool, ComponentFact[], ComponentFact[][])>();
        var nearby = new List<int>();
        var isNearby = new bool[farSide.Count];
        var others = new List<ComponentFact>();
        var evaluated = new List<ComponentFact[]>();
        for (var i = 0; i < nearSide.Count; i++)
        {
            var a = nearSide[i];
            if (nearState[i] == State.Excluded)
            {
                // No binding, unless the other side must be looked at by the network anyway.
                for (var j = 0; j < farSide.Count; j++)
                {
                    if (farState[j] == State.Uncertain && !ReferenceEquals(a, farSide[j]))
                    {
                        open.Add(Ordered(gate, a, farSide[j]));
                    }
                }

                continue;
            }

            nearby.Clear();
            var aPlace = nearClass[i] == 1 ? Place(a) : null;
            if (aPlace is { } at)
            {
                grid.Query(at.X, at.Y, nearby);
                foreach (var j in nearby)
                {
                    var b = farPlace[j]!.Value;
                    var dx = at.X - b.X;
                    var dy = at.Y - b.Y;
                    isNearby[j] = (dx * dx) + (dy * dy) <= reach[i] * reach[i];
                }
            }

            others.Clear();
            evaluated.Clear();
            var aMeasured = measured is not null && measured.Contains(a.Id);
            for (var j = 0; j < farSide.Count; j++)
            {
                var b = farSide[j];
                if (ReferenceEquals(a, b))
                {
                    continue;
                }

                var s = farState[j];
                if (s == State.Excluded && nearState[i] != State.Uncertain)
                {
                    continue;
                }

                var settle = s != State.Uncertain && nearClass[i] switch
                {
                    0 => true,
                    1 => aPlace is not null && s == State.Clean && farPlace[j] is not null && !isNearby[j]
                        && !(aMeasured && measured!.Contains(b.Id) && facility.TryGetMeasured(a.Id, b.Id, out _)),
                    _ => false,
                };
                if (settle)
                {
                    others.Add(b);
                    continue;
                }

                var pair = Ordered(gate, a, b);
                if (nearClass[i] >= 1 && s == State.Clean)
                {
                    // Both filters and a's when are true: the main rule fires on this pair and the not-applicable rule
                    // does not; its action's evaluation is done in bulk instead.
                    evaluated.Add([pair.Item1, pair.Item2]);
                }
                else
                {
                    open.Add(pair);
                }
            }

            foreach (var j in nearby)
            {
                isNearby[j] = false;
            }

            if (others.Count > 0 || evaluated.Count > 0)
            {
                settled.Add((a, nearClass[i] == 0, others.ToArray(), evaluated.ToArray()));
            }
        }

        return (open, settled);
    }

    private static (ComponentFact, ComponentFact) Ordered(SeparationGate gate, ComponentFact near, ComponentFact far) =>
        gate.Near == 0 ? (near, far) : (far, near);

    /// <summary>How the network's conditions would read the component's own subject filter.</summary>
    private static State Filter(RulePlan plan, SeparationGate gate, int subject, ComponentFact c, FacilityFact facility)
    {
        var conjuncts = gate.FilterConjuncts[subject];
        if (conjuncts.Count == 0)
        {
            return State.Clean;
        }

        try
        {
            var frame = new EvalFrame(facility, [c, c], [], null, null);
            var allTrue = true;
            foreach (var conjunct in conjuncts)
            {
                var v = conjunct(frame);
                if (v.IsError)
                {
                    return State.Uncertain;
                }

                if (v.IsFalse)
                {
                    return State.Excluded;
                }

                allTrue &= v.IsTrue;
            }

            return allTrue && plan.SubjectFilters[subject]!(frame).IsTrue ? State.Clean : State.Matchable;
        }
#pragma warning disable CA1031 // A failing condition is the network's to report: the component's pairs go there.
        catch (Exception)
#pragma warning restore CA1031
        {
            return State.Uncertain;
        }
    }

    /// <summary>
    /// 0: every pair not applicable; 1: far pairs pass (with the reach), the others with a clean far component are
    /// evaluated in bulk; 2: the bound is not a usable length, every pair with a clean far component is evaluated in
    /// bulk; -1: every pair through the network.
    /// </summary>
    private static int Classify(RulePlan plan, SeparationGate gate, ComponentFact a, FacilityFact facility, State state, out double reach)
    {
        reach = 0;
        try
        {
            var frame = new EvalFrame(facility, [a, a], [], null, null);
            var main = true;
            var allTrue = true;
            foreach (var conjunct in gate.WhenConjuncts)
            {
                var v = conjunct(frame);
                if (v.IsError)
                {
                    return -1;
                }

                main &= Logic.NotFalse(v);
                allTrue &= v.IsTrue;
            }

            var notApplicable = plan.When is { } when && Logic.IsFalse(when(frame));
            if (notApplicable)
            {
                return main ? -1 : 0;
            }

            if (!main || !allTrue || state != State.Clean || (plan.When is { } w && !w(frame).IsTrue))
            {
                return -1;
            }

            Value r;
            try
            {
                r = gate.Bound(frame);
            }
#pragma warning disable CA1031 // The binding evaluator reports the failure per pair, as the main rule's action would.
            catch (Exception)
#pragma warning restore CA1031
            {
                return 2;
            }

            if (r.Kind != RuntimeKind.Number || r.IsAdaptive || r.Dimension != Dimension.Length || !double.IsFinite(r.Number) || Math.Abs(r.Number) > MaxCoordinate)
            {
                return 2;
            }

            reach = SeparationGate.Reach(r.Number);
            return 1;
        }
#pragma warning disable CA1031 // As in Filter.
        catch (Exception)
#pragma warning restore CA1031
        {
            return -1;
        }
    }

    private static (double X, double Y)? Place(ComponentFact c) =>
        c.Component.Position is { } p && Bounded(p.X) && Bounded(p.Y) && Bounded(p.Z) ? (p.X, p.Y) : null;

    private static bool Bounded(double v) => double.IsFinite(v) && Math.Abs(v) <= MaxCoordinate;

    /// <summary>The ids of the components with a measured distance (null when there are none).</summary>
    private static HashSet<string>? MeasuredIds(FacilityFact facility)
    {
        var distances = facility.Facility.Distances;
        if (distances.Count == 0)
        {
            return null;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in distances)
        {
            ids.Add(d.First);
            ids.Add(d.Second);
        }

        return ids;
    }
}

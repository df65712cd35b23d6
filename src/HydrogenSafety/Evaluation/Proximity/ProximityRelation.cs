using HydrogenSafety.Compilation;
using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Evaluation.Proximity;

/// <summary>
/// The near pairs of one distance-gated rule on one facility: the ordered pairs of distinct candidates (components of
/// the two subjects' kinds) for which the gate (<see cref="ProximityGate"/>) is not false. Candidates are found with a
/// <see cref="SpatialGrid"/> (pairs farther apart horizontally than the bound are far, whatever their heights), plus every
/// pair with a measured distance or a component without a usable position; each candidate is decided by evaluating the
/// gate itself, so a pair is near exactly when the unpruned rule's condition would keep it.
/// </summary>
internal static class ProximityRelation
{
    /// <summary>The near pairs, in candidate order (first subject's component order, then the second's).</summary>
    public static List<(ComponentFact First, ComponentFact Second)> NearPairs(
        ProximityGate gate, IReadOnlyList<ComponentFact> first, IReadOnlyList<ComponentFact> second, FacilityFact facility)
    {
        var reach = gate.Reach;
        var placed = new List<(int, double, double)>(second.Count);
        var unplaced = new List<int>();
        for (var j = 0; j < second.Count; j++)
        {
            if (SpatialGrid.PlaceOf(second[j], reach) is { } p)
            {
                placed.Add((j, p.X, p.Y));
            }
            else
            {
                unplaced.Add(j);
            }
        }

        var grid = new SpatialGrid(reach, placed);
        var measured = MeasuredPartners(facility, second);
        var near = new List<(ComponentFact, ComponentFact)>();
        var candidates = new List<int>();
        var frame = new ComponentFact[2];
        foreach (var a in first)
        {
            candidates.Clear();
            if (SpatialGrid.PlaceOf(a, reach) is { } at)
            {
                grid.Query(at.X, at.Y, candidates);
                candidates.RemoveAll(j => !Within(at, second[j], reach));
                candidates.AddRange(unplaced);
            }
            else
            {
                candidates.AddRange(Enumerable.Range(0, second.Count));
            }

            if (measured.TryGetValue(a.Id, out var partners))
            {
                candidates.AddRange(partners);
            }

            candidates.Sort();
            var previous = -1;
            foreach (var j in candidates)
            {
                if (j == previous)
                {
                    continue;
                }

                previous = j;
                var b = second[j];
                if (ReferenceEquals(a, b))
                {
                    continue;
                }

                if (!gate.Conjunct(new EvalFrame(facility, [a, b], [], null, null)).IsFalse)
                {
                    near.Add((a, b));
                }
            }
        }

        return near;
    }

    /// <summary>The components of a subject's kinds, in facility order.</summary>
    public static List<ComponentFact> Candidates(SubjectDeclaration subject, IReadOnlyList<ComponentFact> components) =>
        subject.Kinds.Contains(SubjectDeclaration.AnyKind)
            ? [.. components]
            : components.Where(c => subject.Kinds.Contains(c.Kind, StringComparer.Ordinal)).ToList();

    private static bool Within((double X, double Y) at, ComponentFact b, double reach)
    {
        if (SpatialGrid.PlaceOf(b, reach) is not { } p)
        {
            return true;
        }

        var dx = at.X - p.X;
        var dy = at.Y - p.Y;
        return (dx * dx) + (dy * dy) <= reach * reach;
    }

    /// <summary>For each component id, the second-subject candidates it has a measured distance to (measurements win over positions).</summary>
    private static Dictionary<string, List<int>> MeasuredPartners(FacilityFact facility, IReadOnlyList<ComponentFact> second)
    {
        var result = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        if (facility.Facility.Distances.Count == 0)
        {
            return result;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < second.Count; j++)
        {
            index[second[j].Id] = j;
        }

        void Add(string from, string to)
        {
            if (index.TryGetValue(to, out var j))
            {
                if (!result.TryGetValue(from, out var list))
                {
                    result[from] = list = [];
                }

                list.Add(j);
            }
        }

        foreach (var d in facility.Facility.Distances)
        {
            Add(d.First, d.Second);
            Add(d.Second, d.First);
        }

        return result;
    }
}

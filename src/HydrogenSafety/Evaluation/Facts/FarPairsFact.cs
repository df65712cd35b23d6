namespace HydrogenSafety.Evaluation.Facts;

/// <summary>
/// For a rule gated by distance in its <c>when</c>: the candidates of its two subjects and which ordered pairs are
/// near (<see cref="NearPairFact"/>). Every other pair of distinct candidates is far, so its <c>when</c> is false: one
/// action records those not-applicable bindings (the report counts them) without the Rete network joining them.
/// </summary>
internal sealed class FarPairsFact : NRules.RuleModel.IIdentityProvider
{
    private readonly HashSet<(string, string)> _near;

    public FarPairsFact(int relation, IReadOnlyList<ComponentFact> first, IReadOnlyList<ComponentFact> second, HashSet<(string, string)> near)
    {
        Relation = relation;
        First = first;
        Second = second;
        _near = near;
    }

    /// <summary>The relation (the plan index of the gated rule).</summary>
    public int Relation { get; }

    /// <summary>The candidates of the first subject (components of its kinds).</summary>
    public IReadOnlyList<ComponentFact> First { get; }

    /// <summary>The candidates of the second subject.</summary>
    public IReadOnlyList<ComponentFact> Second { get; }

    /// <summary>How many pairs are near.</summary>
    public int NearCount => _near.Count;

    /// <summary>The far pairs: distinct candidates whose pair is not near.</summary>
    public IEnumerable<ComponentFact[]> Pairs()
    {
        foreach (var a in First)
        {
            foreach (var b in Second)
            {
                if (!ReferenceEquals(a, b) && !_near.Contains((a.Id, b.Id)))
                {
                    yield return [a, b];
                }
            }
        }
    }

    /// <summary>True when both facts describe the same candidates (the same component facts) and the same near pairs.</summary>
    public bool SameAs(FarPairsFact other) =>
        First.Count == other.First.Count && Second.Count == other.Second.Count && _near.SetEquals(other._near)
        && First.Zip(other.First).All(p => ReferenceEquals(p.First, p.Second))
        && Second.Zip(other.Second).All(p => ReferenceEquals(p.First, p.Second));

    public object GetIdentity() => ("far", Relation);

    public override string ToString() => $"far pairs of relation {Relation}";
}

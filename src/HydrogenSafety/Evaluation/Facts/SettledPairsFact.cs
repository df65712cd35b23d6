namespace HydrogenSafety.Evaluation.Facts;

/// <summary>
/// For a rule with a separation gate (<see cref="Compilation.SeparationGate"/>): the pairs of one component of the near
/// subject whose outcome is settled without the Rete network, all passes (far beyond the bound) or all not applicable
/// (its <c>when</c> is false). One action records them in bulk.
/// </summary>
internal sealed class SettledPairsFact : NRules.RuleModel.IIdentityProvider
{
    /// <param name="relation">The plan index of the gated rule.</param>
    /// <param name="near">The component of the near subject.</param>
    /// <param name="nearFirst">True when the near subject is the rule's first subject (pairs are (near, other)), false when its second.</param>
    /// <param name="notApplicable">True when the pairs are not applicable, false when they pass.</param>
    /// <param name="others">The other component of each settled pair.</param>
    /// <param name="evaluated">The pairs evaluated in full (see <see cref="Evaluated"/>).</param>
    public SettledPairsFact(int relation, ComponentFact near, bool nearFirst, bool notApplicable, ComponentFact[] others, ComponentFact[][]? evaluated = null)
    {
        Relation = relation;
        Near = near;
        NearFirst = nearFirst;
        NotApplicable = notApplicable;
        Others = others;
        Evaluated = evaluated ?? [];
    }

    /// <summary>The relation (the plan index of the gated rule).</summary>
    public int Relation { get; }

    /// <summary>The component of the near subject all these pairs share.</summary>
    public ComponentFact Near { get; }

    /// <summary>True when the pairs are not applicable; false when they pass.</summary>
    public bool NotApplicable { get; }

    /// <summary>True when <see cref="Near"/> is the first subject of every pair, false when it is the second.</summary>
    public bool NearFirst { get; }

    /// <summary>
    /// The other component of each settled pair (never changed): one reference per pair rather than an array, since the
    /// near component is the same in all (<see cref="Pair"/> gives a pair's subjects).
    /// </summary>
    public ComponentFact[] Others { get; }

    /// <summary>The two subjects of the settled pair with <paramref name="other"/>, in declaration order.</summary>
    public (ComponentFact First, ComponentFact Second) Ordered(ComponentFact other) => NearFirst ? (Near, other) : (other, Near);

    /// <summary>The subjects of the settled pair with <paramref name="other"/>, in declaration order (a new array).</summary>
    public ComponentFact[] Pair(ComponentFact other)
    {
        var (first, second) = Ordered(other);
        return [first, second];
    }

    /// <summary>
    /// The pairs whose main rule would surely fire (every filter and <c>when</c> true) but whose outcome is not settled
    /// per component (the bound is unknown, or the pair is near or measured): each is evaluated in full, as the main rule's
    /// action would, in the settled rule's one action (never changed; empty when there are none).
    /// </summary>
    public ComponentFact[][] Evaluated { get; }

    /// <summary>True when both facts hold the same component facts in the same pairs with the same outcome.</summary>
    public bool SameAs(SettledPairsFact other) =>
        ReferenceEquals(Near, other.Near) && NearFirst == other.NearFirst && NotApplicable == other.NotApplicable
        && Others.AsSpan().SequenceEqual(other.Others, ReferenceEqualityComparer.Instance) && SamePairs(Evaluated, other.Evaluated);

    private static bool SamePairs(ComponentFact[][] a, ComponentFact[][] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i][0], b[i][0]) || !ReferenceEquals(a[i][1], b[i][1]))
            {
                return false;
            }
        }

        return true;
    }

    public object GetIdentity() => ("settled", Relation, Near.Id);

    public override string ToString() => $"settled pairs of {Near.Id} in relation {Relation}";
}

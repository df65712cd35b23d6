namespace HydrogenSafety.Evaluation.Facts;

/// <summary>
/// For a rule with a separation gate (<see cref="Compilation.SeparationGate"/>): the pairs of one component of the near
/// subject whose outcome is settled without the Rete network, all passes (far beyond the bound) or all not applicable
/// (its <c>when</c> is false). One action records them in bulk.
/// </summary>
internal sealed class SettledPairsFact : NRules.RuleModel.IIdentityProvider
{
    public SettledPairsFact(int relation, ComponentFact near, bool notApplicable, ComponentFact[][] pairs, ComponentFact[][]? evaluated = null)
    {
        Relation = relation;
        Near = near;
        NotApplicable = notApplicable;
        Pairs = pairs;
        Evaluated = evaluated ?? [];
    }

    /// <summary>The relation (the plan index of the gated rule).</summary>
    public int Relation { get; }

    /// <summary>The component of the near subject all these pairs share.</summary>
    public ComponentFact Near { get; }

    /// <summary>True when the pairs are not applicable; false when they pass.</summary>
    public bool NotApplicable { get; }

    /// <summary>The pairs, each its two subjects in declaration order (never changed).</summary>
    public ComponentFact[][] Pairs { get; }

    /// <summary>
    /// The pairs whose main rule would surely fire (every filter and <c>when</c> true) but whose outcome is not settled
    /// per component (the bound is unknown, or the pair is near or measured): each is evaluated in full, as the main rule's
    /// action would, in the settled rule's one action (never changed; empty when there are none).
    /// </summary>
    public ComponentFact[][] Evaluated { get; }

    /// <summary>True when both facts hold the same component facts in the same pairs with the same outcome.</summary>
    public bool SameAs(SettledPairsFact other) =>
        ReferenceEquals(Near, other.Near) && NotApplicable == other.NotApplicable && SamePairs(Pairs, other.Pairs) && SamePairs(Evaluated, other.Evaluated);

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

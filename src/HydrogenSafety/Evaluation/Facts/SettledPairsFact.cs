namespace HydrogenSafety.Evaluation.Facts;

/// <summary>
/// For a rule with a separation gate (<see cref="Compilation.SeparationGate"/>): the pairs of one component of the near
/// subject whose outcome is settled without the Rete network, all passes (far beyond the bound) or all not applicable
/// (its <c>when</c> is false). One action records them in bulk.
/// </summary>
internal sealed class SettledPairsFact : NRules.RuleModel.IIdentityProvider
{
    public SettledPairsFact(int relation, ComponentFact near, bool notApplicable, ComponentFact[][] pairs)
    {
        Relation = relation;
        Near = near;
        NotApplicable = notApplicable;
        Pairs = pairs;
    }

    /// <summary>The relation (the plan index of the gated rule).</summary>
    public int Relation { get; }

    /// <summary>The component of the near subject all these pairs share.</summary>
    public ComponentFact Near { get; }

    /// <summary>True when the pairs are not applicable; false when they pass.</summary>
    public bool NotApplicable { get; }

    /// <summary>The pairs, each its two subjects in declaration order (never changed).</summary>
    public ComponentFact[][] Pairs { get; }

    /// <summary>True when both facts hold the same component facts in the same pairs with the same outcome.</summary>
    public bool SameAs(SettledPairsFact other)
    {
        if (!ReferenceEquals(Near, other.Near) || NotApplicable != other.NotApplicable || Pairs.Length != other.Pairs.Length)
        {
            return false;
        }

        for (var i = 0; i < Pairs.Length; i++)
        {
            if (!ReferenceEquals(Pairs[i][0], other.Pairs[i][0]) || !ReferenceEquals(Pairs[i][1], other.Pairs[i][1]))
            {
                return false;
            }
        }

        return true;
    }

    public object GetIdentity() => ("settled", Relation, Near.Id);

    public override string ToString() => $"settled pairs of {Near.Id} in relation {Relation}";
}

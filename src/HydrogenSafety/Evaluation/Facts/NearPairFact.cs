namespace HydrogenSafety.Evaluation.Facts;

/// <summary>
/// A relation fact: two components that may bind a distance-gated rule (<see cref="Compilation.ProximityGate"/>)
/// because their distance is within the rule's bound, or unknown. Computed when the facility is inserted; the
/// compiled rule joins on these instead of the cross product of its two subjects' kinds.
/// </summary>
internal sealed class NearPairFact : NRules.RuleModel.IIdentityProvider
{
    public NearPairFact(int relation, ComponentFact first, ComponentFact second)
    {
        Relation = relation;
        First = first;
        Second = second;
        Subjects = [first, second];
    }

    /// <summary>The relation (the plan index of the gated rule) this pair belongs to.</summary>
    public int Relation { get; }

    /// <summary>The rule's first subject.</summary>
    public ComponentFact First { get; }

    /// <summary>The rule's second subject.</summary>
    public ComponentFact Second { get; }

    /// <summary>The two subjects in declaration order, as an action passes them on (never changed).</summary>
    public ComponentFact[] Subjects { get; }

    /// <summary>One pair per relation and ordered pair of ids: a changed component replaces the pair with <c>Update</c>.</summary>
    public object GetIdentity() => (Relation, First.Id, Second.Id);

    public override string ToString() => $"{First.Id},{Second.Id}";
}

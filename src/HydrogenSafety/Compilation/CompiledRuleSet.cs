using NRules;

namespace HydrogenSafety.Compilation;

/// <summary>
/// The NRules session factory of a rule set and the plan of each rule. Immutable and thread-safe, but for the
/// <see cref="Hazards"/> cache, whose hits and misses give the same values.
/// </summary>
internal sealed class CompiledRuleSet
{
    private readonly Dictionary<string, (RulePlan Plan, bool NotApplicable)> _byName;

    private readonly IReadOnlyList<ProximityGate?> _gates;

    private readonly IReadOnlyList<SeparationGate?> _separations;

    public CompiledRuleSet(ISessionFactory factory, IReadOnlyList<RulePlan> plans, int selectionGroups, Consequences.HazardCache hazards,
        IReadOnlyList<ProximityGate?>? gates = null, IReadOnlyList<SeparationGate?>? separations = null)
    {
        _gates = gates ?? new ProximityGate?[plans.Count];
        _separations = separations ?? new SeparationGate?[plans.Count];
        Factory = factory;
        Hazards = hazards;
        Plans = plans;
        SelectionGroups = selectionGroups;
        _byName = new Dictionary<string, (RulePlan, bool)>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            _byName[plan.MainRuleName] = (plan, false);
            _byName[plan.NotApplicableRuleName] = (plan, true);
            _byName[plan.FarNotApplicableRuleName] = (plan, true);
            _byName[plan.SettledRuleName] = (plan, false);
        }

        ReportOrder = plans.OrderByDescending(p => (int)p.Definition.Severity).ThenBy(p => p.Definition.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// The plans in the order of their findings in a report (severity, highest first, then rule id: the first keys of
    /// <c>FindingOrder</c>), so that a report sorts each rule's findings alone instead of all of them together.
    /// </summary>
    public IReadOnlyList<RulePlan> ReportOrder { get; }

    public ISessionFactory Factory { get; }

    /// <summary>The consequence distances this rule set's hazard built-ins have worked out (thread-safe, bounded).</summary>
    public Consequences.HazardCache Hazards { get; }

    /// <summary>How many selection groups the plans fall into.</summary>
    public int SelectionGroups { get; }

    /// <summary>Rule plans by position (the same order as the rule set: by id).</summary>
    public IReadOnlyList<RulePlan> Plans { get; }

    /// <summary>The distance gate the plan's rule was pruned by (joins on relation facts), or null for an unpruned rule.</summary>
    public ProximityGate? GateOf(RulePlan plan) => _gates[plan.Index];

    /// <summary>The separation gate whose settled pairs the plan's rule records in bulk, or null.</summary>
    public SeparationGate? SeparationOf(RulePlan plan) => _separations[plan.Index];

    public RulePlan PlanOf(string nrulesRuleName) => _byName[nrulesRuleName].Plan;
}

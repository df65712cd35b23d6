using HydrogenSafety.Compilation;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Evaluation;

/// <summary>
/// The fields a finding takes from its rule (after any profile override): shared by all the findings of one rule when
/// the engine makes them (<see cref="Shared"/>), or a finding's own when it is built field by field.
/// </summary>
internal sealed class FindingRule
{
    public FindingRule()
    {
    }

    /// <summary>The shared card of a compiled rule.</summary>
    public FindingRule(RulePlan plan)
    {
        var definition = plan.Definition;
        RuleId = definition.Id;
        Title = definition.Title;
        RuleVersion = definition.Version;
        Severity = definition.Severity;
        Status = definition.Status;
        Source = definition.Source;
        Remediation = definition.Remediation;
        Translations = definition.Translations;
        Plan = plan;
        Shared = true;
    }

    /// <summary>Whether the card is a rule's, shared by findings (never changed after it is made).</summary>
    public bool Shared { get; }

    public string RuleId { get; set; } = null!;

    public string Title { get; set; } = null!;

    public string RuleVersion { get; set; } = null!;

    public Severity Severity { get; set; }

    public RuleStatus Status { get; set; }

    public Citation Source { get; set; } = null!;

    public string? Remediation { get; set; }

    public IReadOnlyDictionary<string, RuleTranslation> Translations { get; set; } = RuleDefinition.NoTranslations;

    /// <summary>For a deferred finding: the plan that renders its message and evidence on first read.</summary>
    public RulePlan? Plan { get; set; }

    /// <summary>An unshared copy, for a finding that changes one of the fields.</summary>
    public FindingRule Copy() => new()
    {
        RuleId = RuleId,
        Title = Title,
        RuleVersion = RuleVersion,
        Severity = Severity,
        Status = Status,
        Source = Source,
        Remediation = Remediation,
        Translations = Translations,
        Plan = Plan,
    };
}

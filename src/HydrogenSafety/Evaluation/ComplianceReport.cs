using HydrogenSafety.Rules;

namespace HydrogenSafety.Evaluation;

/// <summary>The result of checking one facility against a rule set.</summary>
public sealed class ComplianceReport
{
    /// <summary>The facility id.</summary>
    public required string FacilityId { get; init; }

    /// <summary>The facility file, when it came from one.</summary>
    public string? FacilityFile { get; init; }

    /// <summary>Number of rules in the rule set.</summary>
    public required int RuleCount { get; init; }

    /// <summary>Rules evaluated (selected by jurisdiction, effective dates, status and profile).</summary>
    public required int RulesEvaluated { get; init; }

    /// <summary>Rules not evaluated: other jurisdiction, not in effect, draft, or left out by the profile.</summary>
    public required int RulesNotSelected { get; init; }

    /// <summary>The profile used, if any.</summary>
    public string? Profile { get; init; }

    /// <summary>The rule set's content digest (<c>sha256:…</c>).</summary>
    public required string RuleDigest { get; init; }

    /// <summary>The date the rules were judged against.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Every finding, every outcome, in report order (severity, rule id, subjects).</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Per-rule binding counts and outcomes, by rule id.</summary>
    public required IReadOnlyList<RuleResult> RuleResults { get; init; }

    /// <summary>Warnings about the input: facility warnings, expired and stale waivers.</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> Warnings { get; init; } = [];

    /// <summary>Counts of each outcome over <see cref="Findings"/>.</summary>
    public OutcomeCounts Summary => OutcomeCounts.Of(Findings.Select(f => f.Outcome));

    /// <summary>The violations.</summary>
    public IEnumerable<Finding> Violations => Findings.Where(f => f.Outcome == Outcome.Violation);

    /// <summary>
    /// True when no enforced rule at or above <paramref name="failOn"/> is violated, in error, or
    /// (unless <paramref name="allowIndeterminate"/>) indeterminate.
    /// </summary>
    public bool IsCompliant(Severity failOn = Severity.Low, bool allowIndeterminate = false) =>
        !Findings.Any(f => f.Status == RuleStatus.Enforced && f.Severity >= failOn &&
            (f.Outcome is Outcome.Violation or Outcome.Error || (f.Outcome == Outcome.Indeterminate && !allowIndeterminate)));
}

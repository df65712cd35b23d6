namespace HydrogenSafety.Evaluation;

/// <summary>Per rule: how many bindings were evaluated and their outcomes.</summary>
/// <param name="RuleId">The rule id.</param>
/// <param name="Bindings">Bindings of the subjects evaluated (0 when the subjects matched nothing).</param>
/// <param name="Outcomes">The outcome counts over those bindings.</param>
public sealed record RuleResult(string RuleId, int Bindings, OutcomeCounts Outcomes);

using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Evaluation;

/// <summary>Loads rule and facility text and evaluates them with the real NRules engine.</summary>
internal static class EngineHarness
{
    public static ComplianceReport Evaluate(string rulesYaml, string facilityYaml, DateOnly? asOf = null)
    {
        var rules = RuleSet.Parse(rulesYaml, "rules.yaml");
        var engine = ComplianceEngine.Create(rules, new EngineOptions { AsOf = asOf ?? new DateOnly(2026, 1, 1) });
        return engine.Evaluate(Facility.Parse(facilityYaml, "facility.yaml"));
    }

    /// <summary>Outcome per binding key of one rule.</summary>
    public static Dictionary<string, Outcome> Outcomes(this ComplianceReport report, string ruleId) =>
        report.Findings.Where(f => f.RuleId == ruleId).ToDictionary(f => f.BindingKey, f => f.Outcome);

    public static Finding Single(this ComplianceReport report, string ruleId, string key) =>
        report.Findings.Single(f => f.RuleId == ruleId && f.BindingKey == key);
}

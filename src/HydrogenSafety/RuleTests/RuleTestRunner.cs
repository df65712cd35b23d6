using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;

namespace HydrogenSafety.RuleTests;

/// <summary>
/// Runs the inline tests of rules (SPEC §4): each case's facility is evaluated with the compiled rule
/// set, the rule under test always selected, and its outcomes compared with <c>expect</c>, which is
/// exhaustive: a binding the case does not list must come out not applicable.
/// </summary>
public static class RuleTestRunner
{
    /// <summary>Runs every test case of every rule in the set.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="asOf">The as-of date for <c>today</c> (default: today, UTC).</param>
    public static IReadOnlyList<RuleTestResult> Run(RuleSet rules, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var engine = ComplianceEngine.Create(rules, new EngineOptions { AsOf = asOf });
        var results = new List<RuleTestResult>();
        foreach (var rule in rules.Rules)
        {
            foreach (var test in rule.Tests)
            {
                var report = engine.EvaluateOnly(test.Facility, rule.Id);
                results.Add(new RuleTestResult(rule.Id, test.Name, Compare(rule, test, report), test.Span));
            }
        }

        return results;
    }

    private static List<string> Compare(RuleDefinition rule, RuleTestCase test, ComplianceReport report)
    {
        var failures = new List<string>();
        var byKey = report.Findings
            .Where(f => f.RuleId == rule.Id && (f.Subjects.Count > 0 || rule.IsFacilityRule))
            .GroupBy(f => f.BindingKey, StringComparer.Ordinal)
            .ToList();

        // `expect` names a binding by its subject ids joined with commas; ids that contain commas can make two
        // bindings read the same. Such a test cannot say what it means, so it fails and says why.
        foreach (var ambiguous in byKey.Where(g => g.Count() > 1).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            failures.Add($"{ambiguous.Key}: {ambiguous.Count()} bindings have this key (component ids contain commas); rename the components");
        }

        var actual = byKey.ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        foreach (var (key, expected) in test.Expect)
        {
            if (actual.TryGetValue(key, out var finding))
            {
                if (finding.Outcome != expected)
                {
                    failures.Add($"{key}: expected {OutcomeNames.Of(expected)}, got {OutcomeNames.Of(finding.Outcome)}{Detail(finding)}");
                }
            }
            else if (expected != Outcome.NotApplicable)
            {
                var known = actual.Count == 0 ? "none" : string.Join(", ", actual.Keys.Order(StringComparer.Ordinal));
                failures.Add($"{key}: expected {OutcomeNames.Of(expected)}, but no such binding was evaluated (bindings: {known})");
            }
        }

        foreach (var (key, finding) in actual.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (!test.Expect.ContainsKey(key) && finding.Outcome != Outcome.NotApplicable)
            {
                failures.Add($"{key}: came out {OutcomeNames.Of(finding.Outcome)}, but the test does not list it (expect is exhaustive){Detail(finding)}");
            }
        }

        if (test.Applicable is { } n)
        {
            var applicable = actual.Values.Count(f => f.Outcome != Outcome.NotApplicable);
            if (applicable != n)
            {
                failures.Add($"expected {n} applicable binding(s), got {applicable}");
            }
        }

        return failures;
    }

    private static string Detail(Finding f)
    {
        var parts = new List<string>();
        if (f.Missing.Count > 0)
        {
            parts.Add("missing " + string.Join(", ", f.Missing));
        }

        if (f.Error is not null)
        {
            parts.Add(f.Error);
        }

        parts.AddRange(f.Evidence.Where(e => e.Left is not null && e.Right is not null).Select(e => $"{e.Expression}: {e.Left} {e.Operator} {e.Right}"));
        return parts.Count == 0 ? string.Empty : " (" + string.Join("; ", parts) + ")";
    }
}

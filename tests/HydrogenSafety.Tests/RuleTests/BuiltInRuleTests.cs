using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;
using HydrogenSafety.RuleTests;

namespace HydrogenSafety.Tests.RuleTests;

/// <summary>Every shipped rule's inline tests, one NUnit case each, and the pack's own promises.</summary>
public class BuiltInRuleTests
{
    private static readonly Lazy<IReadOnlyList<RuleTestResult>> s_results = new(() => RuleTestRunner.Run(RuleSet.BuiltIn, new DateOnly(2026, 6, 1)));

    private static IEnumerable<TestCaseData> Cases() =>
        s_results.Value.Select(r => new TestCaseData(r).SetName($"{r.RuleId}: {r.CaseName}"));

    [TestCaseSource(nameof(Cases))]
    public void Inline_test_case_holds(RuleTestResult result) =>
        result.Failures.Should().BeEmpty($"{result.RuleId} / {result.CaseName} at {result.Span}");

    [Test]
    public void Built_in_rules_load_without_warnings() => RuleSet.BuiltIn.Warnings.Should().BeEmpty();

    [Test]
    public void Every_shipped_rule_has_a_passing_and_a_violating_case_and_a_citation()
    {
        foreach (var rule in RuleSet.BuiltIn.Rules)
        {
            var expected = rule.Tests.SelectMany(t => t.Expect.Values).ToList();
            expected.Should().Contain(Outcome.Pass, rule.Id);
            expected.Should().Contain(Outcome.Violation, rule.Id);
            rule.Source.Document.Should().NotBeNullOrWhiteSpace(rule.Id);
            rule.Source.Clause.Should().NotBeNullOrWhiteSpace(rule.Id);
            rule.Remediation.Should().NotBeNullOrWhiteSpace(rule.Id);
        }
    }
}

using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;
using HydrogenSafety.RuleTests;
using HydrogenSafety.Tests.Docs;

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
    public void The_set_for_evaluation_is_the_built_in_set_without_tests()
    {
        var full = RuleSet.BuiltIn;
        var lean = RuleSet.BuiltInForEvaluation;
        lean.Digest.Should().Be(full.Digest);
        lean.Warnings.Should().BeEmpty();
        lean.Rules.Select(r => r.Id).Should().Equal(full.Rules.Select(r => r.Id));
        lean.Tables.Select(t => t.Name).Should().Equal(full.Tables.Select(t => t.Name));
        lean.Rules.Should().OnlyContain(r => r.Tests.Count == 0);
        full.Rules.Should().OnlyContain(r => r.Tests.Count > 0);
    }

    [Test]
    public void The_set_for_evaluation_gives_byte_identical_reports()
    {
        var options = new EngineOptions { AsOf = new DateOnly(2026, 6, 1) };
        var full = ComplianceEngine.Create(RuleSet.BuiltIn, options);
        var lean = ComplianceEngine.Create(RuleSet.BuiltInForEvaluation, options);
        var report = new ReportOptions { ShowPasses = true };
        foreach (var file in Directory.GetFiles(RepositoryPaths.Of("samples", "facilities"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var facility = Facility.Load(file);
            JsonReportWriter.ToJson(lean.Evaluate(facility), report).Should().Be(JsonReportWriter.ToJson(full.Evaluate(facility), report), file);
        }
    }

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

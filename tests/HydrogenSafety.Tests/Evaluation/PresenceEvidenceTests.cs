using HydrogenSafety.Evaluation;
using HydrogenSafety.Reporting;

namespace HydrogenSafety.Tests.Evaluation;

/// <summary>
/// Issue 12 point 1 for requirements that are not comparisons: a failed <c>defined(…)</c>, <c>exists(…)</c> or
/// <c>not exists(…)</c> states what was (not) there, naming the attribute or the components found, instead of a bare
/// <c>false</c> line with the whole expression; inside <c>and</c>/<c>or</c> only the deciding one is shown. Also the
/// rest of point 1 and 3 on small rules: each failed alternative of a three-way <c>or</c> once, and a value that rounds
/// to the limit but fails.
/// </summary>
public class PresenceEvidenceTests
{
    private const string Site = """
        components:
          - { id: V, kind: storage_vessel, pressure: 20 MPa, area: a1, position: [0, 0], barrier_installed: false }
          - { id: W, kind: storage_vessel, pressure: 5 MPa, area: a1, design_pressure: 40 MPa, position: [30, 0] }
          - { id: I, kind: air_intake, position: [16.996, 0] }
          - { id: G1, kind: gas_detector, area: a2, alarm_setpoint: 20 %LFL }
          - { id: G2, kind: gas_detector, area: a1, alarm_setpoint: 40 %LFL }
        """;

    private static string Rule(string subjects, string require) => $$"""
        rules:
          - id: R
            title: test rule
            stage: storage
            severity: high
            source: { document: Test, clause: "1" }
            for: {{subjects}}
            require: "{{require}}"
        """;

    private static Finding Evaluate(string subjects, string require, string key, string site = Site) =>
        EngineHarness.Evaluate(Rule(subjects, require), site).Single("R", key);

    private static Finding EvaluateFacility(string require, string site = Site) =>
        EngineHarness.Evaluate(Rule("facility", require), site).Findings.Single(f => f.RuleId == "R");

    [Test]
    public void A_failed_defined_inside_and_names_the_attribute_that_is_not_recorded()
    {
        var f = Evaluate("{ v: storage_vessel }", "defined(v.area) and defined(v.design_pressure)", "V");

        f.Outcome.Should().Be(Outcome.Violation);
        var e = f.Evidence.Should().ContainSingle("only the failed conjunct decides").Which;
        e.Statement.Should().Be("expected V.design_pressure recorded, got not recorded");
        e.Expression.Should().Be("defined(v.design_pressure)");
        e.Operator.Should().Be("defined");
        e.Left.Should().Be("not recorded");
        f.Evidence.Should().NotContain(x => x.Left == "false");
    }

    [Test]
    public void A_failed_not_defined_shows_the_value_that_is_there()
    {
        var f = Evaluate("{ v: storage_vessel }", "not defined(v.design_pressure)", "W");

        f.Outcome.Should().Be(Outcome.Violation);
        var e = f.Evidence.Should().ContainSingle().Which;
        e.Statement.Should().Be("expected W.design_pressure not recorded, got 40 MPa");
        e.Expression.Should().Be("not defined(v.design_pressure)");
    }

    [Test]
    public void A_failed_exists_says_none_of_the_components_looked_at_satisfies_the_condition()
    {
        var f = Evaluate("{ v: storage_vessel }", "exists(gas_detector where area == v.area and alarm_setpoint <= 25 %LFL)", "V");

        f.Outcome.Should().Be(Outcome.Violation);
        var e = f.Evidence.Should().ContainSingle().Which;
        e.Statement.Should().Be("expected at least one gas_detector where area == v.area and alarm_setpoint <= 25 %LFL, found none of 2");
        e.Left.Should().Be("none");
        e.Operator.Should().Be("exists");
    }

    [Test]
    public void A_passing_exists_names_the_component_found()
    {
        var f = Evaluate("{ v: storage_vessel }", "exists(gas_detector where area == v.area)", "V");

        f.Outcome.Should().Be(Outcome.Pass);
        f.Evidence.Should().ContainSingle().Which.Statement.Should().Be("found G2 (gas_detector where area == v.area)");
    }

    [Test]
    public void A_failed_not_exists_names_every_component_found_up_to_five()
    {
        var vessels = string.Join("\n", Enumerable.Range(1, 7).Select(i => $"  - {{ id: T{i}, kind: storage_vessel, pressure: {10 + i} MPa }}"));
        var f = EvaluateFacility("not exists([storage_vessel, compressor] where pressure > 10 MPa)", "components:\n" + vessels + "\n  - { id: C, kind: compressor, pressure: 9 MPa }\n");

        f.Outcome.Should().Be(Outcome.Violation);
        var e = f.Evidence.Should().ContainSingle().Which;
        e.Statement.Should().Be("expected no [compressor, storage_vessel] where pressure > 10 MPa, found T1, T2, T3, T4, T5 and 2 more");
        e.Expression.Should().Be("not exists([storage_vessel, compressor] where pressure > 10 MPa)");
        e.Operator.Should().Be("not exists");
    }

    [Test]
    public void A_passing_not_exists_counts_what_it_looked_at()
    {
        var f = EvaluateFacility("not exists(storage_vessel where pressure > 30 MPa)");

        f.Outcome.Should().Be(Outcome.Pass);
        f.Evidence.Should().ContainSingle().Which.Statement.Should().Be("found no storage_vessel where pressure > 30 MPa (of 2)");
    }

    [TestCase("ko", "기준 V.design_pressure 기록, 실측 기록 없음")]
    [TestCase("ja", "基準 V.design_pressure 記録あり、実測 記録なし")]
    public void Defined_evidence_is_worded_in_each_report_language(string language, string statement)
    {
        var f = Evaluate("{ v: storage_vessel }", "defined(v.design_pressure)", "V");
        Words(language).Statement(f.Evidence.Single()).Should().Be(statement);
    }

    [TestCase("ko", "기준 storage_vessel 중 pressure > 10 MPa 없음, 실측 V")]
    [TestCase("ja", "基準 storage_vessel のうち pressure > 10 MPa なし、実測 V")]
    public void Not_exists_evidence_is_worded_in_each_report_language(string language, string statement)
    {
        var f = EvaluateFacility("not exists(storage_vessel where pressure > 10 MPa)");
        Words(language).Statement(f.Evidence.Single()).Should().Be(statement);
    }

    private static ReportStrings Words(string code)
    {
        ReportLanguages.TryParse(code, out var language).Should().BeTrue();
        return ReportStrings.For(language);
    }

    [Test]
    public void A_violated_three_way_or_shows_each_failed_alternative_once_as_a_comparison_with_both_sides()
    {
        var f = Evaluate("{ v: storage_vessel, i: air_intake }",
            "distance(v, i) >= 20 m or v.pressure <= 10 MPa or (v.barrier_installed == true and distance(v, i) >= 18 m) or distance(v, i) >= 20 m", "V,I");

        f.Outcome.Should().Be(Outcome.Violation);
        f.Evidence.Select(e => (e.Expression, e.Left, e.Operator, e.Right)).Should().Equal(
            ("distance(v, i) >= 20 m", "17.0 m", ">=", "20 m"),
            ("v.pressure <= 10 MPa", "20 MPa", "<=", "10 MPa"),
            ("v.barrier_installed == true", "false", "==", "true"));
        f.Evidence.Should().NotContain(e => e.Expression.Contains(" or ", StringComparison.Ordinal) || e.Expression.Contains(" and ", StringComparison.Ordinal),
            "a compound expression is never a line of the deciding evidence");
        f.EvidenceTrace.Should().Contain(e => e.Expression == "distance(v, i) >= 18 m", "the full trace keeps what did not decide");
    }

    [Test]
    public void A_value_that_rounds_to_the_limit_but_fails_says_so()
    {
        var e = Evaluate("{ v: storage_vessel, i: air_intake }", "distance(v, i) >= 17 m", "V,I").Evidence.Should().ContainSingle().Which;

        e.Statement.Should().Be("expected ≥ 17 m, got 17.0 m: short by 0.004 m");
        e.Left.Should().Be("17.0 m", "a computed value rounded to the limit keeps the digit that shows it is not the limit");
        e.Shortfall!.Value.Should().BeApproximately(0.004, 1e-12);
    }

    [Test]
    public void A_shortfall_carries_no_binary_noise_in_canonical_units()
    {
        var site = """
            components:
              - { id: V, kind: storage_vessel, position: [0, 0] }
              - { id: I, kind: air_intake, position: [16, 4] }
            """;
        var e = Evaluate("{ v: storage_vessel, i: air_intake }", "distance(v, i) >= 17 m", "V,I", site).Evidence.Single();

        e.Actual.Should().Be(new EvidenceQuantity(16.492422502, "m"));
        e.Shortfall.Should().Be(new EvidenceQuantity(0.507577498, "m"), "17 - 16.492422502 is 0.507577498, not 0.5075774979999998");
        e.Statement.Should().Be("expected ≥ 17 m, got 16.5 m: short by 0.508 m");
    }
}

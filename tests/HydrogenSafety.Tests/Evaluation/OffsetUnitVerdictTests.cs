using System.Text.Json;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Evaluation;

/// <summary>
/// Verdicts with units that have an offset (degC, degF, bara) and with values too large to compute,
/// end to end through <see cref="ComplianceEngine"/> on NRules.
/// </summary>
public class OffsetUnitVerdictTests
{
    private static string Rule(string forBlock, params string[] require) => $$"""
        rules:
          - id: R
            title: test rule
            stage: storage
            severity: high
            source: { document: Test, clause: "1" }
            for: {{forBlock}}
            require: [{{string.Join(", ", require.Select(r => $"\"{r}\""))}}]
        """;

    // The value converted to canonical units is a reading aid and prints as computed values do (three significant
    // figures, exact conversion or not); the verdict is on full precision, so -0.2012 MPa and -0.2014 MPa fall on either
    // side of -1 bara although both sides' converted value reads -0.201 MPa.
    [TestCase("min_design_temperature <= -20 degC", "-40 degC", Outcome.Pass, "-40 degC", "-20 degC")]
    [TestCase("min_design_temperature <= -20 degC", "-10 degC", Outcome.Violation, "-10 degC", "-20 degC")]
    [TestCase("min_design_temperature <= -40 degF", "-40 degC", Outcome.Pass, "-40 degC (233 K)", "-40 degF (233 K)")]
    [TestCase("min_design_temperature <= -40 degF", "-39 degC", Outcome.Violation, "-39 degC (234 K)", "-40 degF (233 K)")]
    [TestCase("min_design_temperature <= -(-20 degC)", "0 degC", Outcome.Pass, "0 degC", "20 degC")]
    [TestCase("pressure > -1 bara", "-0.15 MPa", Outcome.Pass, "-0.15 MPa", "-1 bara (-0.201 MPa)")]
    [TestCase("pressure > -1 bara", "-0.25 MPa", Outcome.Violation, "-0.25 MPa", "-1 bara (-0.201 MPa)")]
    [TestCase("pressure > -1 bara", "-0.2012 MPa", Outcome.Pass, "-0.2012 MPa", "-1 bara (-0.201 MPa)")]
    [TestCase("pressure > -1 bara", "-0.2014 MPa", Outcome.Violation, "-0.2014 MPa", "-1 bara (-0.201 MPa)")]
    public void A_negative_literal_is_negative_in_its_own_unit(string require, string value, Outcome expected, string left, string right)
    {
        var attribute = require.StartsWith("pressure", StringComparison.Ordinal) ? "pressure" : "min_design_temperature";
        var report = EngineHarness.Evaluate(Rule("{ v: storage_vessel }", require), $$"""
            components:
              - { id: V, kind: storage_vessel, {{attribute}}: {{value}} }
            """);
        var finding = report.Single("R", "V");
        finding.Outcome.Should().Be(expected);
        finding.Evidence.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Expression = require, Left = left, Operator = require.Contains("<=", StringComparison.Ordinal) ? "<=" : ">", Right = right });
    }

    [TestCase("21 MPa", Outcome.Violation, "expected ≤ 3,000 psi (20.7 MPa), got 21 MPa: exceeds by 0.316 MPa")]
    [TestCase("20.7 MPa", Outcome.Violation, "expected ≤ 3,000 psi (20.7 MPa), got 20.7 MPa: exceeds by 0.0157 MPa")]
    [TestCase("20.6 MPa", Outcome.Pass, "expected ≤ 3,000 psi (20.7 MPa), got 20.6 MPa: margin 0.0843 MPa")]
    public void A_converted_limit_prints_at_engineering_precision_and_is_compared_at_full_precision(string value, Outcome expected, string statement)
    {
        var report = EngineHarness.Evaluate(Rule("{ v: storage_vessel }", "pressure <= 3000 psi"), $$"""
            components:
              - { id: V, kind: storage_vessel, pressure: {{value}} }
            """);
        var finding = report.Single("R", "V");
        finding.Outcome.Should().Be(expected);
        var e = finding.Evidence.Should().ContainSingle().Which;
        e.Statement.Should().Be(statement);
        e.Right.Should().Be("3,000 psi (20.7 MPa)");
        e.Required!.Value.Should().BeApproximately(20.684271879, 1e-8, "the JSON keeps the limit at full precision");
    }

    [Test]
    public void A_temperature_shifted_by_kelvins_is_a_temperature_in_its_own_unit()
    {
        var report = EngineHarness.Evaluate(Rule("{ v: storage_vessel }", "min_design_temperature <= temperature - 20 K"), """
            components:
              - { id: OK, kind: storage_vessel, temperature: 25 degC, min_design_temperature: 5 degC }
              - { id: NO, kind: storage_vessel, temperature: 25 degC, min_design_temperature: 6 degC }
            """);
        report.Outcomes("R").Should().BeEquivalentTo(new Dictionary<string, Outcome> { ["OK"] = Outcome.Pass, ["NO"] = Outcome.Violation });
        report.Single("R", "NO").Evidence.Single().Right.Should().Be("5 degC");
    }

    [Test]
    public void Subtracting_two_temperatures_is_refused_when_the_rules_load()
    {
        var load = () => RuleSet.Parse(Rule("{ v: storage_vessel }", "temperature - 5 degC >= 10 degC"), "rules.yaml");
        load.Should().Throw<LoadException>().Which.Diagnostics.Should().ContainSingle(d => d.IsError)
            .Which.ToString().Should().Be("rules.yaml:8:28: error H2S0405: cannot subtract a temperature from a temperature: temperatures on the Celsius and Fahrenheit scales have an offset, so this has no single meaning; to shift a temperature write the step in kelvin (e.g. t - 20 K, where 1 K = 1 degC = 1.8 degF), or compare the temperatures directly");
    }

    [Test]
    public void Comparing_two_lists_is_refused_when_the_rules_load()
    {
        var load = () => RuleSet.Parse(Rule("{ v: storage_vessel }", "[1, 2] == [1, 2]"), "rules.yaml");
        load.Should().Throw<LoadException>().Which.Diagnostics.Should().ContainSingle(d => d.IsError)
            .Which.Code.Should().Be("H2S0404");
    }

    [Test]
    public void A_distance_too_large_to_compute_is_an_error_and_a_large_one_is_a_value()
    {
        var report = EngineHarness.Evaluate(Rule("{ a: storage_vessel, b: storage_vessel }", "distance(a, b) >= 1 m"), """
            components:
              - { id: A, kind: storage_vessel, position: [1e300, 1e300] }
              - { id: B, kind: storage_vessel, position: [-1e300, -1e300] }
              - { id: C, kind: storage_vessel, position: [1.7e308, 0] }
              - { id: D, kind: storage_vessel, position: [-1.7e308, 0] }
            """);
        report.Single("R", "A,B").Outcome.Should().Be(Outcome.Pass);
        report.Single("R", "A,B").Evidence.Single().Left.Should().Be("2.828427125E+300 m");
        var error = report.Single("R", "C,D");
        error.Outcome.Should().Be(Outcome.Error);
        error.Error.Should().Contain("distance(C, D)").And.Contain("too large");
        report.Single("R", "D,C").Outcome.Should().Be(Outcome.Error);
    }

    [Test]
    public void A_sum_that_overflows_is_an_error()
    {
        var report = EngineHarness.Evaluate(Rule("{ v: storage_vessel }", "sum(inventory of storage_vessel) >= 1 kg"), """
            components:
              - { id: A, kind: storage_vessel, inventory: 1e308 kg }
              - { id: B, kind: storage_vessel, inventory: 1e308 kg }
            """);
        report.Findings.Where(f => f.RuleId == "R").Should().OnlyContain(f => f.Outcome == Outcome.Error && f.Error!.Contains("overflows"));
    }

    [Test]
    public void Evidence_serialized_with_System_Text_Json_leaves_out_what_does_not_apply()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonSerializer.Serialize(new Evidence("a or b", Left: "true"), options).Should().Be("""{"expression":"a or b","left":"true"}""");
        JsonSerializer.Serialize(new Evidence("t(p).x", Table: "t", Row: "0 MPa to 1 MPa"), options)
            .Should().Be("""{"expression":"t(p).x","table":"t","row":"0 MPa to 1 MPa"}""");
    }
}

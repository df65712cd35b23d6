using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Reliability;

/// <summary>An evaluation failure in one rule for one binding is an <c>error</c> outcome for it alone; nothing else stops.</summary>
[TestFixture]
public class FaultIsolationTests
{
    internal const string Rules = """
        rules:
          - id: A-RATIO
            title: pressure per rating
            stage: storage
            severity: high
            source: { document: Test, clause: "1" }
            for: { v: storage_vessel }
            require: "v.pressure / v.rating <= 10 MPa"
          - id: B-LABEL
            title: label is three
            stage: storage
            severity: high
            source: { document: Test, clause: "2" }
            for: { v: storage_vessel }
            require: "v.label == 3"
          - id: C-PRESSURE
            title: pressure at most 50 MPa
            stage: storage
            severity: high
            source: { document: Test, clause: "3" }
            for: { v: storage_vessel }
            require: "v.pressure <= 50 MPa"
        """;

    internal const string Facility1 = """
        facility:
          id: site-1
        components:
          - { id: V1, kind: storage_vessel, pressure: 30 MPa, rating: 0, label: three }
          - { id: V2, kind: storage_vessel, pressure: 30 MPa, rating: 2, label: 3 }
          - { id: V3, kind: storage_vessel, pressure: 90 MPa, rating: 1, label: 3 }
        """;

    private static ComplianceEngine Engine(string rules = Rules) =>
        ComplianceEngine.Create(RuleSet.Parse(rules, "rules.yaml"), new EngineOptions { AsOf = new DateOnly(2026, 1, 1) });

    [Test]
    public void Division_by_zero_is_an_error_for_that_binding_only()
    {
        var report = Engine().Evaluate(Facility.Parse(Facility1, "site-1.yaml"));
        var a = report.Findings.Where(f => f.RuleId == "A-RATIO").ToDictionary(f => f.BindingKey);
        a["V1"].Outcome.Should().Be(Outcome.Error);
        a["V1"].Error.Should().Contain("division by zero");
        a["V2"].Outcome.Should().Be(Outcome.Violation);
        a["V3"].Outcome.Should().Be(Outcome.Violation);
    }

    [Test]
    public void Comparing_text_with_a_number_through_a_free_form_attribute_is_an_error_for_that_binding_only()
    {
        var report = Engine().Evaluate(Facility.Parse(Facility1, "site-1.yaml"));
        var b = report.Findings.Where(f => f.RuleId == "B-LABEL").ToDictionary(f => f.BindingKey);
        b["V1"].Outcome.Should().Be(Outcome.Error);
        b["V1"].Error.Should().Contain("cannot compare");
        b["V2"].Outcome.Should().Be(Outcome.Pass);
        b["V3"].Outcome.Should().Be(Outcome.Pass);
    }

    [Test]
    public void Other_rules_and_other_facilities_go_on()
    {
        var engine = Engine();
        var first = engine.Evaluate(Facility.Parse(Facility1, "site-1.yaml"));
        var second = engine.Evaluate(Facility.Parse("components:\n  - { id: W1, kind: storage_vessel, pressure: 5 MPa, rating: 1, label: 3 }\n", "site-2.yaml"));
        first.Findings.Where(f => f.RuleId == "C-PRESSURE").Select(f => (f.BindingKey, f.Outcome))
            .Should().BeEquivalentTo([("V1", Outcome.Pass), ("V2", Outcome.Pass), ("V3", Outcome.Violation)]);
        second.Findings.Select(f => f.Outcome).Should().AllBeEquivalentTo(Outcome.Pass);
        first.IsCompliant().Should().BeFalse("an error fails the run like a violation");
    }

    /// <summary>
    /// docs/language.md: "a require that is false gives violation (even if another is unknown)", and a list of
    /// requirements means all of them (false and x is false, whatever x is). BUG: the engine reports error.
    /// </summary>
    [Test]
    public void A_false_requirement_is_a_violation_even_when_another_requirement_fails_to_evaluate()
    {
        const string rules = """
            rules:
              - id: R
                title: two requirements
                stage: storage
                severity: high
                source: { document: Test, clause: "1" }
                for: { v: storage_vessel }
                require: ["v.pressure <= 10 MPa", "v.label == 3"]
            """;
        var report = Engine(rules).Evaluate(Facility.Parse("components:\n  - { id: V1, kind: storage_vessel, pressure: 30 MPa, label: three }\n", "f.yaml"));
        report.Findings.Single().Outcome.Should().Be(Outcome.Violation, "30 MPa <= 10 MPa is false, whatever the other requirement gives");
    }

    /// <summary>
    /// Arithmetic that overflows to infinity (and infinity / infinity = NaN) must not decide an outcome: here the
    /// true ratio is 2, so a pass cannot be justified. BUG: NaN compares below every number, and the rule passes.
    /// </summary>
    [Test]
    public void Arithmetic_overflow_never_gives_a_pass()
    {
        const string rules = """
            rules:
              - id: R
                title: pressure ratio
                stage: storage
                severity: high
                source: { document: Test, clause: "1" }
                for: { v: storage_vessel }
                require: "(v.pressure * 10) / (v.design_pressure * 10) <= 1.1"
            """;
        var report = Engine(rules).Evaluate(Facility.Parse(
            "components:\n  - { id: V1, kind: storage_vessel, pressure: 1e308 MPa, design_pressure: 5e307 MPa }\n", "f.yaml"));
        report.Findings.Single().Outcome.Should().NotBe(Outcome.Pass, "the ratio is 2; an overflowed NaN justifies nothing");
    }
}

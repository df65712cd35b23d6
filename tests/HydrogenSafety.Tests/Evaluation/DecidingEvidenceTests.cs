using HydrogenSafety.Evaluation;

namespace HydrogenSafety.Tests.Evaluation;

/// <summary>
/// A finding's evidence is the comparisons that decided it (issue 12): each failed alternative of a violated
/// <c>or</c>, the failed conjunct of a violated <c>and</c>, the true side of a passing <c>or</c>; with the shortfall
/// or margin in the input's unit and numbers as an engineer writes them. The full trace is kept beside it.
/// </summary>
public class DecidingEvidenceTests
{
    private const string Components = """
        components:
          - { id: V, kind: storage_vessel, pressure: 20 MPa, position: [0, 0] }
          - { id: I, kind: air_intake, position: [16, 4] }
        """;

    private static string Rule(string require) => $$"""
        rules:
          - id: R
            title: test rule
            stage: storage
            severity: high
            source: { document: Test, clause: "1" }
            for: { v: storage_vessel, i: air_intake }
            require: "{{require}}"
        """;

    private static Finding Evaluate(string require) => EngineHarness.Evaluate(Rule(require), Components).Single("R", "V,I");

    [Test]
    public void A_violated_or_shows_each_failed_alternative_and_not_the_whole_expression()
    {
        var f = Evaluate("distance(v, i) >= 17 m or v.pressure <= 10 MPa");
        f.Outcome.Should().Be(Outcome.Violation);
        f.Evidence.Select(e => e.Statement).Should().Equal(
            "expected ≥ 17 m, got 16.5 m: short by 0.508 m",
            "expected ≤ 10 MPa, got 20 MPa: exceeds by 10 MPa");
        f.EvidenceTrace.Should().Contain(e => e.Expression == "distance(v, i) >= 17 m or v.pressure <= 10 MPa" && e.Left == "false");
    }

    [Test]
    public void A_violated_and_shows_its_first_failed_conjunct_only()
    {
        var f = Evaluate("v.pressure <= 10 MPa and distance(v, i) >= 17 m");
        f.Outcome.Should().Be(Outcome.Violation);
        f.Evidence.Should().ContainSingle().Which.Expression.Should().Be("v.pressure <= 10 MPa");
        f.EvidenceTrace.Should().Contain(e => e.Expression == "distance(v, i) >= 17 m");
    }

    [Test]
    public void A_violated_and_whose_first_side_held_shows_the_second()
    {
        var f = Evaluate("v.pressure <= 30 MPa and distance(v, i) >= 17 m");
        f.Evidence.Should().ContainSingle().Which.Expression.Should().Be("distance(v, i) >= 17 m");
    }

    [Test]
    public void A_passing_or_shows_the_side_that_held_with_its_margin()
    {
        var f = Evaluate("distance(v, i) >= 17 m or distance(v, i) >= 15 m");
        f.Outcome.Should().Be(Outcome.Pass);
        var e = f.Evidence.Should().ContainSingle().Which;
        e.Statement.Should().Be("expected ≥ 15 m, got 16.5 m: margin 1.49 m");
        e.Margin!.Value.Should().BeApproximately(Math.Sqrt(272) - 15, 1e-9);
        e.Shortfall.Should().BeNull();
    }

    [Test]
    public void A_shortfall_is_given_in_canonical_units_at_full_precision()
    {
        var e = Evaluate("distance(v, i) >= 17 m").Evidence.Should().ContainSingle().Which;
        e.Required.Should().Be(new EvidenceQuantity(17, "m"));
        e.Actual!.Value.Should().BeApproximately(Math.Sqrt(272), 1e-9);
        e.Shortfall!.Value.Should().BeApproximately(17 - Math.Sqrt(272), 1e-9);
        e.Left.Should().Be("16.5 m");
    }

    [Test]
    public void A_limit_written_first_is_still_read_as_the_limit() =>
        Evaluate("17 m <= distance(v, i)").Evidence.Single().Statement.Should().Be("expected ≥ 17 m, got 16.5 m: short by 0.508 m");
}

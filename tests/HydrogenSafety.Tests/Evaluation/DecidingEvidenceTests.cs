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

/// <summary>
/// Under <c>not</c> the deciding evidence is the inner comparison stated with both sides (issue 12): one that held
/// decides a violated <c>not</c>, one that did not hold a passed one, never a bare <c>false</c> line.
/// </summary>
public class NegatedEvidenceTests
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
    public void A_violated_not_of_a_comparison_states_the_comparison_that_held_with_its_excess()
    {
        var f = Evaluate("not (v.pressure > 5 MPa)");
        f.Outcome.Should().Be(Outcome.Violation);
        var e = f.Evidence.Should().ContainSingle().Which;
        e.Statement.Should().Be("v.pressure > 5 MPa holds (20 MPa > 5 MPa), so the 'not' fails: exceeds by 15 MPa");
        e.Expression.Should().Be("not (v.pressure > 5 MPa)");
        e.Left.Should().Be("20 MPa");
        e.Operator.Should().Be("<=");
        e.Right.Should().Be("5 MPa");
        e.Required.Should().Be(new EvidenceQuantity(5, "MPa"));
        e.Shortfall!.Value.Should().BeApproximately(15, 1e-9);
    }

    [Test]
    public void A_passed_not_of_a_comparison_states_that_it_did_not_hold_with_the_margin()
    {
        var f = Evaluate("not (v.pressure > 30 MPa)");
        f.Outcome.Should().Be(Outcome.Pass);
        var e = f.Evidence.Should().ContainSingle().Which;
        e.Statement.Should().Be("v.pressure > 30 MPa does not hold (20 MPa ≤ 30 MPa), as the 'not' requires: margin 10 MPa");
        e.Margin!.Value.Should().BeApproximately(10, 1e-9);
    }

    [Test]
    public void A_violated_not_in_names_the_value_and_the_list_item_it_matched()
    {
        var f = Evaluate("not (v.pressure in [10 MPa, 200 bar])");
        f.Outcome.Should().Be(Outcome.Violation);
        f.Evidence.Should().ContainSingle().Which.Statement.Should().Be(
            "v.pressure in [10 MPa, 200 bar] holds (20 MPa matches 200 bar), so the 'not' fails");
    }

    [Test]
    public void A_passed_not_in_says_the_value_matched_no_item()
    {
        var f = Evaluate("not (v.pressure in [10 MPa, 30 MPa])");
        f.Outcome.Should().Be(Outcome.Pass);
        f.Evidence.Should().ContainSingle().Which.Statement.Should().Be(
            "v.pressure in [10 MPa, 30 MPa] does not hold (20 MPa matches no item), as the 'not' requires");
    }

    [Test]
    public void A_violated_not_of_an_and_shows_each_conjunct_that_held()
    {
        var f = Evaluate("not (v.pressure >= 10 MPa and distance(v, i) <= 17 m)");
        f.Outcome.Should().Be(Outcome.Violation);
        f.Evidence.Select(e => e.Statement).Should().Equal(
            "v.pressure >= 10 MPa holds (20 MPa ≥ 10 MPa), so the 'not' fails: exceeds by 10 MPa",
            "distance(v, i) <= 17 m holds (16.5 m ≤ 17 m), so the 'not' fails: short by 0.508 m");
        f.Evidence.Should().NotContain(e => e.Left == "false" || e.Left == "true");
    }

    [Test]
    public void A_passed_not_of_an_and_shows_the_conjunct_that_failed_and_not_the_others()
    {
        var f = Evaluate("not (v.pressure >= 30 MPa and distance(v, i) <= 17 m)");
        f.Outcome.Should().Be(Outcome.Pass);
        f.Evidence.Should().ContainSingle().Which.Statement.Should().Be(
            "v.pressure >= 30 MPa does not hold (20 MPa < 30 MPa), as the 'not' requires: margin 10 MPa");
    }

    [Test]
    public void A_violated_not_of_an_or_shows_the_alternative_that_held()
    {
        var f = Evaluate("not (v.pressure >= 30 MPa or distance(v, i) <= 17 m)");
        f.Outcome.Should().Be(Outcome.Violation);
        f.Evidence.Should().ContainSingle().Which.Statement.Should().Be(
            "distance(v, i) <= 17 m holds (16.5 m ≤ 17 m), so the 'not' fails: short by 0.508 m");
    }

    [Test]
    public void Two_nots_cancel()
    {
        var f = Evaluate("not (not (distance(v, i) >= 17 m))");
        f.Outcome.Should().Be(Outcome.Violation);
        f.Evidence.Should().ContainSingle().Which.Statement.Should().Be("expected ≥ 17 m, got 16.5 m: short by 0.508 m");
    }

    [Test]
    public void A_not_of_an_unrecorded_value_says_it_cannot_be_told()
    {
        var f = Evaluate("not (v.temperature > 300 K)");
        f.Outcome.Should().Be(Outcome.Indeterminate);
        f.Evidence.Should().ContainSingle().Which.Statement.Should().Be("cannot tell whether v.temperature > 300 K holds: not recorded");
    }

    [Test]
    public void A_not_of_an_exists_inside_an_and_reads_as_the_negated_exists()
    {
        var f = Evaluate("not (exists(air_intake) and v.pressure > 5 MPa)");
        f.Outcome.Should().Be(Outcome.Violation);
        f.Evidence.Select(e => e.Statement).Should().Equal(
            "expected no air_intake, found I",
            "v.pressure > 5 MPa holds (20 MPa > 5 MPa), so the 'not' fails: exceeds by 15 MPa");
    }
}

/// <summary>A table row's statement names the column in words (issue 12: "band up to 10,000 m3: Class 1 17 m").</summary>
public class TableRowWordsTests
{
    [TestCase("class1", "Class 1")]
    [TestCase("air_intake", "Air intake")]
    [TestCase("lot_line_2", "Lot line 2")]
    public void A_column_name_reads_as_words(string column, string words) =>
        HydrogenSafety.Expressions.Runtime.EvidenceStatement.Humanised(column).Should().Be(words);
}

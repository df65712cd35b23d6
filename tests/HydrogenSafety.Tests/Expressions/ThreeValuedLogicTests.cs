using HydrogenSafety.Expressions.Runtime;

namespace HydrogenSafety.Tests.Expressions;

/// <summary>SPEC §4.2: false and unknown is false, true or unknown is true; any other unknown stays unknown.</summary>
public class ThreeValuedLogicTests
{
    private static readonly Value T = Value.True;
    private static readonly Value F = Value.False;
    private static readonly Value U = Value.Unknown("X.a");

    private static string Name(Value v) => v.IsTrue ? "T" : v.IsFalse ? "F" : v.IsUnknown ? "U" : "E";

    [TestCase("T", "T", "T")]
    [TestCase("T", "F", "F")]
    [TestCase("T", "U", "U")]
    [TestCase("F", "T", "F")]
    [TestCase("F", "F", "F")]
    [TestCase("F", "U", "F")]
    [TestCase("U", "T", "U")]
    [TestCase("U", "F", "F")]
    [TestCase("U", "U", "U")]
    public void And_truth_table(string a, string b, string expected) =>
        Name(Logic.And(Parse(a), Parse(b))).Should().Be(expected);

    [TestCase("T", "T", "T")]
    [TestCase("T", "F", "T")]
    [TestCase("T", "U", "T")]
    [TestCase("F", "T", "T")]
    [TestCase("F", "F", "F")]
    [TestCase("F", "U", "U")]
    [TestCase("U", "T", "T")]
    [TestCase("U", "F", "U")]
    [TestCase("U", "U", "U")]
    public void Or_truth_table(string a, string b, string expected) =>
        Name(Logic.Or(Parse(a), Parse(b))).Should().Be(expected);

    [TestCase("T", "F")]
    [TestCase("F", "T")]
    [TestCase("U", "U")]
    public void Not_truth_table(string a, string expected) => Name(Logic.Not(Parse(a))).Should().Be(expected);

    [Test]
    public void Unknowns_merge_what_they_miss()
    {
        var merged = Logic.And(Value.Unknown("A.p"), Value.Unknown("B.q"));
        merged.Missing.Should().Equal("A.p", "B.q");
    }

    [Test]
    public void An_error_wins_over_unknown_but_not_over_a_deciding_false()
    {
        var error = Value.Fail("division by zero");
        Logic.And(error, U).IsError.Should().BeTrue();
        Logic.And(error, F).IsFalse.Should().BeTrue();
        Logic.Or(error, T).IsTrue.Should().BeTrue();
    }

    [Test]
    public void Comparisons_with_unknown_are_unknown_and_tolerate_unit_rounding()
    {
        Comparison.Compare(">=", U, Value.Of(HydrogenSafety.Units.Quantity.From(1, "m")), null, "x", false).IsUnknown.Should().BeTrue();
        var feet = Value.Of(HydrogenSafety.Units.Quantity.From(25, "ft"));
        var metres = Value.Of(HydrogenSafety.Units.Quantity.From(7.62, "m"));
        Comparison.Compare("==", feet, metres, null, "x", false).IsTrue.Should().BeTrue();
        Comparison.Compare(">=", feet, metres, null, "x", false).IsTrue.Should().BeTrue();
        Comparison.Compare("<", feet, metres, null, "x", false).IsFalse.Should().BeTrue();
    }

    [Test]
    public void Comparing_different_dimensions_at_run_time_is_an_error_not_a_verdict()
    {
        var r = Comparison.Compare("<", Value.Of(HydrogenSafety.Units.Quantity.From(1, "m")), Value.Of(HydrogenSafety.Units.Quantity.From(1, "MPa")), null, "x", false);
        r.IsError.Should().BeTrue();
    }

    [Test]
    public void Division_by_zero_is_an_error_value()
    {
        var r = Arithmetic.Binary("/", Value.Plain(1), Value.Plain(0));
        r.IsError.Should().BeTrue();
        r.ErrorMessage.Should().Contain("division by zero");
    }

    private static Value Parse(string s) => s switch { "T" => T, "F" => F, _ => U };
}

using HydrogenSafety.Expressions.Runtime;

namespace HydrogenSafety.Tests.Expressions;

/// <summary>An unknown that combines two unknowns lacks what both lack, each item once, in first-occurrence order.</summary>
public class UnknownMissingTests
{
    private static Value U(params string[] missing) => Value.Unknown(missing);

    [TestCase(new string[0], new[] { "A.p" }, new[] { "A.p" })]
    [TestCase(new[] { "A.p" }, new string[0], new[] { "A.p" })]
    [TestCase(new[] { "A.p" }, new[] { "A.p" }, new[] { "A.p" })]
    [TestCase(new[] { "B.t", "A.p" }, new[] { "A.p", "C.d" }, new[] { "B.t", "A.p", "C.d" })]
    [TestCase(new[] { "a", "A" }, new[] { "A", "a", "b" }, new[] { "a", "A", "b" })]
    [TestCase(new[] { "1", "2", "3", "4", "5" }, new[] { "6", "5", "7", "8", "1" }, new[] { "1", "2", "3", "4", "5", "6", "7", "8" })]
    public void Combined_missing_is_the_ordinal_distinct_of_both_lists(string[] a, string[] b, string[] expected)
    {
        var combined = Value.UnknownOf(U(a), U(b));

        combined.IsUnknown.Should().BeTrue();
        combined.Missing.Should().Equal(expected);
        combined.Missing.Should().Equal(a.Concat(b).Distinct(StringComparer.Ordinal), "the same list as the general constructor gives");
    }

    [Test]
    public void A_known_operand_adds_nothing()
    {
        Value.UnknownOf(Value.True, U("A.p", "B.q")).Missing.Should().Equal("A.p", "B.q");
        Value.UnknownOf(U("A.p"), Value.Plain(3)).Missing.Should().Equal("A.p");
    }

    [Test]
    public void Comparison_and_arithmetic_of_unknowns_name_each_missing_value_once()
    {
        var p = U("V.pressure");
        var t = U("V.temperature", "V.pressure");

        Comparison.Compare(">=", p, t, recorder: null, text: "p >= t", limitFirst: false).Missing.Should().Equal("V.pressure", "V.temperature");
        Logic.And(p, t).Missing.Should().Equal("V.pressure", "V.temperature");
    }
}

using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Units;

/// <summary>Numbers in findings as an engineer writes them (issue 12): written values as written, computed ones rounded.</summary>
public class DisplayNumberTests
{
    [TestCase(16.4924225, "16.5")]
    [TestCase(1622.4, "1,622")]
    [TestCase(0.5075775, "0.508")]
    [TestCase(16.996, "17.0")]
    [TestCase(0.004000000000001, "0.004")]
    [TestCase(-2.5, "-2.5")]
    [TestCase(0, "0")]
    [TestCase(12500000.4, "12,500,000")]
    public void A_computed_value_has_three_significant_figures_and_keeps_its_integer_digits(double value, string expected) =>
        DisplayNumber.Format(value, computed: true).Should().Be(expected);

    [TestCase(12.345, "12.345")]
    [TestCase(1622, "1,622")]
    [TestCase(0.0125, "0.0125")]
    [TestCase(2.828427125e300, "2.828427125E+300")]
    public void A_written_value_prints_as_written_with_grouped_thousands(double value, string expected) =>
        DisplayNumber.Format(value, computed: false).Should().Be(expected);
}

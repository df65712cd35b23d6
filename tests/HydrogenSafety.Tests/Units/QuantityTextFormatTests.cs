using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Units;

public class QuantityTextFormatTests
{
    private static Unit U(string symbol) => UnitCatalog.TryGet(symbol, out var unit) ? unit : throw new ArgumentException(symbol);

    [Test]
    public void No_float_noise() =>
        QuantityText.Format(0.1 + 0.2, U("m")).Should().Be("0.3 m");

    [TestCase(87.5, "MPa", "87.5 MPa")]
    [TestCase(6.2, "m", "6.2 m")]
    [TestCase(0.5, "%", "0.5 %")]
    [TestCase(25, "ft", "25 ft")]
    [TestCase(-40, "degC", "-40 degC")]
    [TestCase(25, "%LFL", "25 %LFL")]
    [TestCase(1000, "kg", "1000 kg")]
    [TestCase(350, "bar", "350 bar")]
    [TestCase(14.7, "psia", "14.7 psia")]
    [TestCase(0.000015, "m", "0.000015 m")]
    [TestCase(0.000001, "m", "0.000001 m")]
    [TestCase(123456789012345, "m", "123456789000000 m")]
    [TestCase(1e-7, "m", "1E-07 m")]
    [TestCase(1e15, "m", "1E+15 m")]
    [TestCase(2.5e20, "m", "2.5E+20 m")]
    [TestCase(1.0 / 3, "m", "0.3333333333 m")]
    [TestCase(-0.0, "m", "0 m")]
    [TestCase(42, "", "42")]
    public void Prints_in_the_display_unit(double value, string unit, string expected) =>
        Quantity.From(value, unit).ToString().Should().Be(expected);

    [Test]
    public void Format_takes_the_canonical_value() =>
        QuantityText.Format(7.62, U("ft")).Should().Be("25 ft");

    [Test]
    public void Canonical_fraction_prints_as_percent() =>
        new Quantity(0.01, Dimension.Concentration, "%").ToString().Should().Be("1 %");

    [Test]
    public void Default_quantity_prints_zero() =>
        default(Quantity).ToString().Should().Be("0");

    [Test]
    public void Unknown_display_unit_falls_back_to_canonical() =>
        new Quantity(2, Dimension.Length, "furlong").ToString().Should().Be("2 m");

    [Test]
    public void Non_finite_values_print_invariantly() =>
        QuantityText.Format(double.NaN, U("m")).Should().Be("NaN m");
}

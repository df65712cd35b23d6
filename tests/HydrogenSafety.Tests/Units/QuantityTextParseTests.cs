using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Units;

public class QuantityTextParseTests
{
    [TestCase("87.5 MPa", 87.5, Dimension.Pressure, "MPa")]
    [TestCase("3 m", 3, Dimension.Length, "m")]
    [TestCase("1 %", 0.01, Dimension.Concentration, "%")]
    [TestCase("1%", 0.01, Dimension.Concentration, "%")]
    [TestCase("25 %LFL", 0.01, Dimension.Concentration, "%LFL")]
    [TestCase("25%LFL", 0.01, Dimension.Concentration, "%LFL")]
    [TestCase("-40 degC", 233.15, Dimension.Temperature, "degC")]
    [TestCase("1e3 kg", 1000, Dimension.Mass, "kg")]
    [TestCase("1E+3 kg", 1000, Dimension.Mass, "kg")]
    [TestCase("2.5e-3 m", 0.0025, Dimension.Length, "m")]
    [TestCase("+5 m", 5, Dimension.Length, "m")]
    [TestCase("0 bara", -0.101325, Dimension.Pressure, "bara")]
    [TestCase("12.6 kW/m2", 12.6, Dimension.HeatFlux, "kW/m2")]
    [TestCase("60 kg/h", 60.0 / 3600, Dimension.MassFlow, "kg/h")]
    [TestCase("42", 42, Dimension.Dimensionless, "")]
    [TestCase("-0.5", -0.5, Dimension.Dimensionless, "")]
    public void Parses(string text, double canonical, Dimension dimension, string unit)
    {
        QuantityText.TryParse(text, out var quantity, out var error).Should().BeTrue();
        error.Should().BeNull();
        Close.Within(quantity.Value, canonical);
        quantity.Dimension.Should().Be(dimension);
        quantity.Unit.Should().Be(unit);
    }

    [TestCase("10 m³", "m3")]
    [TestCase("10 m^3", "m3")]
    [TestCase("20 °C", "degC")]
    [TestCase("70 °F", "degF")]
    [TestCase("4 m²", "m2")]
    [TestCase("100 ft³", "ft3")]
    public void Alternative_spellings_are_kept_in_catalogue_spelling(string text, string unit)
    {
        QuantityText.TryParse(text, out var quantity, out _).Should().BeTrue();
        quantity.Unit.Should().Be(unit);
    }

    [TestCase("", 0)]
    [TestCase("MPa", 0)]
    [TestCase(" 3 m", 0)]
    [TestCase("3 m ", 3)]
    [TestCase("87.5  MPa", 5)]
    [TestCase("87.5MPa", 4)]
    [TestCase("87,5 MPa", 2)]
    [TestCase("1,000 kg", 1)]
    [TestCase("1 000 kg", 1)]
    [TestCase("1_000 kg", 1)]
    [TestCase("3 ", 1)]
    [TestCase("3\tm", 1)]
    [TestCase("3\u00a0m", 1)]
    [TestCase("NaN", 0)]
    [TestCase("NaN m", 0)]
    [TestCase("Infinity", 0)]
    [TestCase("-Infinity MPa", 1)]
    [TestCase("∞ m", 0)]
    [TestCase("0x1A", 1)]
    [TestCase("0x1A m", 1)]
    [TestCase(".5 m", 0)]
    [TestCase("5. m", 2)]
    [TestCase("1.5.3 m", 3)]
    [TestCase("2e m", 1)]
    [TestCase("1e999 m", 0)]
    [TestCase("\u22125 m", 0)]
    [TestCase("--5 m", 1)]
    public void Rejects_malformed_text(string text, int offset)
    {
        QuantityText.TryParse(text, out var quantity, out var error).Should().BeFalse();
        error!.Kind.Should().Be(QuantityParseErrorKind.Malformed);
        error.Offset.Should().Be(offset);
        error.Message.Should().NotBeNullOrWhiteSpace();
        quantity.Should().Be(default(Quantity));
    }

    [Test]
    public void Rejects_null()
    {
        QuantityText.TryParse(null, out _, out var error).Should().BeFalse();
        error!.Kind.Should().Be(QuantityParseErrorKind.Malformed);
    }

    [TestCase("87.5 Mpa", 5, "Mpa", "MPa")]
    [TestCase("87.5 mpa", 5, "mpa", "MPa")]
    [TestCase("100 psgi", 4, "psgi", "psig")]
    [TestCase("20 degc", 3, "degc", "degC")]
    [TestCase("20 C", 3, "C", "degC")]
    [TestCase("25 % LFL", 3, "% LFL", "%LFL")]
    [TestCase("1%x", 1, "%x", null)]
    [TestCase("3 meters", 2, "meters", null)]
    [TestCase("3 furlong", 2, "furlong", null)]
    public void Reports_unknown_units_with_a_suggestion(string text, int offset, string unitText, string? suggestion)
    {
        QuantityText.TryParse(text, out _, out var error).Should().BeFalse();
        error!.Kind.Should().Be(QuantityParseErrorKind.UnknownUnit);
        error.Offset.Should().Be(offset);
        error.UnitText.Should().Be(unitText);
        error.Suggestion.Should().Be(suggestion);
    }

    [Test]
    public void Unknown_unit_message_says_did_you_mean()
    {
        Parsing.ErrorOf("87.5 Mpa").Message.Should().Be("unknown unit 'Mpa'; did you mean 'MPa'?");
    }

    [Test]
    public void Unknown_unit_without_suggestion_has_a_plain_message()
    {
        Parsing.ErrorOf("3 furlong").Message.Should().Be("unknown unit 'furlong'");
    }

    [Test]
    public void Comma_message_explains_the_decimal_point()
    {
        Parsing.ErrorOf("87,5 MPa").Message.Should().Contain("'.' as the decimal point");
    }
}

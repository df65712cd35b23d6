using System.Globalization;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Units;

/// <summary>Parsing and printing never follow the thread culture (de-DE writes 87,5 and 1.000).</summary>
public class CultureIndependenceTests
{
    private static void Under(string culture, Action action)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    [TestCase("de-DE")]
    [TestCase("fr-FR")]
    [TestCase("tr-TR")]
    public void Parses_with_a_decimal_point(string culture) => Under(culture, () =>
    {
        QuantityText.TryParse("87.5 MPa", out var quantity, out _).Should().BeTrue();
        quantity.Value.Should().Be(87.5);
        QuantityText.TryParse("1.5e3 kg", out quantity, out _).Should().BeTrue();
        quantity.Value.Should().Be(1500);
    });

    [TestCase("de-DE")]
    [TestCase("fr-FR")]
    public void Rejects_a_decimal_comma(string culture) => Under(culture, () =>
    {
        QuantityText.TryParse("87,5 MPa", out _, out var error).Should().BeFalse();
        error!.Kind.Should().Be(QuantityParseErrorKind.Malformed);
        error.Offset.Should().Be(2);
    });

    [TestCase("de-DE")]
    [TestCase("fr-FR")]
    public void Prints_with_a_decimal_point(string culture) => Under(culture, () =>
    {
        Quantity.From(87.5, "MPa").ToString().Should().Be("87.5 MPa");
        Quantity.From(1234.5, "m").ToString().Should().Be("1234.5 m");
        Quantity.From(-0.000015, "m").ToString().Should().Be("-0.000015 m");
        Quantity.From(2.5e20, "m").ToString().Should().Be("2.5E+20 m");
    });

    [Test]
    public void Messages_do_not_change_with_the_culture()
    {
        string? invariant = null;
        Under("en-US", () => invariant = Parsing.ErrorOf("87,5 Mpa").Message);
        Under("de-DE", () => Parsing.ErrorOf("87,5 Mpa").Message.Should().Be(invariant));
        Under("de-DE", () => Parsing.ErrorOf("87.5 Mpa").Message.Should().Be("unknown unit 'Mpa'; did you mean 'MPa'?"));
    }

    [Test]
    public void Culture_is_restored_after_the_swap()
    {
        var before = CultureInfo.CurrentCulture;
        Under("de-DE", () => CultureInfo.CurrentCulture.Name.Should().Be("de-DE"));
        CultureInfo.CurrentCulture.Should().BeSameAs(before);
    }
}

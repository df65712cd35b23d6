using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Units;

/// <summary>Temperatures are affine: T/K = t/°C + 273.15; t/°F = 1.8 t/°C + 32 (NIST SP 811, 4.2.1.1 and B.9).</summary>
public class TemperatureTests
{
    [TestCase(-40, "degC", -40, "degF")]
    [TestCase(0, "degC", 273.15, "K")]
    [TestCase(100, "degC", 212, "degF")]
    [TestCase(70, "degF", 294.2611111111111, "K")]
    [TestCase(-253, "degC", 20.15, "K")]
    public void Converts(double value, string from, double expected, string to) =>
        Close.Within(Quantity.From(value, from).In(to), expected);

    [Test]
    public void Round_trips_through_kelvin()
    {
        foreach (var symbol in new[] { "degC", "degF", "K" })
        {
            for (var t = -250.0; t <= 1000; t += 12.5)
            {
                Quantity.From(t, symbol).In(symbol).Should().BeApproximately(t, 1e-9);
            }
        }
    }

    [Test]
    public void Displays_in_the_input_unit()
    {
        Quantity.From(-40, "degC").ToString().Should().Be("-40 degC");
        Quantity.From(70, "degF").ToString().Should().Be("70 degF");
    }
}

using System.Globalization;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Units;

/// <summary>Format then parse, over a few hundred seeded random values in every unit.</summary>
public class RoundTripTests
{
    private const int Count = 600;

    [Test]
    public void Short_decimals_round_trip_exactly_through_text()
    {
        var random = new Random(20_240_601);
        for (var i = 0; i < Count; i++)
        {
            var unit = UnitCatalog.All[random.Next(UnitCatalog.All.Count)];
            // A short decimal (up to 6 significant digits, magnitude 1e-3 .. 1e9, either sign), read as a person would write it.
            var sign = random.Next(2) == 0 ? "-" : "";
            var value = double.Parse($"{sign}{random.Next(1, 1_000_000)}e{random.Next(-3, 4)}", CultureInfo.InvariantCulture);
            var quantity = Quantity.From(value, unit.Symbol);

            var text = quantity.ToString();
            QuantityText.TryParse(text, out var parsed, out var error).Should().BeTrue($"'{text}' should parse: {error?.Message}");

            parsed.Should().Be(quantity, $"'{text}' from {value:R} {unit.Symbol}");
            parsed.ToString().Should().Be(text);
        }
    }

    [Test]
    public void Any_double_round_trips_within_the_comparison_tolerance()
    {
        var random = new Random(7);
        var linear = UnitCatalog.All.Where(u => u.ToCanonical(0) == 0).ToList();
        for (var i = 0; i < Count; i++)
        {
            var unit = linear[random.Next(linear.Count)];
            var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-9, 18));
            var canonical = unit.ToCanonical(value);

            var text = QuantityText.Format(canonical, unit);
            QuantityText.TryParse(text, out var parsed, out _).Should().BeTrue(text);

            QuantityMath.ApproximatelyEqual(parsed.Value, canonical).Should().BeTrue($"'{text}' vs {canonical:R}");
        }
    }
}

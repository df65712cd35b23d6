using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Units;

public class UnitCatalogTests
{
    [TestCase("m³", "m3")]
    [TestCase("m^3", "m3")]
    [TestCase("m²", "m2")]
    [TestCase("m^2", "m2")]
    [TestCase("°C", "degC")]
    [TestCase("°F", "degF")]
    [TestCase("ft³", "ft3")]
    [TestCase("ft^3", "ft3")]
    [TestCase("ft²", "ft2")]
    [TestCase("cm²", "cm2")]
    public void Alternative_spellings_resolve_to_the_catalogue_symbol(string spelling, string symbol)
    {
        UnitCatalog.TryGet(spelling, out var unit).Should().BeTrue();
        unit!.Symbol.Should().Be(symbol);
    }

    [TestCase("mpa")]
    [TestCase("Mpa")]
    [TestCase("KG")]
    [TestCase("degc")]
    [TestCase(" m")]
    public void Symbols_are_case_sensitive_and_exact(string symbol) =>
        UnitCatalog.TryGet(symbol, out _).Should().BeFalse();

    [TestCase(Dimension.Dimensionless, "")]
    [TestCase(Dimension.Pressure, "MPa")]
    [TestCase(Dimension.Length, "m")]
    [TestCase(Dimension.Area, "m2")]
    [TestCase(Dimension.Mass, "kg")]
    [TestCase(Dimension.Volume, "m3")]
    [TestCase(Dimension.Temperature, "K")]
    [TestCase(Dimension.Time, "s")]
    [TestCase(Dimension.MassFlow, "kg/s")]
    [TestCase(Dimension.Concentration, "%")]
    [TestCase(Dimension.HeatFlux, "kW/m2")]
    public void Canonical_units(Dimension dimension, string symbol)
    {
        var unit = UnitCatalog.Canonical(dimension);
        unit.Symbol.Should().Be(symbol);
        unit.Dimension.Should().Be(dimension);
    }

    [Test]
    public void Canonical_units_convert_by_identity_except_concentration_display()
    {
        foreach (var dimension in Enum.GetValues<Dimension>().Where(d => d != Dimension.Concentration))
        {
            UnitCatalog.Canonical(dimension).ToCanonical(123.25).Should().Be(123.25, dimension.ToString());
        }
    }

    [Test]
    public void Every_dimension_has_units() =>
        UnitCatalog.All.Select(u => u.Dimension).Distinct().Should().BeEquivalentTo(Enum.GetValues<Dimension>());

    [Test]
    public void Symbols_and_spellings_are_unique_even_ignoring_case()
    {
        var spellings = UnitCatalog.All.SelectMany(u => u.AlternativeSpellings.Prepend(u.Symbol)).ToList();
        spellings.Select(s => s.ToUpperInvariant()).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void Every_unit_is_described_and_found_by_its_spellings()
    {
        foreach (var unit in UnitCatalog.All)
        {
            unit.Description.Should().NotBeNullOrWhiteSpace();
            foreach (var spelling in unit.AlternativeSpellings.Prepend(unit.Symbol))
            {
                UnitCatalog.TryGet(spelling, out var found).Should().BeTrue(spelling);
                found.Should().BeSameAs(unit);
            }
        }
    }

    [Test]
    public void Every_unit_converts_back_and_forth()
    {
        foreach (var unit in UnitCatalog.All)
        {
            foreach (var value in new[] { -12.5, 0.001, 1, 87.5, 1e6 })
            {
                unit.FromCanonical(unit.ToCanonical(value)).Should().BeApproximately(value, 1e-9 * Math.Max(1, Math.Abs(value)), unit.Symbol);
            }
        }
    }

    [TestCase("Mpa", "MPa")]
    [TestCase("MPA", "MPa")]
    [TestCase("kpa", "kPa")]
    [TestCase("psgi", "psig")]
    [TestCase("psai", "psia")]
    [TestCase("bra", "bar")]
    [TestCase("degc", "degC")]
    [TestCase("DEGF", "degF")]
    [TestCase("C", "degC")]
    [TestCase("l", "L")]
    [TestCase("nm3", "Nm3")]
    [TestCase("SCF", "scf")]
    [TestCase("kg/hr", "kg/h")]
    [TestCase("kw/m2", "kW/m2")]
    [TestCase("%lfl", "%LFL")]
    [TestCase("M³", "m3")]
    public void Suggests_the_nearest_symbol(string unknown, string expected) =>
        UnitCatalog.Suggest(unknown).Should().Be(expected);

    [TestCase("")]
    [TestCase("x")]
    [TestCase("ms")]
    [TestCase("furlong")]
    [TestCase("meters")]
    public void Suggests_nothing_when_nothing_is_near(string unknown) =>
        UnitCatalog.Suggest(unknown).Should().BeNull();
}

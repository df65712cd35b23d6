using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Units;

/// <summary>Every catalogue unit against a cited factor: value in the unit → value in the canonical unit.</summary>
public class StandardConversionTests
{
    private static readonly (string Symbol, double Value, double Canonical)[] Cases =
    [
        // Dimensionless.
        ("", 42, 42),
        // Pressure, canonical MPa gauge. SI prefixes: Pa = 1e-6 MPa.
        ("Pa", 1e6, 1),
        ("kPa", 1000, 1),
        ("MPa", 87.5, 87.5),
        // 1 bar = 1e5 Pa = 0.1 MPa exactly (NIST SP 811, B.8).
        ("bar", 1, 0.1),
        ("barg", 350, 35),
        // 1 psi = 1 lbf/in2 = 6.894757293168 kPa (NIST SP 811, B.8: 6.894 757 E+03 Pa; from lbf = 4.4482216152605 N, in = 0.0254 m).
        ("psi", 1, 0.006894757293168),
        ("psig", 10_000, 68.94757293168),
        // Absolute: subtract 1 atm = 101.325 kPa (exact by definition; NIST SP 811, B.8).
        ("bara", 1.01325, 0),
        ("psia", 100, (100 * 0.006894757293168) - 0.101325),
        // Length, canonical m. 1 in = 0.0254 m and 1 ft = 0.3048 m exactly (NIST SP 811, B.8).
        ("mm", 1000, 1),
        ("cm", 100, 1),
        ("m", 6.2, 6.2),
        ("km", 1, 1000),
        ("in", 1, 0.0254),
        ("ft", 1, 0.3048),
        // Area, canonical m2: squares of the exact lengths above (NIST SP 811, B.8).
        ("mm2", 1e6, 1),
        ("cm2", 1e4, 1),
        ("m2", 2.5, 2.5),
        ("in2", 1, 0.00064516),
        ("ft2", 1, 0.09290304),
        // Mass, canonical kg. 1 lb = 0.45359237 kg exactly (NIST SP 811, B.8).
        ("g", 1000, 1),
        ("kg", 1, 1),
        ("t", 1, 1000),
        ("lb", 1, 0.45359237),
        // Hydrogen gas amounts as mass: Nm3 at 0 °C, 101.325 kPa, 0.08988 kg/m3;
        // scf at 70 °F, 14.7 psia, 0.08350 kg/m3 × 1 ft3 (0.028316846592 m3, NIST SP 811).
        ("Nm3", 1, 0.08988),
        ("scf", 1, 0.08350 * 0.028316846592),
        // Volume, canonical m3. 1 L = 1e-3 m3 (SI); 1 gal (US) = 3.785411784 L exactly; 1 ft3 = 0.028316846592 m3 exactly (NIST SP 811, B.8).
        ("L", 1000, 1),
        ("m3", 3, 3),
        ("gal", 1, 0.003785411784),
        ("ft3", 1, 0.028316846592),
        // Temperature, canonical K: T/K = t/°C + 273.15; t/°F = 1.8 t/°C + 32 (NIST SP 811, 4.2.1.1 and B.9).
        ("degC", 0, 273.15),
        ("K", 300, 300),
        ("degF", 32, 273.15),
        // Time, canonical s.
        ("s", 30, 30),
        ("min", 1, 60),
        ("h", 1, 3600),
        // Mass flow, canonical kg/s.
        ("kg/s", 0.5, 0.5),
        ("kg/min", 60, 1),
        ("kg/h", 3600, 1),
        ("g/s", 1000, 1),
        // Concentration, canonical volume fraction: 1 % = 0.01, 1 ppm = 1e-6,
        // %LFL of hydrogen's 4 % vol LFL: 25 %LFL = 1 % vol.
        ("%", 1, 0.01),
        ("ppm", 5000, 0.005),
        ("%LFL", 25, 0.01),
        // Heat flux, canonical kW/m2.
        ("kW/m2", 12.6, 12.6),
        ("W/m2", 1000, 1),
    ];

    private static IEnumerable<TestCaseData> ConversionCases() =>
        Cases.Select(c => new TestCaseData(c.Symbol, c.Value, c.Canonical).SetArgDisplayNames($"'{c.Symbol}'"));

    [TestCaseSource(nameof(ConversionCases))]
    public void Converts_to_canonical_by_the_cited_factor(string symbol, double value, double canonical)
    {
        UnitCatalog.TryGet(symbol, out var unit).Should().BeTrue();
        Close.Within(unit!.ToCanonical(value), canonical);
        Close.Within(unit.FromCanonical(canonical), value);
        Close.Within(Quantity.From(value, symbol).Value, canonical);
    }

    [Test]
    public void Every_catalogue_unit_has_a_cited_case() =>
        UnitCatalog.All.Select(u => u.Symbol).Should().BeEquivalentTo(Cases.Select(c => c.Symbol));

    [TestCase(1, "ft", 0.3048)]
    [TestCase(25, "ft", 7.62)]
    [TestCase(1, "in", 0.0254)]
    public void Lengths_in_metres(double value, string unit, double metres) =>
        Close.Within(Quantity.From(value, unit).In("m"), metres);

    [Test]
    public void Psi_to_kilopascal_is_the_exact_factor() =>
        Close.Within(Quantity.From(1, "psi").In("kPa"), 6.894757293168);

    [Test]
    public void Gallon_to_litre_is_the_exact_factor() =>
        Close.Within(Quantity.From(1, "gal").In("L"), 3.785411784);

    [Test]
    public void Pound_to_kilogram_is_the_exact_factor() =>
        Close.Within(Quantity.From(1, "lb").In("kg"), 0.45359237);
}

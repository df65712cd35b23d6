using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Units;

/// <summary>Gas volumes of hydrogen are masses (docs/units.md gives the reference conditions).</summary>
public class HydrogenAmountTests
{
    // Nm3: 0 °C and 101.325 kPa absolute, hydrogen density 0.08988 kg/m3.
    private const double NormalDensity = 0.08988;

    // scf: 70 °F (21.1 °C) and 14.7 psia, the NTP of 29 CFR 1910.103 and NFPA 2; density 0.08350 kg/m3.
    private const double StandardDensity = 0.08350;

    // 1 ft3 = (0.3048 m)^3 = 0.028316846592 m3 exactly (NIST SP 811, B.8).
    private const double CubicFoot = 0.028316846592;

    [Test]
    public void Normal_cubic_metre_is_its_density_in_kilograms()
    {
        Close.Within(Quantity.From(1, "Nm3").In("kg"), NormalDensity);
        Close.Within(Quantity.From(1000, "Nm3").In("kg"), 89.88);
    }

    [Test]
    public void Standard_cubic_foot_is_density_times_one_cubic_foot()
    {
        Close.Within(Quantity.From(1, "scf").In("kg"), StandardDensity * CubicFoot);
        Quantity.From(1, "scf").In("kg").Should().BeApproximately(0.0023645, 1e-7);
    }

    [Test]
    public void About_423_scf_per_kilogram() =>
        Quantity.From(1, "kg").In("scf").Should().BeApproximately(422.93, 0.01);

    [Test]
    public void Gas_amounts_are_masses()
    {
        Quantity.From(1, "Nm3").Dimension.Should().Be(Dimension.Mass);
        Quantity.From(1, "scf").Dimension.Should().Be(Dimension.Mass);
    }

    [Test]
    public void Nm3_and_scf_convert_into_each_other() =>
        // 3,500 scf (Michigan's first break) is 99 m3 of gas at 70 °F; as normal m3 of the same mass it is less.
        Close.Within(Quantity.From(3500, "scf").In("Nm3"), 3500 * StandardDensity * CubicFoot / NormalDensity);
}

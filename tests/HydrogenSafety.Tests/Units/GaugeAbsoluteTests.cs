using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Units;

/// <summary>Plain pressure units are gauge; bara and psia subtract 1 atm = 101.325 kPa (NIST SP 811, B.8).</summary>
public class GaugeAbsoluteTests
{
    [Test]
    public void Zero_bara_is_minus_one_atmosphere_gauge() =>
        Close.Within(Quantity.From(0, "bara").Value, -0.101325);

    [Test]
    public void One_atmosphere_absolute_is_zero_gauge() =>
        Quantity.From(1.01325, "bara").Value.Should().BeApproximately(0, 1e-15);

    [Test]
    public void Sea_level_psia_is_about_zero_gauge() =>
        // 14.7 psia = 0.101353 MPa absolute, 28 Pa above 1 atm.
        Quantity.From(14.7, "psia").Value.Should().BeApproximately(0, 3e-5);

    [Test]
    public void One_atmosphere_in_psia_is_zero_gauge() =>
        // 101.325 kPa / 6.894757293168 kPa per psi = 14.695948775513 psi.
        Quantity.From(14.695948775513, "psia").Value.Should().BeApproximately(0, 1e-12);

    [TestCase("barg", "bar")]
    [TestCase("psig", "psi")]
    public void Gauge_suffix_means_the_same_as_no_suffix(string gauge, string plain) =>
        Quantity.From(700, gauge).Value.Should().Be(Quantity.From(700, plain).Value);

    [Test]
    public void Gauge_pressure_reads_back_as_absolute() =>
        Close.Within(Quantity.From(0, "MPa").In("bara"), 1.01325);

    [Test]
    public void Absolute_reads_back_in_its_own_unit() =>
        Quantity.From(0, "bara").ToString().Should().Be("0 bara");

    [Test]
    public void Seventy_megapascal_gauge_in_psia() =>
        // (70 MPa + 0.101325 MPa) / 0.006894757293168 MPa per psi.
        Close.Within(Quantity.From(70, "MPa").In("psia"), 70.101325 / 0.006894757293168);
}

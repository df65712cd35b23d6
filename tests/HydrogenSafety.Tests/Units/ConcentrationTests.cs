using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Units;

/// <summary>Concentration is a volume fraction; %LFL is relative to hydrogen's 4 % vol lower flammability limit.</summary>
public class ConcentrationTests
{
    [TestCase(25, 1)]
    [TestCase(50, 2)]
    [TestCase(100, 4)]
    public void Percent_of_LFL_to_volume_percent(double percentLfl, double volumePercent) =>
        Close.Within(Quantity.From(percentLfl, "%LFL").In("%"), volumePercent);

    [Test]
    public void Twenty_five_percent_LFL_equals_one_percent() =>
        QuantityMath.ApproximatelyEqual(Quantity.From(25, "%LFL").Value, Quantity.From(1, "%").Value).Should().BeTrue();

    [Test]
    public void Canonical_value_is_the_fraction() =>
        Close.Within(Quantity.From(1, "%").Value, 0.01);

    [Test]
    public void Half_a_percent_is_5000_ppm() =>
        Close.Within(Quantity.From(0.5, "%").In("ppm"), 5000);

    [Test]
    public void Canonical_concentration_displays_as_percent() =>
        UnitCatalog.Canonical(Dimension.Concentration).Symbol.Should().Be("%");
}

using HydrogenSafety.Consequences;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Consequences;

/// <summary>Properties every estimate must have: monotone in pressure and leak size, units consistent, bad inputs refused.</summary>
public sealed class ConsequencePropertyTests
{
    private static HazardEstimate Estimate(double mpa, double mm, double kelvin = 288) =>
        HazardCalculator.Estimate(new ReleaseScenario(Quantity.From(mpa, "MPa"), Quantity.From(kelvin, "K"), Quantity.From(mm, "mm")));

    [Test]
    public void Distances_grow_with_pressure_and_leak_diameter()
    {
        var pressures = new[] { 1.0, 5, 10, 20, 35, 50, 70, 90 };
        var diameters = new[] { 0.2, 0.5, 1, 2, 3.56, 6.35, 10 };
        foreach (var d in diameters)
        {
            AssertIncreasing(pressures.Select(p => Estimate(p, d)).ToList());
        }

        foreach (var p in pressures)
        {
            AssertIncreasing(diameters.Select(d => Estimate(p, d)).ToList());
        }
    }

    [Test]
    public void Outputs_carry_their_units_and_agree_across_units()
    {
        var a = Estimate(70, 1);
        var b = HazardCalculator.Estimate(new ReleaseScenario(Quantity.From(700, "bar"), Quantity.From(14.85, "degC"), Quantity.From(0.1, "cm")));
        a.MassFlow.Dimension.Should().Be(Dimension.MassFlow);
        a.FlameLength.Dimension.Should().Be(Dimension.Length);
        a.HeatFluxDistances.Should().OnlyContain(h => h.Distance.Dimension == Dimension.Length && h.HeatFlux.Dimension == Dimension.HeatFlux);
        b.MassFlow.Value.Should().BeApproximately(a.MassFlow.Value, a.MassFlow.Value * 1e-9);
        b.DistanceToHeatFlux(Quantity.From(4732, "W/m2")).Value.Should().BeApproximately(a.DistanceToHeatFlux(Quantity.From(4.732, "kW/m2")).Value, 1e-6);
        a.DistanceTo(Quantity.From(100, "%LFL")).Advisory.Value.Should().BeApproximately(a.DistanceTo(Quantity.From(4, "%")).Advisory.Value, 1e-9);
        // Dimensional scaling: at a fixed state every length scales with the leak diameter, the flow with its square.
        var c = Estimate(70, 2);
        (c.MassFlow.Value / a.MassFlow.Value).Should().BeApproximately(4, 1e-9);
        (c.FlameLength.Value / a.FlameLength.Value).Should().BeApproximately(2, 1e-9);
        (c.ConcentrationDistances[1].Advisory.Value / a.ConcentrationDistances[1].Advisory.Value).Should().BeApproximately(2, 1e-9);
    }

    [Test]
    public void Closer_heat_flux_levels_are_nearer_and_lower_concentrations_farther()
    {
        var e = Estimate(35, 3.56);
        e.HeatFluxDistances.Select(h => h.Distance.Value).Should().BeInDescendingOrder();
        e.ConcentrationDistances.Select(c => c.Advisory.Value).Should().BeInAscendingOrder();
        e.HeatFluxDistances.Should().OnlyContain(h => h.Distance.Value > e.FlameLength.Value);
    }

    [TestCase(70, 1, 80.0, "below 100 K")]
    [TestCase(120, 1, 288.0, "above 100 MPa")]
    [TestCase(0.05, 1, 288.0, "subsonic")]
    [TestCase(70, 0, 288.0, "leak diameter")]
    public void Inputs_outside_validity_are_errors_not_numbers(double mpa, double mm, double kelvin, string reason)
    {
        var act = () => Estimate(mpa, mm, kelvin);
        act.Should().Throw<HazardInputException>().WithMessage($"*{reason}*");
    }

    [Test]
    public void Wrong_dimensions_are_errors()
    {
        var act = () => HazardCalculator.Estimate(new ReleaseScenario(Quantity.From(70, "K"), Quantity.From(288, "K"), Quantity.From(1, "mm")));
        act.Should().Throw<HazardInputException>();
        var e = Estimate(70, 1);
        ((Action)(() => e.DistanceTo(Quantity.From(4, "kW/m2")))).Should().Throw<HazardInputException>();
        ((Action)(() => e.DistanceToHeatFlux(Quantity.From(4, "%")))).Should().Throw<HazardInputException>();
        ((Action)(() => ReleaseScenario.FromPipe(Quantity.From(70, "MPa"), Quantity.From(288, "K"), Quantity.From(6.223, "mm"), 1.5))).Should().Throw<HazardInputException>();
    }

    [Test]
    public void Leak_from_pipe_fraction_is_d_sqrt_f()
    {
        var s = ReleaseScenario.FromPipe(Quantity.From(70, "MPa"), Quantity.From(288, "K"), Quantity.From(6.223, "mm"), ReleaseScenario.Nfpa2LeakFraction);
        s.LeakDiameter.Value.Should().BeApproximately(0.006223 * 0.1732, 1e-6);
    }

    private static void AssertIncreasing(IReadOnlyList<HazardEstimate> estimates)
    {
        for (var i = 1; i < estimates.Count; i++)
        {
            var (a, b) = (estimates[i - 1], estimates[i]);
            b.MassFlow.Value.Should().BeGreaterThan(a.MassFlow.Value);
            b.FlameLength.Value.Should().BeGreaterThan(a.FlameLength.Value);
            for (var k = 0; k < a.ConcentrationDistances.Count; k++)
            {
                b.ConcentrationDistances[k].Advisory.Value.Should().BeGreaterThan(a.ConcentrationDistances[k].Advisory.Value);
            }

            for (var k = 0; k < a.HeatFluxDistances.Count; k++)
            {
                b.HeatFluxDistances[k].Distance.Value.Should().BeGreaterThan(a.HeatFluxDistances[k].Distance.Value);
            }
        }
    }
}

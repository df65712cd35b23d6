using HydrogenSafety.Consequences;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Consequences;

/// <summary>
/// The consequence models against published values and experiments (docs/consequences.md shows the table).
/// Each case names its source, its tolerance and why the tolerance is what it is.
/// </summary>
public sealed class ConsequenceValidationTests
{
    private static readonly AbelNobleHydrogen s_eos = AbelNobleHydrogen.Default;

    private static ReleaseModel Absolute(double megapascalAbsolute, double kelvin, double millimetres, NotionalNozzleModel nozzle = NotionalNozzleModel.YuceilOtugen) =>
        new(s_eos, megapascalAbsolute * 1e6, kelvin, millimetres / 1000, 1, nozzle, 288);

    // Abel-Noble density at 288 K (brief §1.2 [C] 24.02 / 40.55 kg/m3; Leachman ≈ 24.0 / 40.2 [R]).
    // Tolerance 0.2 % against the closed form; 1.5 % against the real-gas reference (the known Abel-Noble error).
    [TestCase(35.0, 24.02, 24.0)]
    [TestCase(70.0, 40.55, 40.2)]
    public void Abel_Noble_density_matches_the_closed_form_and_the_real_gas_within_its_known_error(double mpa, double closedForm, double realGas)
    {
        var rho = s_eos.At(mpa * 1e6, 288).Density;
        rho.Should().BeApproximately(closedForm, closedForm * 0.002);
        rho.Should().BeApproximately(realGas, realGas * 0.015);
    }

    // Ideal-gas limit (b = 0): G = P0 √(γ/(R T0)) (2/(γ+1))^((γ+1)/(2(γ−1))), exact; tolerance 1e-6 (search precision).
    [Test]
    public void Maximum_flux_search_reproduces_the_ideal_gas_choked_flux()
    {
        var ideal = new AbelNobleHydrogen(0, 1.4);
        var stagnation = ideal.At(1e6, 300);
        var flow = OrificeFlow.Choked(ideal, stagnation, 101_325, 0.001, 1)!.Value;
        var expected = 1e6 * Math.Sqrt(1.4 / (ideal.GasConstant * 300)) * Math.Pow(2 / 2.4, 2.4 / 0.8);
        flow.MassFlux.Should().BeApproximately(expected, expected * 1e-6);
        (flow.Throat.Pressure / 1e6).Should().BeApproximately(Math.Pow(2 / 2.4, 1.4 / 0.4), 1e-5);
    }

    // Energy-consistent Abel-Noble maximum flux (brief §2.2 [C], an independent prototype): regression, 0.5 %.
    [TestCase(10.0, 6192)]
    [TestCase(35.0, 20952)]
    [TestCase(70.0, 40172)]
    public void Choked_mass_flux_matches_the_energy_consistent_prototype(double mpa, double flux)
    {
        var flow = OrificeFlow.Choked(s_eos, s_eos.At(mpa * 1e6, 288), 101_325, 0.001, 1)!.Value;
        flow.MassFlux.Should().BeApproximately(flux, flux * 0.005);
    }

    // Yüceil–Ötügen, 35 MPa, 288 K, 3.56 mm, C_d = 1 (brief §3 [C]): ṁ 0.2086 kg/s, u_e 2158 m/s, T_e 145 K,
    // ρ_e 0.169 kg/m3, d_e 27.0 mm. Regression: 1 % (T_e, ρ_e and d_e are printed to 3 figures: 2 %).
    [Test]
    public void Yuceil_Otugen_nozzle_matches_the_worked_example()
    {
        var m = Absolute(35, 288, 3.56);
        m.Throat.MassFlow.Should().BeApproximately(0.2086, 0.2086 * 0.01);
        m.Jet.Velocity.Should().BeApproximately(2158, 2158 * 0.01);
        m.Jet.Temperature.Should().BeApproximately(145, 145 * 0.02);
        m.Jet.Density.Should().BeApproximately(0.169, 0.169 * 0.02);
        (m.Jet.Diameter * 1000).Should().BeApproximately(27.0, 27.0 * 0.02);
    }

    // Han et al. 2013 (IJHE 38, doi 10.1016/j.ijhydene.2012.11.071) Fig. 6c, d = 1 mm, horizontal jets, distances
    // to 4 % (LFL) and 2 % measured at 100–400 bar (data as digitised in the HyRAM+ validation suite). The brief (§4.1)
    // finds K = 5.4 over-predicts by 1.55–1.70: the advisory distance must be conservative (≥ measured) and within
    // 2× of it; the best estimate (K = 4) within 35 %.
    [TestCase(100, 0.04, 2.287)]
    [TestCase(200, 0.04, 3.137)]
    [TestCase(300, 0.04, 3.930)]
    [TestCase(400, 0.04, 4.556)]
    [TestCase(100, 0.02, 4.527)]
    [TestCase(200, 0.02, 5.992)]
    [TestCase(300, 0.02, 7.878)]
    [TestCase(400, 0.02, 8.867)]
    public void Distance_to_concentration_is_conservative_against_Han_2013(double bar, double fraction, double measured)
    {
        var m = Absolute(bar / 10 + 0.101325, 288, 1.0);
        var advisory = m.DistanceToMoleFraction(fraction);
        var best = m.DistanceToMoleFraction(fraction, ReleaseModel.BestEstimateDecayConstant);
        advisory.Should().BeGreaterThanOrEqualTo(measured).And.BeLessThanOrEqualTo(2 * measured);
        best.Should().BeApproximately(measured, 0.35 * measured);
    }

    // Ekoto et al. 2014 (IJHE 39:20570) Table 2 reports Yüceil–Ötügen/Abel-Noble flame lengths of 17.5 and 44.6 m for
    // measured 17.4 and 45.9 m; their release conditions are not in the brief, so the momentum-limit form is checked
    // instead: for Fr_f ≥ 5, L = 23 d_e √(ρ_e/ρ_a) / f_s exactly.
    [Test]
    public void Flame_length_is_the_momentum_dominated_limit_for_pressurised_leaks()
    {
        var m = Absolute(35, 288, 3.56);
        m.Flame.FroudeNumber.Should().BeGreaterThan(5);
        var expected = 23 * m.Jet.Diameter * Math.Sqrt(m.Jet.Density / m.AirDensity) / PhysicalConstants.StoichiometricMixtureFraction;
        m.Flame.Length.Should().BeApproximately(expected, expected * 1e-12);
    }

    // Radiant fraction for 3.56 mm at 35–70 MPa: 0.08–0.09 in the brief's prototype (§5.2 [C], T_ad not stated there);
    // with T_ad = 2390 K the fit gives slightly less: accept 0.06–0.10.
    [TestCase(35.0)]
    [TestCase(70.0)]
    public void Radiant_fraction_is_in_the_published_range(double mpa)
    {
        Absolute(mpa, 288, 3.56).Flame.RadiantFraction.Should().BeInRange(0.06, 0.10);
    }

    // Wayne 1991 at 288 K, RH 0.89, 1 m: hand evaluation of the formula gives 0.967; clamp at 1 for short paths.
    [Test]
    public void Transmissivity_follows_Wayne_and_never_exceeds_one()
    {
        var flame = Absolute(35, 288, 3.56).Flame;
        flame.Transmissivity(1).Should().BeApproximately(0.967, 0.002);
        flame.Transmissivity(0.001).Should().Be(1);
        flame.Transmissivity(100).Should().BeLessThan(flame.Transmissivity(10));
    }

    // Far from the flame the weighted sources act as one point: q·4πR²/τ → S_rad (1 %).
    [Test]
    public void Multi_source_flux_tends_to_the_point_source_far_away()
    {
        var flame = Absolute(70, 288, 3.56).Flame;
        var far = 50 * flame.Length;
        var ratio = flame.HeatFlux(far, 0) / flame.PointSourceHeatFlux(far, 0);
        ratio.Should().BeApproximately(1, 0.01);
        flame.HeatFlux(flame.AxialDistanceTo(4732), 0).Should().BeApproximately(4732, 4732 * 1e-6);
    }

    // Probits (brief §6.2): Eisenberg at Y = 5 is a 50 % fatality; Φ(0) = 0.5, Φ(1.96) = 0.975.
    [Test]
    public void Probits_and_normal_distribution()
    {
        Harm.NormalCdf(0).Should().BeApproximately(0.5, 1e-7);
        Harm.NormalCdf(1.959964).Should().BeApproximately(0.975, 1e-6);
        var dose = Math.Exp((5 + 38.48) / 2.56);
        Harm.Probability(Harm.Probit(ThermalProbit.Eisenberg, dose)).Should().BeApproximately(0.5, 1e-6);
        Harm.Dose(1000, 30).Should().BeApproximately(30 * 10000, 1e-6);
        var q = HazardEstimate.FatalityProbability(Quantity.From(25.237, "kW/m2"), Quantity.From(30, "s"));
        q.Should().BeInRange(0.0, 1.0);
        HazardEstimate.FatalityProbability(Quantity.From(25.237, "kW/m2"), Quantity.From(60, "s")).Should().BeGreaterThan(q);
    }
}

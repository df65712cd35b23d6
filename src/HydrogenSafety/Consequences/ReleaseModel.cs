using System.Globalization;
using HydrogenSafety.Units;

namespace HydrogenSafety.Consequences;

/// <summary>
/// One release worked through once (throat, notional nozzle, flame) in SI units, after its inputs have been checked;
/// distances to any concentration or heat flux are then cheap (a heat flux is a root search, about 15 µs). Immutable
/// and safe to share between threads; an engine's <see cref="HazardCache"/> keeps its distances.
/// </summary>
internal sealed class ReleaseModel
{
    /// <summary>Similarity-law constant K of the advisory (conservative) distances (Chen &amp; Rodi 1980; Molkov 2012).</summary>
    public const double AdvisoryDecayConstant = 5.4;

    /// <summary>Similarity-law constant K of the best-estimate distances (fits to Han 2013 and Houf &amp; Schefer 2008).</summary>
    public const double BestEstimateDecayConstant = 4.0;

    /// <summary>Upper limit of the stagnation pressure, Pa absolute.</summary>
    public const double MaximumPressure = 100e6;

    /// <summary>Below this temperature (K) hydrogen is cryogenic: out of scope.</summary>
    public const double MinimumTemperature = 100;

    /// <summary>Above this temperature (K) the inputs are rejected.</summary>
    public const double MaximumTemperature = 1000;

    private readonly List<string> _warnings = [];

    public ReleaseModel(IEquationOfState eos, double pressure, double temperature, double diameter, double cd, NotionalNozzleModel nozzle, double ambientTemperature)
    {
        Check(pressure, temperature, diameter, cd, ambientTemperature);
        Eos = eos;
        StagnationPressure = pressure;
        StagnationTemperature = temperature;
        Diameter = diameter;
        DischargeCoefficient = cd;
        Nozzle = nozzle;
        AmbientPressure = PhysicalConstants.AmbientPressure;
        AmbientTemperature = ambientTemperature;
        AirDensity = PhysicalConstants.AirDensity(AmbientPressure, ambientTemperature);
        if (temperature < 200 || temperature > 400)
        {
            _warnings.Add(string.Create(CultureInfo.InvariantCulture, $"temperature {temperature:0.#} K is outside 200–400 K, where the Abel-Noble equation was checked"));
        }

        Stagnation = eos.At(pressure, temperature);
        Throat = OrificeFlow.Choked(eos, Stagnation, AmbientPressure, diameter, cd)
            ?? throw new HazardInputException(string.Create(CultureInfo.InvariantCulture,
                $"the release is subsonic ({pressure / AmbientPressure:0.##} × ambient pressure, not choked); the jet and flame models here start from a choked flow, and a subsonic one needs its mass flow given"));
        Jet = NotionalNozzle.Expand(eos, nozzle, Stagnation, Throat, AmbientPressure, cd);
        Flame = new JetFlame(Jet, Throat.MassFlow, AmbientPressure, ambientTemperature);

        // Chen & Rodi: momentum-dominated up to x_b = d_e √Fr (ρ_e/ρ_a)^¼, Fr = ρ_e u_e² / (g d_e |ρ_a − ρ_e|).
        var froude = Jet.Density * Jet.Velocity * Jet.Velocity / (PhysicalConstants.Gravity * Jet.Diameter * Math.Abs(AirDensity - Jet.Density));
        MomentumLength = Jet.Diameter * Math.Sqrt(froude) * Math.Pow(Jet.Density / AirDensity, 0.25);
    }

    public IEquationOfState Eos { get; }

    public double StagnationPressure { get; }

    public double StagnationTemperature { get; }

    public double Diameter { get; }

    public double DischargeCoefficient { get; }

    public NotionalNozzleModel Nozzle { get; }

    public double AmbientPressure { get; }

    public double AmbientTemperature { get; }

    public double AirDensity { get; }

    public GasState Stagnation { get; }

    public ThroatFlow Throat { get; }

    public ExpandedJet Jet { get; }

    public JetFlame Flame { get; }

    /// <summary>Length (m) up to which the jet is momentum dominated (Chen &amp; Rodi); beyond it buoyancy bends the jet.</summary>
    public double MomentumLength { get; }

    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>
    /// Centreline distance (m) to the mole fraction <paramref name="moleFraction"/>:
    /// <c>x = K √(ρ*/ρ_a) d √C_d / Y</c> (similarity law; ρ* the throat density).
    /// </summary>
    public double DistanceToMoleFraction(double moleFraction, double decayConstant = AdvisoryDecayConstant)
    {
        if (!(moleFraction > 0 && moleFraction < 1))
        {
            throw new HazardInputException(string.Create(CultureInfo.InvariantCulture, $"a concentration must be above 0 and below 100 %, not {moleFraction * 100:0.###} %"));
        }

        var y = PhysicalConstants.MassFraction(moleFraction);
        return decayConstant * Math.Sqrt(Throat.Throat.Density / AirDensity) * Diameter * Math.Sqrt(DischargeCoefficient) / y;
    }

    /// <summary>Distance (m) from the leak along the flame axis to the heat flux <paramref name="flux"/> (W/m2).</summary>
    public double DistanceToHeatFlux(double flux)
    {
        if (!(flux > 0) || double.IsInfinity(flux))
        {
            throw new HazardInputException(string.Create(CultureInfo.InvariantCulture, $"a heat flux must be above 0, not {flux / 1000:0.###} kW/m2"));
        }

        return Flame.AxialDistanceTo(flux);
    }

    /// <summary>The models and constants, for the record of every result.</summary>
    public IReadOnlyList<string> Models() =>
    [
        "equation of state: " + Eos.Description,
        string.Create(CultureInfo.InvariantCulture, $"orifice: isentropic maximum flux, golden-section search (C_d = {DischargeCoefficient})"),
        "notional nozzle: " + (Nozzle == NotionalNozzleModel.Birch ? "birch-1984 (mass; T = T0, sonic)" : "yuceil-otugen-2002 (mass, momentum, energy)"),
        string.Create(CultureInfo.InvariantCulture, $"unignited jet: similarity law (Chen & Rodi 1980; Molkov 2012), K = {AdvisoryDecayConstant} advisory, K = {BestEstimateDecayConstant} best estimate, centreline"),
        string.Create(CultureInfo.InvariantCulture, $"flame length: schefer-2006/molina-2007 (f_s = {PhysicalConstants.StoichiometricMixtureFraction}, T_ad = {PhysicalConstants.AdiabaticFlameTemperature} K)"),
        string.Create(CultureInfo.InvariantCulture, $"radiant fraction: panda-hecht-2016 (a_p = {PhysicalConstants.PlanckMeanAbsorption} 1/m, ΔH_c = {PhysicalConstants.HeatOfCombustion:0.##e0} J/kg)"),
        string.Create(CultureInfo.InvariantCulture, $"heat flux: hankinson-lowesmith-2012 weighted multi-source, N = {JetFlame.SourceCount}, straight flame, along the axis"),
        string.Create(CultureInfo.InvariantCulture, $"transmissivity: wayne-1991 (RH = {PhysicalConstants.RelativeHumidity}, CO2 = {PhysicalConstants.CarbonDioxidePpm} ppm)"),
    ];

    private static void Check(double pressure, double temperature, double diameter, double cd, double ambientTemperature)
    {
        if (!double.IsFinite(pressure) || pressure <= 0)
        {
            throw new HazardInputException("the stagnation pressure must be above vacuum");
        }

        if (pressure > MaximumPressure)
        {
            throw new HazardInputException(string.Create(CultureInfo.InvariantCulture, $"{pressure / 1e6:0.###} MPa absolute is above 100 MPa, the limit of the hydrogen property model"));
        }

        if (!double.IsFinite(temperature) || temperature < MinimumTemperature)
        {
            throw new HazardInputException(string.Create(CultureInfo.InvariantCulture, $"{temperature:0.#} K is below 100 K: cryogenic and liquid hydrogen are outside these gas-release models"));
        }

        if (temperature > MaximumTemperature)
        {
            throw new HazardInputException(string.Create(CultureInfo.InvariantCulture, $"{temperature:0.#} K is above 1000 K, outside the hydrogen property model"));
        }

        if (!double.IsFinite(diameter) || diameter <= 0 || diameter > 1)
        {
            throw new HazardInputException(string.Create(CultureInfo.InvariantCulture, $"the leak diameter must be above 0 and at most 1 m, not {diameter} m"));
        }

        if (!(cd > 0 && cd <= 1))
        {
            throw new HazardInputException(string.Create(CultureInfo.InvariantCulture, $"the discharge coefficient must be above 0 and at most 1, not {cd}"));
        }

        if (!(ambientTemperature >= 200 && ambientTemperature <= 330))
        {
            throw new HazardInputException(string.Create(CultureInfo.InvariantCulture, $"the ambient temperature must be between 200 K and 330 K, not {ambientTemperature:0.#} K"));
        }
    }

    /// <summary>Converts a gauge pressure quantity to pascal absolute.</summary>
    public static double AbsolutePascal(Quantity gauge)
    {
        if (gauge.Dimension != Dimension.Pressure)
        {
            throw new HazardInputException($"the pressure must be a pressure, not {gauge}");
        }

        return (gauge.Value + HydrogenReference.StandardAtmosphereMPa) * 1e6;
    }
}

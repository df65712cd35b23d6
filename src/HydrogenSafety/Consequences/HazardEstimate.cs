using HydrogenSafety.Units;

namespace HydrogenSafety.Consequences;

/// <summary>The distance along the jet centreline to a hydrogen concentration in air.</summary>
/// <param name="Concentration">The concentration (mole, i.e. volume, fraction).</param>
/// <param name="Advisory">The conservative distance (similarity law, K = 5.4).</param>
/// <param name="BestEstimate">The best-estimate distance (K = 4.0).</param>
/// <param name="BuoyancyAffected">The distance lies beyond the momentum-dominated length: buoyancy bends the real jet, and the straight centreline is less reliable.</param>
public sealed record ConcentrationDistance(Quantity Concentration, Quantity Advisory, Quantity BestEstimate, bool BuoyancyAffected);

/// <summary>The distance from the leak, along the flame axis, to a radiant heat flux.</summary>
/// <param name="HeatFlux">The heat flux.</param>
/// <param name="Distance">The distance from the leak point.</param>
public sealed record HeatFluxDistance(Quantity HeatFlux, Quantity Distance);

/// <summary>
/// Advisory consequence estimates of one release: flow, notional nozzle, flame and the distances to the default
/// concentration and heat-flux levels, with the models and constants used. Not a code-compliance determination.
/// </summary>
public sealed class HazardEstimate
{
    /// <summary>The words every printed estimate carries.</summary>
    public const string Disclaimer = "advisory — not a code-compliance determination";

    /// <summary>The default concentrations: 8, 4 (the lower flammability limit), 2 and 1 % by volume.</summary>
    public static IReadOnlyList<Quantity> DefaultConcentrations { get; } =
        [Quantity.From(8, "%"), Quantity.From(4, "%"), Quantity.From(2, "%"), Quantity.From(1, "%")];

    /// <summary>The default heat fluxes: 1.577, 4.732, 9.464 and 25.237 kW/m2 (500, 1500, 3000 and 8000 Btu/(h·ft²)).</summary>
    public static IReadOnlyList<Quantity> DefaultHeatFluxes { get; } =
        [Quantity.From(1.577, "kW/m2"), Quantity.From(4.732, "kW/m2"), Quantity.From(9.464, "kW/m2"), Quantity.From(25.237, "kW/m2")];

    private readonly ReleaseModel _model;

    internal HazardEstimate(ReleaseScenario scenario, ReleaseModel model)
    {
        Scenario = scenario;
        _model = model;
        ConcentrationDistances = DefaultConcentrations.Select(DistanceTo).ToList();
        HeatFluxDistances = DefaultHeatFluxes.Select(q => new HeatFluxDistance(q, DistanceToHeatFlux(q))).ToList();
    }

    /// <summary>The release.</summary>
    public ReleaseScenario Scenario { get; }

    /// <summary>The leak diameter used (after a pipe fraction).</summary>
    public Quantity LeakDiameter => Length(_model.Diameter);

    /// <summary>Mass flow rate of the release.</summary>
    public Quantity MassFlow => new(_model.Throat.MassFlow, Dimension.MassFlow, "kg/s");

    /// <summary>Density at the throat, kg/m3.</summary>
    public double ThroatDensity => _model.Throat.Throat.Density;

    /// <summary>Absolute pressure at the throat.</summary>
    public Quantity ThroatPressure => new(_model.Throat.Throat.Pressure / 1e6 - HydrogenReference.StandardAtmosphereMPa, Dimension.Pressure, "MPa");

    /// <summary>Diameter of the notional nozzle.</summary>
    public Quantity NotionalDiameter => Length(_model.Jet.Diameter);

    /// <summary>Velocity at the notional nozzle, m/s.</summary>
    public double NotionalVelocity => _model.Jet.Velocity;

    /// <summary>Temperature at the notional nozzle.</summary>
    public Quantity NotionalTemperature => new(_model.Jet.Temperature, Dimension.Temperature, "K");

    /// <summary>Density at the notional nozzle, kg/m3.</summary>
    public double NotionalDensity => _model.Jet.Density;

    /// <summary>Visible flame length.</summary>
    public Quantity FlameLength => Length(_model.Flame.Length);

    /// <summary>Flame width (0.17 × length).</summary>
    public Quantity FlameWidth => Length(_model.Flame.Width);

    /// <summary>Radiant fraction χ_rad (plain number).</summary>
    public double RadiantFraction => _model.Flame.RadiantFraction;

    /// <summary>Radiant power, W.</summary>
    public double RadiantPower => _model.Flame.RadiantPower;

    /// <summary>Length up to which the unignited jet is momentum dominated.</summary>
    public Quantity MomentumDominatedLength => Length(_model.MomentumLength);

    /// <summary>Distances to <see cref="DefaultConcentrations"/>.</summary>
    public IReadOnlyList<ConcentrationDistance> ConcentrationDistances { get; }

    /// <summary>Distances to <see cref="DefaultHeatFluxes"/>.</summary>
    public IReadOnlyList<HeatFluxDistance> HeatFluxDistances { get; }

    /// <summary>The models and their constants.</summary>
    public IReadOnlyList<string> Models => _model.Models();

    /// <summary>Warnings about the validity of the estimate (temperature range, buoyancy).</summary>
    public IReadOnlyList<string> Warnings =>
        _model.Warnings.Concat(ConcentrationDistances.Where(c => c.BuoyancyAffected)
            .Select(c => $"the {c.Concentration} distance is beyond the momentum-dominated length ({_model.MomentumLength.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} m); buoyancy bends the real jet (an integral plume model is due)")).ToList();

    /// <summary>The centreline distance to a concentration (a quantity in %, ppm or %LFL).</summary>
    /// <exception cref="HazardInputException">Not a concentration, or not between 0 and 100 %.</exception>
    public ConcentrationDistance DistanceTo(Quantity concentration)
    {
        if (concentration.Dimension != Dimension.Concentration)
        {
            throw new HazardInputException($"a concentration is due (e.g. 4 %), not {concentration}");
        }

        var advisory = _model.DistanceToMoleFraction(concentration.Value);
        var best = _model.DistanceToMoleFraction(concentration.Value, ReleaseModel.BestEstimateDecayConstant);
        return new ConcentrationDistance(concentration, Length(advisory), Length(best), advisory > _model.MomentumLength);
    }

    /// <summary>The distance from the leak, along the flame axis, to a heat flux (a quantity in kW/m2 or W/m2).</summary>
    /// <exception cref="HazardInputException">Not a heat flux, or not above zero.</exception>
    public Quantity DistanceToHeatFlux(Quantity heatFlux)
    {
        if (heatFlux.Dimension != Dimension.HeatFlux)
        {
            throw new HazardInputException($"a heat flux is due (e.g. 4.732 kW/m2), not {heatFlux}");
        }

        return Length(_model.DistanceToHeatFlux(heatFlux.Value * 1000));
    }

    /// <summary>The radiant heat flux at a distance from the leak along the flame axis, or beside the flame when <paramref name="beside"/> is given.</summary>
    public Quantity HeatFluxAt(Quantity along, Quantity? beside = null)
    {
        var axial = RequireLength(along, "along");
        var radial = beside is { } b ? RequireLength(b, "beside") : 0;
        return new Quantity(_model.Flame.HeatFlux(axial, radial) / 1000, Dimension.HeatFlux, "kW/m2");
    }

    /// <summary>
    /// Probability of fatality for a person exposed for <paramref name="exposure"/> (30 s in HyRAM+ 6) to
    /// <paramref name="heatFlux"/>: Φ(Y − 5) of the probit of the dose t·q^(4/3).
    /// </summary>
    public static double FatalityProbability(Quantity heatFlux, Quantity exposure, ThermalProbit probit = ThermalProbit.Eisenberg)
    {
        if (heatFlux.Dimension != Dimension.HeatFlux || !(heatFlux.Value > 0))
        {
            throw new HazardInputException($"a heat flux above zero is due, not {heatFlux}");
        }

        if (exposure.Dimension != Dimension.Time || !(exposure.Value > 0))
        {
            throw new HazardInputException($"an exposure time above zero is due, not {exposure}");
        }

        return Harm.Probability(Harm.Probit(probit, Harm.Dose(heatFlux.Value * 1000, exposure.Value)));
    }

    /// <summary>Thermal dose t·q^(4/3) in (W/m2)^(4/3)·s.</summary>
    public static double ThermalDose(Quantity heatFlux, Quantity exposure) =>
        heatFlux.Dimension == Dimension.HeatFlux && exposure.Dimension == Dimension.Time
            ? Harm.Dose(heatFlux.Value * 1000, exposure.Value)
            : throw new HazardInputException($"a heat flux and a time are due, not {heatFlux} and {exposure}");

    private static double RequireLength(Quantity q, string name) =>
        q.Dimension == Dimension.Length && q.Value >= 0 && double.IsFinite(q.Value)
            ? q.Value
            : throw new HazardInputException($"{name} must be a length of at least 0, not {q}");

    private static Quantity Length(double metres) => new(metres, Dimension.Length, "m");
}

using System.Collections.Concurrent;

namespace HydrogenSafety.Consequences;

/// <summary>
/// The release models and advisory distances one compiled engine has worked out, per release state: a facility's
/// many exposure pairs ask for the same vessel's distance once per rule and binding, and every further request is
/// one dictionary lookup. Owned by one engine (no state is shared between engines), thread-safe (any number of
/// evaluations at once), bounded (each table is emptied when it reaches <see cref="Limit"/> entries). The cached
/// values are pure functions of their key, so a hit, a miss or an emptied table give the same result.
/// </summary>
internal sealed class HazardCache
{
    /// <summary>Entries each table holds before it is emptied.</summary>
    public const int Limit = 4096;

    // A model, or the message of the input error its state raises (thrown again on every request).
    private readonly ConcurrentDictionary<ReleaseKey, object> _models = new();
    private readonly ConcurrentDictionary<DistanceKey, Result> _distances = new();

    /// <summary>How many release states have a model (or an input error) here.</summary>
    public int ModelCount => _models.Count;

    /// <summary>How many distances are kept here.</summary>
    public int DistanceCount => _distances.Count;

    /// <summary>The release model of a state.</summary>
    /// <exception cref="HazardInputException">The state is outside the models' validity.</exception>
    public ReleaseModel Model(in ReleaseKey key)
    {
        if (!_models.TryGetValue(key, out var found))
        {
            try
            {
                found = key.Work();
            }
            catch (HazardInputException e)
            {
                found = e.Message;
            }

            Bound(_models);
            found = _models.GetOrAdd(key, found);
        }

        return found as ReleaseModel ?? throw new HazardInputException((string)found);
    }

    /// <summary>Distance (m) from the leak along the flame axis to a heat flux (W/m2).</summary>
    /// <exception cref="HazardInputException">The state or the level is outside the models' validity.</exception>
    public double DistanceToHeatFlux(in ReleaseKey key, double flux) => Distance(new DistanceKey(key, DistanceKind.HeatFlux, flux));

    /// <summary>Advisory centreline distance (m) to a mole fraction (K = 5.4).</summary>
    /// <exception cref="HazardInputException">The state or the level is outside the models' validity.</exception>
    public double DistanceToMoleFraction(in ReleaseKey key, double moleFraction) => Distance(new DistanceKey(key, DistanceKind.MoleFraction, moleFraction));

    private double Distance(DistanceKey key)
    {
        if (!_distances.TryGetValue(key, out var result))
        {
            try
            {
                var model = Model(key.Release);
                result = new Result(key.Kind == DistanceKind.HeatFlux ? model.DistanceToHeatFlux(key.Level) : model.DistanceToMoleFraction(key.Level), null);
            }
            catch (HazardInputException e)
            {
                result = new Result(0, e.Message);
            }

            Bound(_distances);
            _distances.TryAdd(key, result);
        }

        return result.Error is null ? result.Metres : throw new HazardInputException(result.Error);
    }

    private static void Bound<TKey, TValue>(ConcurrentDictionary<TKey, TValue> table)
        where TKey : notnull
    {
        if (table.Count >= Limit)
        {
            table.Clear();
        }
    }

    private enum DistanceKind : byte
    {
        HeatFlux,
        MoleFraction,
    }

    private readonly record struct DistanceKey(ReleaseKey Release, DistanceKind Kind, double Level);

    private readonly record struct Result(double Metres, string? Error);
}

/// <summary>
/// A release state in the models' units: stagnation pressure (Pa absolute), temperature (K), leak diameter (m),
/// discharge coefficient, notional nozzle and ambient temperature (K).
/// </summary>
internal readonly record struct ReleaseKey(double Pressure, double Temperature, double Diameter, double Cd, NotionalNozzleModel Nozzle, double Ambient)
{
    /// <summary>The state of a scenario, its quantities' dimensions checked.</summary>
    /// <exception cref="HazardInputException">A quantity has the wrong dimension.</exception>
    public static ReleaseKey Of(ReleaseScenario scenario)
    {
        if (scenario.Temperature.Dimension != Units.Dimension.Temperature || scenario.AmbientTemperature.Dimension != Units.Dimension.Temperature)
        {
            throw new HazardInputException($"the temperatures must be temperatures, not {scenario.Temperature} and {scenario.AmbientTemperature}");
        }

        if (scenario.LeakDiameter.Dimension != Units.Dimension.Length)
        {
            throw new HazardInputException($"the leak diameter must be a length, not {scenario.LeakDiameter}");
        }

        return new ReleaseKey(ReleaseModel.AbsolutePascal(scenario.Pressure), scenario.Temperature.Value, scenario.LeakDiameter.Value,
            scenario.DischargeCoefficient, scenario.NotionalNozzle, scenario.AmbientTemperature.Value);
    }

    /// <summary>
    /// The state of a rule built-in's component: gauge pressure (MPa, the canonical unit), temperature (K) and leak
    /// diameter (m), C_d = 1, Yüceil–Ötügen, 288 K ambient (the <see cref="ReleaseScenario"/> defaults).
    /// </summary>
    public static ReleaseKey OfComponent(double gaugeMegapascal, double kelvin, double metres) =>
        new((gaugeMegapascal + Units.HydrogenReference.StandardAtmosphereMPa) * 1e6, kelvin, metres, 1, NotionalNozzleModel.YuceilOtugen, ReleaseScenario.DefaultAmbientKelvin);

    /// <summary>Works the state through the models (uncached).</summary>
    /// <exception cref="HazardInputException">The state is outside the models' validity.</exception>
    public ReleaseModel Work() => new(AbelNobleHydrogen.Default, Pressure, Temperature, Diameter, Cd, Nozzle, Ambient);
}

using System.Collections.Concurrent;
using HydrogenSafety.Units;

namespace HydrogenSafety.Consequences;

/// <summary>
/// Advisory consequence distances of a hydrogen gas leak, from published equations (docs/consequences.md):
/// Abel-Noble properties, isentropic choked flow, a notional nozzle, the similarity law of the unignited jet and a
/// weighted multi-source jet flame. Results are cached per release state. Not a code-compliance determination.
/// </summary>
public static class HazardCalculator
{
    private const int CacheLimit = 4096;
    private static readonly ConcurrentDictionary<Key, object> s_cache = new();

    /// <summary>Works a release through the models.</summary>
    /// <exception cref="HazardInputException">An input is outside the models' validity (see <see cref="HazardInputException"/>).</exception>
    public static HazardEstimate Estimate(ReleaseScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new HazardEstimate(scenario, Model(scenario));
    }

    /// <summary>The release model of a scenario, cached per state (an input error is cached too, and thrown again).</summary>
    internal static ReleaseModel Model(ReleaseScenario scenario)
    {
        if (scenario.Temperature.Dimension != Dimension.Temperature || scenario.AmbientTemperature.Dimension != Dimension.Temperature)
        {
            throw new HazardInputException($"the temperatures must be temperatures, not {scenario.Temperature} and {scenario.AmbientTemperature}");
        }

        if (scenario.LeakDiameter.Dimension != Dimension.Length)
        {
            throw new HazardInputException($"the leak diameter must be a length, not {scenario.LeakDiameter}");
        }

        var key = new Key(ReleaseModel.AbsolutePascal(scenario.Pressure), scenario.Temperature.Value, scenario.LeakDiameter.Value,
            scenario.DischargeCoefficient, scenario.NotionalNozzle, scenario.AmbientTemperature.Value);
        if (!s_cache.TryGetValue(key, out var found))
        {
            try
            {
                found = new ReleaseModel(AbelNobleHydrogen.Default, key.Pressure, key.Temperature, key.Diameter, key.Cd, key.Nozzle, key.Ambient);
            }
            catch (HazardInputException e)
            {
                found = e.Message;
            }

            if (s_cache.Count >= CacheLimit)
            {
                s_cache.Clear();
            }

            s_cache.TryAdd(key, found);
        }

        return found as ReleaseModel ?? throw new HazardInputException((string)found);
    }

    private readonly record struct Key(double Pressure, double Temperature, double Diameter, double Cd, NotionalNozzleModel Nozzle, double Ambient);
}

namespace HydrogenSafety.Consequences;

/// <summary>
/// Advisory consequence distances of a hydrogen gas leak, from published equations (docs/consequences.md):
/// Abel-Noble properties, isentropic choked flow, a notional nozzle, the similarity law of the unignited jet and a
/// weighted multi-source jet flame. Not a code-compliance determination. Keeps no state: each call works the release
/// through the models (about 20 µs); a compiled engine keeps its own <see cref="HazardCache"/> for the rule built-ins.
/// </summary>
public static class HazardCalculator
{
    /// <summary>Works a release through the models.</summary>
    /// <exception cref="HazardInputException">An input is outside the models' validity (see <see cref="HazardInputException"/>).</exception>
    public static HazardEstimate Estimate(ReleaseScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new HazardEstimate(scenario, Model(scenario));
    }

    /// <summary>The release model of a scenario, uncached.</summary>
    /// <exception cref="HazardInputException">An input is outside the models' validity.</exception>
    internal static ReleaseModel Model(ReleaseScenario scenario) => ReleaseKey.Of(scenario).Work();
}

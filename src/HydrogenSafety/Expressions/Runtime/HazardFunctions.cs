using HydrogenSafety.Consequences;
using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Runtime;

/// <summary>
/// The consequence built-ins of the rule language: advisory distances of a component's leak, from its
/// <c>pressure</c>, <c>temperature</c> and <c>leak_diameter</c> (or <c>pipe_inner_diameter</c> × √leak fraction).
/// Missing inputs give unknown; inputs outside the models' validity give an error. Results are kept per release
/// state and level in the compiled engine's <see cref="HazardCache"/> (a constant of the translated expression), so a
/// vessel asked about by many exposure pairs and rules is worked out once; a request allocates nothing unless an
/// input is missing or invalid.
/// </summary>
internal static class HazardFunctions
{
    public static Value JetFlameDistance(HazardCache cache, ComponentFact c, Value flux, Value fraction) =>
        Distance(cache, c, flux, fraction, heatFlux: true);

    public static Value FlammableExtent(HazardCache cache, ComponentFact c, Value concentration, Value fraction) =>
        Distance(cache, c, concentration, fraction, heatFlux: false);

    private static Value Distance(HazardCache cache, ComponentFact c, Value level, Value fraction, bool heatFlux)
    {
        if (level.IsUndecided)
        {
            return level;
        }

        if (fraction.IsUndecided)
        {
            return fraction;
        }

        var name = heatFlux ? "jet_flame_distance" : "flammable_extent";
        var dimension = heatFlux ? Dimension.HeatFlux : Dimension.Concentration;
        if (level.Kind != RuntimeKind.Number || level.Dimension != dimension)
        {
            return Value.Fail($"{name}({c.Id}, …) needs {DimensionNames.WithArticle(DimensionNames.Of(dimension))} level, not {level}");
        }

        var hasPressure = TryRead(c, "pressure", Dimension.Pressure, out var pressure);
        var hasTemperature = TryRead(c, "temperature", Dimension.Temperature, out var temperature);
        double diameter;
        var hasDiameter = true;
        if (TryRead(c, "leak_diameter", Dimension.Length, out var leak))
        {
            diameter = leak;
        }
        else if (TryRead(c, "pipe_inner_diameter", Dimension.Length, out var pipe))
        {
            if (fraction.Kind != RuntimeKind.Number || !(fraction.Number > 0 && fraction.Number <= 1))
            {
                return Value.Fail($"{name}({c.Id}, …): the leak fraction must be a plain number above 0 and at most 1, not {fraction}");
            }

            diameter = pipe * Math.Sqrt(fraction.Number);
        }
        else
        {
            diameter = 0;
            hasDiameter = false;
        }

        if (!(hasPressure && hasTemperature && hasDiameter))
        {
            var missing = new List<string>(3);
            if (!hasPressure)
            {
                missing.Add($"{c.Id}.pressure");
            }

            if (!hasTemperature)
            {
                missing.Add($"{c.Id}.temperature");
            }

            if (!hasDiameter)
            {
                missing.Add($"{c.Id}.leak_diameter");
            }

            return Value.Unknown(missing);
        }

        try
        {
            var key = ReleaseKey.OfComponent(pressure, temperature, diameter);
            var metres = heatFlux ? cache.DistanceToHeatFlux(key, level.Number * 1000) : cache.DistanceToMoleFraction(key, level.Number);
            return Value.Quantity(Math.Round(metres, 6), Dimension.Length, "m");
        }
        catch (HazardInputException e)
        {
            return Value.Fail($"{name}({c.Id}, {level}): {e.Message}");
        }
    }

    private static bool TryRead(ComponentFact c, string attribute, Dimension dimension, out double number)
    {
        if (c.Values.TryGetValue(attribute, out var v) && v.Kind == RuntimeKind.Number && v.Dimension == dimension)
        {
            number = v.Number;
            return true;
        }

        number = 0;
        return false;
    }
}

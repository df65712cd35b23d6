using HydrogenSafety.Consequences;
using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Runtime;

/// <summary>
/// The consequence built-ins of the rule language: advisory distances of a component's leak, from its
/// <c>pressure</c>, <c>temperature</c> and <c>leak_diameter</c> (or <c>pipe_inner_diameter</c> × √leak fraction).
/// Missing inputs give unknown; inputs outside the models' validity give an error. Results are cached per state
/// by <see cref="HazardCalculator"/>.
/// </summary>
internal static class HazardFunctions
{
    public static Value JetFlameDistance(ComponentFact c, Value flux, Value fraction) =>
        Distance(c, flux, fraction, "jet_flame_distance", Dimension.HeatFlux, (m, v) => m.DistanceToHeatFlux(v * 1000));

    public static Value FlammableExtent(ComponentFact c, Value concentration, Value fraction) =>
        Distance(c, concentration, fraction, "flammable_extent", Dimension.Concentration, (m, v) => m.DistanceToMoleFraction(v));

    private static Value Distance(ComponentFact c, Value level, Value fraction, string name, Dimension dimension, Func<ReleaseModel, double, double> distance)
    {
        if (level.IsUndecided)
        {
            return level;
        }

        if (fraction.IsUndecided)
        {
            return fraction;
        }

        if (level.Kind != RuntimeKind.Number || level.Dimension != dimension)
        {
            return Value.Fail($"{name}({c.Id}, …) needs {DimensionNames.WithArticle(DimensionNames.Of(dimension))} level, not {level}");
        }

        var missing = new List<string>();
        var pressure = Read(c, "pressure", Dimension.Pressure, missing);
        var temperature = Read(c, "temperature", Dimension.Temperature, missing);
        double? diameter = null;
        if (c.Values.TryGetValue("leak_diameter", out var leak) && leak.Kind == RuntimeKind.Number && leak.Dimension == Dimension.Length)
        {
            diameter = leak.Number;
        }
        else if (c.Values.TryGetValue("pipe_inner_diameter", out var pipe) && pipe.Kind == RuntimeKind.Number && pipe.Dimension == Dimension.Length)
        {
            if (fraction.Kind != RuntimeKind.Number || !(fraction.Number > 0 && fraction.Number <= 1))
            {
                return Value.Fail($"{name}({c.Id}, …): the leak fraction must be a plain number above 0 and at most 1, not {fraction}");
            }

            diameter = pipe.Number * Math.Sqrt(fraction.Number);
        }
        else
        {
            missing.Add($"{c.Id}.leak_diameter");
        }

        if (missing.Count > 0)
        {
            return Value.Unknown(missing);
        }

        try
        {
            var scenario = new ReleaseScenario(
                new Quantity(pressure!.Value, Dimension.Pressure, "MPa"),
                new Quantity(temperature!.Value, Dimension.Temperature, "K"),
                new Quantity(diameter!.Value, Dimension.Length, "m"));
            var metres = distance(HazardCalculator.Model(scenario), level.Number);
            return Value.Quantity(Math.Round(metres, 6), Dimension.Length, "m");
        }
        catch (HazardInputException e)
        {
            return Value.Fail($"{name}({c.Id}, {level}): {e.Message}");
        }
    }

    private static double? Read(ComponentFact c, string attribute, Dimension dimension, List<string> missing)
    {
        if (c.Values.TryGetValue(attribute, out var v) && v.Kind == RuntimeKind.Number && v.Dimension == dimension)
        {
            return v.Number;
        }

        missing.Add($"{c.Id}.{attribute}");
        return null;
    }
}

using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Runtime;

/// <summary>Reading facts: attributes, facility attributes, distances, the as-of date.</summary>
internal static class FactAccess
{
    public static Value Subject(ComponentFact c) => Value.Component(c);

    public static Value Attribute(ComponentFact c, string name) =>
        c.Values.TryGetValue(name, out var v) ? v : Value.Unknown($"{c.Id}.{name}");

    public static Value Defined(ComponentFact c, string name) => Value.Of(c.Values.ContainsKey(name));

    public static Value FacilityAttribute(FacilityFact f, string name) =>
        f.Values.TryGetValue(name, out var v) ? v : Value.Unknown($"facility.{name}");

    public static Value FacilityDefined(FacilityFact f, string name) => Value.Of(f.Values.ContainsKey(name));

    public static Value Today(FacilityFact f) => Value.Date(f.AsOf);

    /// <summary>A measured distance wins; else the distance between the two positions; else unknown.</summary>
    public static Value Distance(FacilityFact f, ComponentFact a, ComponentFact b)
    {
        if (f.TryGetMeasured(a.Id, b.Id, out var measured))
        {
            return measured;
        }

        if (ReferenceEquals(a, b))
        {
            return Value.Quantity(0, Dimension.Length, "m");
        }

        var pa = a.Component.Position;
        var pb = b.Component.Position;
        if (pa is not null && pb is not null)
        {
            var metres = pa.DistanceTo(pb);
            return double.IsFinite(metres)
                ? Value.Quantity(Math.Round(metres, 9), Dimension.Length, "m").AsComputed()
                : Value.Fail($"distance({a.Id}, {b.Id}) from their positions is too large to compute");
        }

        return Value.Unknown($"distance({a.Id}, {b.Id})");
    }

    /// <summary>True when two subjects are different components (a binding never uses one twice).</summary>
    public static bool Distinct(ComponentFact a, ComponentFact b) => !ReferenceEquals(a, b);
}

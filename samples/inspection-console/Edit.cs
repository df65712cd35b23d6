using HydrogenSafety.Facilities;

namespace InspectionConsole;

/// <summary>Copies of components with some parts changed, as an inspection form would produce them.</summary>
public static class Edit
{
    /// <summary>The component <paramref name="id"/> of <paramref name="facility"/> with a new position and/or attributes.</summary>
    public static Component With(Facility facility, string id, params (string Name, AttributeValue Value)[] attributes) =>
        With(facility, id, position: null, attributes);

    /// <summary>The component <paramref name="id"/> of <paramref name="facility"/> with a new position and/or attributes.</summary>
    public static Component With(Facility facility, string id, Position? position, params (string Name, AttributeValue Value)[] attributes)
    {
        ArgumentNullException.ThrowIfNull(facility);
        ArgumentNullException.ThrowIfNull(attributes);
        var old = facility.Components.Single(c => c.Id == id);
        var values = new Dictionary<string, AttributeValue>(old.Attributes, StringComparer.Ordinal);
        foreach (var (name, value) in attributes)
        {
            values[name] = value;
        }

        return new Component
        {
            Id = old.Id,
            Kind = old.Kind,
            Stage = old.Stage,
            Area = old.Area,
            Position = position ?? old.Position,
            Attributes = values,
            Span = old.Span,
        };
    }
}

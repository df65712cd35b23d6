using System.Globalization;
using System.Text;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Benchmarks.Workloads;

/// <summary>
/// Writes synthetic facilities as facility YAML files (one per facility), so that the command line can be
/// measured on the same inputs as the library (<c>--write-facilities DIR [COUNT] [COMPONENTS]</c>).
/// </summary>
public static class FacilityYaml
{
    public static string ToYaml(Facility facility)
    {
        var sb = new StringBuilder();
        sb.Append("facility:\n  id: ").Append(facility.Id).Append("\n  name: \"").Append(facility.Name).Append("\"\n");
        if (facility.Type is not null)
        {
            sb.Append("  type: ").Append(facility.Type).Append('\n');
        }

        if (facility.Attributes.Count > 0)
        {
            sb.Append("  attributes:\n");
            foreach (var (name, value) in facility.Attributes)
            {
                sb.Append("    ").Append(name).Append(": ").Append(Value(value)).Append('\n');
            }
        }

        sb.Append("components:\n");
        foreach (var c in facility.Components)
        {
            sb.Append("  - { id: ").Append(c.Id).Append(", kind: ").Append(c.Kind);
            if (c.Area is not null)
            {
                sb.Append(", area: ").Append(c.Area);
            }

            if (c.Position is Position p)
            {
                sb.Append(", position: [").Append(Num(p.X)).Append(", ").Append(Num(p.Y)).Append(']');
            }

            foreach (var (name, value) in c.Attributes)
            {
                sb.Append(", ").Append(name).Append(": ").Append(Value(value));
            }

            sb.Append(" }\n");
        }

        return sb.ToString();
    }

    /// <summary>Writes <paramref name="count"/> facilities of <paramref name="components"/> components into <paramref name="directory"/>.</summary>
    public static int Write(string directory, int count, int components)
    {
        Directory.CreateDirectory(directory);
        foreach (var facility in SyntheticFacilities.Many(count, components))
        {
            File.WriteAllText(Path.Combine(directory, facility.Id + ".yaml"), ToYaml(facility));
        }

        Console.WriteLine($"{count} facilities of {components} components written to {directory}");
        return 0;
    }

    private static string Value(AttributeValue value) => value.Kind switch
    {
        ValueKind.Quantity => Num(value.Quantity.In(value.Quantity.Unit)) + " " + value.Quantity.Unit,
        ValueKind.Bool => value.Boolean ? "true" : "false",
        ValueKind.Text => "\"" + value.Text + "\"",
        _ => value.ToString(),
    };

    private static string Num(double n) => n.ToString("R", CultureInfo.InvariantCulture);
}

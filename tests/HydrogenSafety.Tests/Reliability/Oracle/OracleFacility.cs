using System.Globalization;
using System.Text;

namespace HydrogenSafety.Tests.Reliability.Oracle;

/// <summary>A value written in a generated facility: a quantity with a unit, a bare number, text or yes/no.</summary>
public sealed record GenValue(string Kind, double Number = 0, string Unit = "", string Text = "", bool Flag = false)
{
    public static GenValue Quantity(double n, string unit) => new("quantity", n, unit);

    public static GenValue Plain(double n) => new("plain", n);

    public static GenValue Word(string text) => new("text", Text: text);

    public static GenValue Bool(bool b) => new("bool", Flag: b);

    /// <summary>How the value is written in the facility's YAML.</summary>
    public string Yaml => Kind switch
    {
        "quantity" => Num(Number) + " " + Unit,
        "plain" => Num(Number),
        "text" => Text,
        _ => Flag ? "true" : "false",
    };

    internal static string Num(double n) => n.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A generated component: kind, area, position and attributes (any of them may be missing).</summary>
public sealed record GenComponent(string Id, string Kind, string? Area, int[]? Position, IReadOnlyDictionary<string, GenValue> Attributes);

/// <summary>A measured distance between two generated components.</summary>
public sealed record GenDistance(string First, string Second, double Number, string Unit);

/// <summary>A generated facility, written to YAML for the engine and read directly by the reference interpreter.</summary>
public sealed record GenFacility(IReadOnlyList<GenComponent> Components, IReadOnlyList<GenDistance> Distances)
{
    public string ToYaml()
    {
        var sb = new StringBuilder("facility:\n  id: generated\ncomponents:\n");
        if (Components.Count == 0)
        {
            sb.Clear().Append("facility:\n  id: generated\ncomponents: []\n");
        }

        foreach (var c in Components)
        {
            sb.Append("  - { id: ").Append(c.Id).Append(", kind: ").Append(c.Kind);
            if (c.Area is not null)
            {
                sb.Append(", area: ").Append(c.Area);
            }

            if (c.Position is not null)
            {
                sb.Append(", position: [").Append(string.Join(", ", c.Position.Select(p => p.ToString(CultureInfo.InvariantCulture)))).Append(']');
            }

            foreach (var (name, value) in c.Attributes)
            {
                sb.Append(", ").Append(name).Append(": ").Append(value.Yaml);
            }

            sb.Append(" }\n");
        }

        if (Distances.Count > 0)
        {
            sb.Append("distances:\n");
            foreach (var d in Distances)
            {
                sb.Append("  - { between: [").Append(d.First).Append(", ").Append(d.Second).Append("], distance: ")
                    .Append(GenValue.Num(d.Number)).Append(' ').Append(d.Unit).Append(" }\n");
            }
        }

        return sb.ToString();
    }
}

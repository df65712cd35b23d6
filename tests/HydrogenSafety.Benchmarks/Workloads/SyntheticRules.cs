using System.Globalization;
using System.Text;

namespace HydrogenSafety.Benchmarks.Workloads;

/// <summary>
/// A synthetic rule file in YAML text: 70 % single-subject thresholds (varied kinds, attributes,
/// operators and constants, a third of them with a <c>when</c>), 20 % two-subject distance joins
/// (half of them with a three-valued <c>or</c> on the protection class), 10 % aggregates
/// (correlated <c>exists</c>, facility-wide <c>sum</c>, facility-level <c>not exists</c>). Constants
/// are drawn at random, so few condition nodes can be shared between rules: close to the worst case
/// for NRules' compile time.
/// </summary>
public static class SyntheticRules
{
    private static readonly (string Attribute, string Unit, double Lo, double Hi, string[] Kinds)[] Thresholds =
    [
        ("pressure", "MPa", 20, 95, ["storage_vessel", "compressor", "dispenser", "pipeline", "tube_trailer", "cylinder_bundle"]),
        ("design_pressure", "MPa", 40, 100, ["storage_vessel", "cylinder_bundle"]),
        ("max_operating_pressure", "MPa", 40, 100, ["compressor", "pipeline"]),
        ("relief_set_pressure", "MPa", 40, 110, ["dispenser"]),
        ("alarm_setpoint", "%LFL", 10, 40, ["gas_detector", "flame_detector"]),
        ("shutdown_setpoint", "%LFL", 30, 60, ["gas_detector"]),
        ("inventory", "kg", 1, 150, ["storage_vessel", "cylinder_bundle", "tube_trailer"]),
        ("vent_height", "m", 3, 12, ["liquid_tank", "vent_stack"]),
        ("height", "ft", 10, 40, ["vent_stack"]),
        ("wall_height", "m", 1.5, 4, ["fire_wall"]),
        ("water_volume", "L", 50, 5000, ["liquid_tank"]),
        ("response_time", "s", 1, 10, ["gas_detector", "flame_detector"]),
        ("flow_rate", "kg/h", 10, 60, ["compressor"]),
    ];

    private static readonly (string Attribute, string[] Kinds)[] Flags =
    [
        ("placarded", ["storage_vessel", "cylinder_bundle", "tube_trailer"]),
        ("has_prd", ["storage_vessel", "cylinder_bundle"]),
        ("certified", ["fuel_cell", "electrolyzer"]),
        ("sprinklered", ["building"]),
    ];

    private static readonly (string A, string[] B)[] JoinKinds =
    [
        ("storage_vessel", ["air_intake", "ignition_source", "building_opening", "assembly_area", "protected_facility", "lot_line"]),
        ("compressor", ["air_intake", "ignition_source", "protected_facility", "lot_line"]),
        ("dispenser", ["emergency_shutdown", "public_road", "building_opening", "lot_line"]),
        ("tube_trailer", ["ignition_source", "public_road", "lot_line"]),
        ("liquid_tank", ["air_intake", "building", "lot_line"]),
    ];

    private static readonly string[] Operators = ["<=", "<", ">=", ">"];

    /// <summary>YAML text of <paramref name="count"/> rules (deterministic for a seed).</summary>
    public static string Yaml(int count, int seed = 7)
    {
        var r = new Random(seed);
        var sb = new StringBuilder(count * 400);
        sb.Append("rules:\n");
        for (var i = 0; i < count; i++)
        {
            var id = $"SYN-{i + 1:D5}";
            var slot = i % 10; // 0..6 single, 7..8 join, 9 aggregate
            if (slot <= 6)
            {
                Single(sb, id, r);
            }
            else if (slot <= 8)
            {
                Join(sb, id, r);
            }
            else
            {
                Aggregate(sb, id, r);
            }
        }

        return sb.ToString();
    }

    private static void Header(StringBuilder sb, string id, string title, string stage, Random r)
    {
        sb.Append("  - id: ").Append(id).Append('\n');
        sb.Append("    title: ").Append(title).Append('\n');
        sb.Append("    stage: ").Append(stage).Append('\n');
        sb.Append("    severity: ").Append(r.Next(3) switch { 0 => "medium", 1 => "high", _ => "critical" }).Append('\n');
        sb.Append("    version: 1.0.0\n");
        sb.Append("    source: { document: Synthetic benchmark code, clause: \"").Append(id).Append("\" }\n");
    }

    private static void Single(StringBuilder sb, string id, Random r)
    {
        string subject, kind, require;
        if (r.NextDouble() < 0.2)
        {
            var (attribute, kinds) = Flags[r.Next(Flags.Length)];
            kind = kinds[r.Next(kinds.Length)];
            subject = "s";
            require = $"s.{attribute} == {(r.NextDouble() < 0.8 ? "true" : "false")}";
        }
        else
        {
            var (attribute, unit, lo, hi, kinds) = Thresholds[r.Next(Thresholds.Length)];
            kind = kinds[r.Next(kinds.Length)];
            subject = "s";
            require = $"s.{attribute} {Operators[r.Next(Operators.Length)]} {Number(lo + (r.NextDouble() * (hi - lo)))} {unit}";
        }

        Header(sb, id, $"Synthetic threshold on {kind}", "storage", r);
        sb.Append("    for: { ").Append(subject).Append(": ").Append(kind).Append(" }\n");
        switch (r.Next(6))
        {
            case 0:
                sb.Append("    when: \"facility.type == 'fueling_station'\"\n");
                break;
            case 1:
                sb.Append("    when: \"s.pressure > ").Append(Number(10 + (r.NextDouble() * 40))).Append(" MPa\"\n");
                break;
            default:
                break;
        }

        sb.Append("    require: \"").Append(require).Append("\"\n");
        sb.Append("    message: \"{s.id}\"\n");
    }

    private static void Join(StringBuilder sb, string id, Random r)
    {
        var (a, bs) = JoinKinds[r.Next(JoinKinds.Length)];
        var b = bs[r.Next(bs.Length)];
        Header(sb, id, $"Synthetic separation of {a} from {b}", "storage", r);
        sb.Append("    for: { a: ").Append(a).Append(", b: ").Append(b).Append(" }\n");
        var far = 5 + (r.NextDouble() * 20);
        if (b == "protected_facility")
        {
            sb.Append("    require: \"distance(a, b) >= ").Append(Number(far)).Append(" m or (b.protection_class == 'class2' and distance(a, b) >= ")
                .Append(Number(far * 0.7)).Append(" m)\"\n");
        }
        else
        {
            sb.Append("    require: \"distance(a, b) >= ").Append(Number(far * 3.28084)).Append(" ft\"\n");
        }

        sb.Append("    message: \"{a.id} is {distance(a, b)} from {b.id}\"\n");
    }

    private static void Aggregate(StringBuilder sb, string id, Random r)
    {
        switch (r.Next(3))
        {
            case 0:
                Header(sb, id, "Synthetic detector coverage", "utilization", r);
                var kind = r.Next(2) == 0 ? "fuel_cell" : "compressor";
                sb.Append("    for: { s: ").Append(kind).Append(" }\n");
                sb.Append("    require: \"exists(gas_detector where area == s.area and alarm_setpoint <= ").Append(Number(15 + (r.NextDouble() * 20))).Append(" %LFL)\"\n");
                sb.Append("    message: \"{s.id} in {s.area}\"\n");
                break;
            case 1:
                Header(sb, id, "Synthetic inventory limit", "storage", r);
                sb.Append("    for: { s: storage_vessel }\n");
                sb.Append("    when: \"s.phase == 'gas'\"\n");
                sb.Append("    require: \"sum(inventory of [storage_vessel, cylinder_bundle, tube_trailer] where phase == 'gas') <= ").Append(Number(200 + (r.NextDouble() * 5000))).Append(" kg\"\n");
                sb.Append("    message: \"{s.id}\"\n");
                break;
            default:
                Header(sb, id, "Synthetic station pressure limit", "utilization", r);
                sb.Append("    for: facility\n");
                sb.Append("    require: \"not exists([storage_vessel, compressor, dispenser, pipeline] where pressure > ").Append(Number(80 + (r.NextDouble() * 20))).Append(" MPa)\"\n");
                sb.Append("    message: \"{facility.id}\"\n");
                break;
        }
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

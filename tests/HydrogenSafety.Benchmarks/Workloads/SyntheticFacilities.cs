using HydrogenSafety.Facilities;
using HydrogenSafety.Units;

namespace HydrogenSafety.Benchmarks.Workloads;

/// <summary>
/// Deterministic synthetic facilities: a refuelling-station-like mix of storage, compression, dispensing,
/// detection, exposures (intakes, ignition sources, openings, people, protected facilities) and plant,
/// with positions in a square site whose side grows with the square root of the component count (so
/// the density, and the number of close pairs per component, stays about the same), areas of about
/// eight components, and a few attributes left out (about 5 %) as in real records.
/// </summary>
public static class SyntheticFacilities
{
    /// <summary>Kinds and their weights (per 100 components).</summary>
    private static readonly (string Kind, int Weight)[] Mix =
    [
        ("storage_vessel", 10), ("cylinder_bundle", 3), ("tube_trailer", 2), ("compressor", 4), ("dispenser", 6),
        ("emergency_shutdown", 3), ("gas_detector", 12), ("flame_detector", 5), ("air_intake", 4), ("ignition_source", 4),
        ("building_opening", 4), ("assembly_area", 2), ("protected_facility", 4), ("fuel_cell", 3), ("pipeline", 10),
        ("liquid_tank", 2), ("vent_stack", 3), ("lot_line", 4), ("building", 3), ("fire_wall", 2), ("ventilation", 3),
        ("electrolyzer", 2), ("public_road", 2),
    ];

    private static readonly string[] KindTable = Mix.SelectMany(m => Enumerable.Repeat(m.Kind, m.Weight)).ToArray();

    /// <summary>A facility of <paramref name="components"/> components; the same seed gives the same facility.</summary>
    public static Facility Create(int components, int seed = 1, string type = "fueling_station")
    {
        var random = new Random(seed);
        var side = 6.0 * Math.Sqrt(components);
        var areasPerSide = Math.Max(1, (int)Math.Round(Math.Sqrt(components / 8.0)));
        var small = seed % 4 == 0; // every fourth facility keeps a small inventory (lower table bands)
        var list = new List<Component>(components);
        for (var i = 0; i < components; i++)
        {
            // The first components cover the kinds every station has, so that even 50 components exercise every rule.
            var kind = i < Mix.Length ? Mix[i].Kind : KindTable[random.Next(KindTable.Length)];
            var x = random.NextDouble() * side;
            var y = random.NextDouble() * side;
            var area = "A" + ((int)(x / side * areasPerSide) + (areasPerSide * (int)(y / side * areasPerSide))).ToString(System.Globalization.CultureInfo.InvariantCulture);
            list.Add(new Component
            {
                Id = $"{Prefix(kind)}-{i + 1:D4}",
                Kind = kind,
                Area = area,
                Position = new Position(x, y),
                Attributes = Attributes(kind, random, small),
            });
        }

        return new Facility
        {
            Id = $"synthetic-{components}-{seed}",
            Name = $"Synthetic facility {seed} ({components} components)",
            Type = type,
            Attributes = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
            {
                ["staffed"] = AttributeValue.Of(true),
                ["station_type"] = AttributeValue.Of("delivered_storage"),
            },
            Components = list,
        };
    }

    /// <summary><paramref name="count"/> facilities of <paramref name="components"/> components, seeds 1..count.</summary>
    public static IReadOnlyList<Facility> Many(int count, int components) =>
        Enumerable.Range(1, count).Select(seed => Create(components, seed)).ToList();

    /// <summary>Two versions of the facility's first gas detector: alarm setpoint 20 %LFL and 35 %LFL (for incremental updates).</summary>
    public static (Component Low, Component High) DetectorVariants(Facility facility)
    {
        var detector = facility.Components.First(c => c.Kind == "gas_detector");
        Component With(double lfl)
        {
            var attributes = new Dictionary<string, AttributeValue>(detector.Attributes, StringComparer.Ordinal) { ["alarm_setpoint"] = Q(lfl, "%LFL") };
            return new Component { Id = detector.Id, Kind = detector.Kind, Area = detector.Area, Position = detector.Position, Attributes = attributes };
        }

        return (With(20), With(35));
    }

    private static string Prefix(string kind) => string.Concat(kind.Split('_').Select(p => char.ToUpperInvariant(p[0])));

    private static Dictionary<string, AttributeValue> Attributes(string kind, Random r, bool small)
    {
        var a = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        switch (kind)
        {
            case "storage_vessel" or "cylinder_bundle" or "tube_trailer":
                a["phase"] = AttributeValue.Of(r.NextDouble() < 0.9 ? "gas" : "liquid");
                a["inventory"] = Q(small ? Between(r, 0.05, 0.4) : Between(r, 2, 120), "kg");
                Maybe(r, a, "pressure", () => Q(Between(r, 20, 95), "MPa"));
                Maybe(r, a, "design_pressure", () => Q(Between(r, 40, 100), "MPa"));
                Maybe(r, a, "placarded", () => AttributeValue.Of(r.NextDouble() < 0.85));
                Maybe(r, a, "has_prd", () => AttributeValue.Of(r.NextDouble() < 0.95));
                a["material"] = AttributeValue.Of("SA-372 Grade J");
                break;
            case "compressor":
                Maybe(r, a, "pressure", () => Q(Between(r, 40, 95), "MPa"));
                Maybe(r, a, "max_operating_pressure", () => Q(Between(r, 45, 100), "MPa"));
                a["flow_rate"] = Q(Between(r, 10, 60), "kg/h");
                break;
            case "dispenser":
                var nominal = r.NextDouble() < 0.6 ? 70.0 : 35.0;
                Maybe(r, a, "nominal_working_pressure", () => Q(nominal, "MPa"));
                Maybe(r, a, "relief_set_pressure", () => Q(nominal * Between(r, 1.2, 1.5), "MPa"));
                Maybe(r, a, "pressure", () => Q(nominal * Between(r, 1.1, 1.25), "MPa"));
                a["pressure_class"] = AttributeValue.Of(nominal > 50 ? "H70" : "H35");
                break;
            case "gas_detector" or "flame_detector":
                Maybe(r, a, "alarm_setpoint", () => Q(Between(r, 10, 40), "%LFL"));
                Maybe(r, a, "shutdown_setpoint", () => Q(Between(r, 40, 60), "%LFL"));
                a["response_time"] = Q(Between(r, 1, 10), "s");
                break;
            case "fuel_cell":
                Maybe(r, a, "stationary", () => AttributeValue.Of(r.NextDouble() < 0.8));
                Maybe(r, a, "certified", () => AttributeValue.Of(r.NextDouble() < 0.8));
                break;
            case "electrolyzer":
                Maybe(r, a, "certified", () => AttributeValue.Of(r.NextDouble() < 0.8));
                a["rated_capacity"] = Q(Between(r, 10, 200), "kg/h");
                break;
            case "pipeline":
                var mop = Between(r, 20, 95);
                Maybe(r, a, "max_operating_pressure", () => Q(mop, "MPa"));
                Maybe(r, a, "leak_test_pressure", () => Q(mop * Between(r, 0.9, 1.5), "MPa"));
                Maybe(r, a, "pressure", () => Q(mop * Between(r, 0.7, 1.0), "MPa"));
                break;
            case "liquid_tank":
                Maybe(r, a, "indoor", () => AttributeValue.Of(r.NextDouble() < 0.5));
                Maybe(r, a, "portable", () => AttributeValue.Of(r.NextDouble() < 0.3));
                Maybe(r, a, "water_volume", () => Q(Between(r, 50, 5000), "L"));
                Maybe(r, a, "vent_height", () => Q(Between(r, 4, 12), "m"));
                a["phase"] = AttributeValue.Of("liquid");
                break;
            case "protected_facility":
                Maybe(r, a, "protection_class", () => AttributeValue.Of(r.NextDouble() < 0.5 ? "class1" : "class2"));
                break;
            case "building_opening":
                Maybe(r, a, "above_system", () => AttributeValue.Of(r.NextDouble() < 0.3));
                break;
            case "vent_stack":
                a["height"] = Q(Between(r, 3, 12), "m");
                break;
            case "fire_wall":
                a["wall_height"] = Q(Between(r, 2, 4), "m");
                break;
            case "building":
                a["floor_area"] = Q(Between(r, 50, 2000), "m2");
                a["sprinklered"] = AttributeValue.Of(r.NextDouble() < 0.7);
                break;
            default:
                break;
        }

        return a;
    }

    /// <summary>Random in [lo, hi), not rounded, so that no value lands exactly on a rule's limit.</summary>
    private static double Between(Random r, double lo, double hi) => lo + (r.NextDouble() * (hi - lo));

    private static AttributeValue Q(double value, string unit) => AttributeValue.Of(Quantity.From(value, unit));

    private static void Maybe(Random r, Dictionary<string, AttributeValue> a, string name, Func<AttributeValue> value)
    {
        if (r.NextDouble() >= 0.05)
        {
            a[name] = value();
        }
    }
}

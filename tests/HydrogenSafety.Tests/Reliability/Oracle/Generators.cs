using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace HydrogenSafety.Tests.Reliability.Oracle;

/// <summary>One differential case: a rule file's rules and the facilities to check against them.</summary>
public sealed record DifferentialCase(IReadOnlyList<OracleRule> Rules, IReadOnlyList<GenFacility> Facilities)
{
    /// <summary>The table every generated rule file carries; bands in MPa, with a gap from 20 to 40 MPa (gaps allowed).</summary>
    public const string TableYaml = """
        tables:
          sep:
            key: pressure
            gaps: allowed
            rows:
              - { upto: 1 MPa, d: 2 m }
              - { over: 1 MPa, upto: 20 MPa, d: 5 m }
              - { over: 40 MPa, d: 9 m }

        """;

    public static IReadOnlyDictionary<string, IReadOnlyList<OTableRow>> Tables { get; } = new Dictionary<string, IReadOnlyList<OTableRow>>
    {
        ["sep"] =
        [
            new OTableRow(null, 1, new Dictionary<string, OValue> { ["d"] = OValue.Num(2, "length") }),
            new OTableRow(1, 20, new Dictionary<string, OValue> { ["d"] = OValue.Num(5, "length") }),
            new OTableRow(40, null, new Dictionary<string, OValue> { ["d"] = OValue.Num(9, "length") }),
        ],
    };

    public string RulesYaml()
    {
        var sb = new StringBuilder(TableYaml).Append("rules:\n");
        foreach (var rule in Rules)
        {
            sb.Append("  - id: ").Append(rule.Id).Append('\n')
              .Append("    title: generated rule ").Append(rule.Id).Append('\n')
              .Append("    stage: storage\n    severity: high\n    source: { document: Generated, clause: \"1\" }\n");
            if (rule.Subjects.Count == 0)
            {
                sb.Append("    for: facility\n");
            }
            else
            {
                sb.Append("    for: { ").Append(string.Join(", ", rule.Subjects.Select(Subject))).Append(" }\n");
            }

            if (rule.When is not null)
            {
                sb.Append("    when: \"").Append(rule.When).Append("\"\n");
            }

            sb.Append("    require: [").Append(string.Join(", ", rule.Require.Select(r => "\"" + r + "\""))).Append("]\n");
        }

        return sb.ToString();
    }

    private static string Subject(OracleSubject s)
    {
        var kinds = s.Kinds.Count == 1 ? s.Kinds[0] : "[" + string.Join(", ", s.Kinds) + "]";
        return s.Where is null ? $"{s.Name}: {kinds}" : $"{s.Name}: {{ kind: {kinds}, where: \"{s.Where}\" }}";
    }

    public override string ToString()
    {
        var sb = new StringBuilder(RulesYaml());
        foreach (var f in Facilities)
        {
            sb.Append("--- facility\n").Append(f.ToYaml());
        }

        return sb.ToString();
    }
}

/// <summary>
/// FsCheck generators of random facilities and random rules within the language. The structure is drawn from an
/// FsCheck-generated seed and size (so FsCheck runs, sizes and replays the cases); the case text is printed on failure.
/// </summary>
public static class Generators
{
    public static readonly string[] Kinds = ["storage_vessel", "air_intake", "gas_detector", "compressor"];

    public static Arbitrary<DifferentialCase> Cases() =>
        Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed => Build(new Random(seed), size))).ToArbitrary();

    public static DifferentialCase Build(Random random, int size)
    {
        var g = new RuleWriter(random, Math.Clamp(size / 25 + 1, 1, 3));
        var rules = Enumerable.Range(1, 4).Select(i => g.Rule($"G-{i}")).ToList();
        var facilities = Enumerable.Range(0, 2).Select(_ => Facility(random, Math.Clamp(size / 10 + 2, 2, 7))).ToList();
        return new DifferentialCase(rules, facilities);
    }

    public static GenFacility Facility(Random r, int maxComponents)
    {
        var count = r.Next(0, maxComponents + 1);
        var components = new List<GenComponent>();
        for (var i = 0; i < count; i++)
        {
            var kind = Pick(r, Kinds);
            var attributes = new Dictionary<string, GenValue>(StringComparer.Ordinal);
            void Maybe(string name, Func<GenValue> value)
            {
                if (r.NextDouble() < 0.7)
                {
                    attributes[name] = value();
                }
            }

            if (kind is "storage_vessel" or "compressor")
            {
                Maybe("pressure", () => Pressure(r));
                Maybe("inventory", () => r.Next(4) == 0 ? GenValue.Quantity(Pick(r, [0.05, 0.12]), "t") : GenValue.Quantity(Pick(r, [0, 10, 50, 120]), "kg"));
                Maybe("rating", () => GenValue.Plain(r.Next(0, 4)));
            }

            if (kind == "storage_vessel")
            {
                Maybe("design_pressure", () => GenValue.Quantity(Pick(r, [5, 10, 20, 50, 100]), "MPa"));
                Maybe("phase", () => GenValue.Word(Pick(r, ["gas", "liquid"])));
                Maybe("has_prd", () => GenValue.Bool(r.Next(2) == 0));
                Maybe("label", () => r.Next(2) == 0 ? GenValue.Word(Pick(r, ["abc", "xyz"])) : GenValue.Plain(3));
            }

            if (kind == "gas_detector")
            {
                Maybe("alarm_setpoint", () => Pick(r, [GenValue.Quantity(0.5, "%"), GenValue.Quantity(1, "%"), GenValue.Quantity(25, "%LFL"), GenValue.Quantity(4000, "ppm")]));
            }

            if (kind == "air_intake")
            {
                Maybe("height", () => Pick(r, [GenValue.Quantity(1, "m"), GenValue.Quantity(10, "ft"), GenValue.Quantity(3048, "mm")]));
            }

            var area = r.Next(3) switch { 0 => null, 1 => "yard", _ => "room" };
            int[]? position = r.Next(10) < 3 ? null : r.Next(3) == 0
                ? [r.Next(0, 11), r.Next(0, 11), r.Next(0, 4)]
                : [r.Next(0, 11), r.Next(0, 11)];
            var prefix = kind switch { "storage_vessel" => "V", "air_intake" => "I", "gas_detector" => "D", _ => "C" };
            components.Add(new GenComponent($"{prefix}{i + 1}", kind, area, position, attributes));
        }

        var distances = new List<GenDistance>();
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var k = r.Next(0, 3); k > 0 && components.Count >= 2; k--)
        {
            var a = components[r.Next(components.Count)].Id;
            var b = components[r.Next(components.Count)].Id;
            if (a == b || !pairs.Add(string.CompareOrdinal(a, b) < 0 ? a + "|" + b : b + "|" + a))
            {
                continue;
            }

            distances.Add(r.Next(3) == 0
                ? new GenDistance(a, b, Pick(r, [10.0, 20.0, 30.0]), "ft")
                : new GenDistance(a, b, Pick(r, [0.0, 1.5, 3.0, 6.2, 10.0]), "m"));
        }

        return new GenFacility(components, distances);
    }

    private static GenValue Pressure(Random r)
    {
        var mpa = Pick(r, [0.5, 1, 5, 10, 15, 20, 30, 45, 87.5]);
        // Band edges (1 and 20 MPa) stay in MPa so that a table lookup never depends on the last bit of a conversion.
        return mpa is 1 or 20 || r.Next(3) != 0 ? GenValue.Quantity(mpa, "MPa") : GenValue.Quantity(mpa * 10, "bar");
    }

    internal static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    /// <summary>Writes well-typed random expressions for a rule's scope.</summary>
    private sealed class RuleWriter(Random r, int maxDepth)
    {
        private static readonly string[] Comparisons = ["==", "!=", "<", "<=", ">", ">="];

        public OracleRule Rule(string id)
        {
            var shape = r.Next(10);
            var subjects = new List<OracleSubject>();
            if (shape < 4)
            {
                subjects.Add(new OracleSubject("v", KindsFor(), null));
            }
            else if (shape < 8)
            {
                subjects.Add(new OracleSubject("v", KindsFor(), null));
                subjects.Add(new OracleSubject("w", KindsFor(), null));
            }

            for (var i = 0; i < subjects.Count; i++)
            {
                if (r.Next(4) == 0)
                {
                    var own = new Scope([(subjects[i].Name, subjects[i].Kinds)], []);
                    subjects[i] = subjects[i] with { Where = Bool(own, 1) };
                }
            }

            var scope = new Scope(subjects.Select(s => (s.Name, s.Kinds)).ToList(), []);
            var when = r.Next(2) == 0 ? Bool(scope, maxDepth) : null;
            var require = Enumerable.Range(0, r.Next(3) == 0 ? 2 : 1).Select(_ => Bool(scope, maxDepth)).ToList();
            return new OracleRule(id, subjects, when, require);
        }

        private IReadOnlyList<string> KindsFor() => r.Next(6) switch
        {
            0 => ["storage_vessel", "compressor"],
            1 => ["component"],
            _ => [Pick(r, Kinds)],
        };

        private sealed record Scope(IReadOnlyList<(string Name, IReadOnlyList<string> Kinds)> Subjects, IReadOnlyList<IReadOnlyList<string>> Its)
        {
            /// <summary>The names of components in scope: subjects, and 'it' inside an aggregate.</summary>
            public IReadOnlyList<string> Components => [.. Subjects.Select(s => s.Name), .. Its.Count > 0 ? new[] { "it" } : []];
        }

        private string Component(Scope s) => Pick(r, s.Components);

        private string Bool(Scope s, int depth)
        {
            var hasComponent = s.Components.Count > 0;
            var choice = r.Next(depth > 0 ? 16 : 11);
            if (!hasComponent && choice is >= 1 and <= 8)
            {
                choice = r.Next(2) == 0 ? 0 : 9;
            }

            switch (choice)
            {
                case 0:
                {
                    var dim = Pick(r, hasComponent ? ["pressure", "pressure", "length", "mass", "concentration", "plain"] : new[] { "mass", "plain", "pressure" });
                    return $"{Number(s, dim, depth)} {Pick(r, Comparisons)} {Number(s, dim, depth)}";
                }

                case 1:
                    return $"{Component(s)}.phase {Pick(r, ["==", "!="])} '{Pick(r, ["gas", "liquid"])}'";
                case 2:
                    return $"{Component(s)}.area == {Component(s)}.area";
                case 3:
                    return Pick(r, [$"{Component(s)}.has_prd", $"{Component(s)}.has_prd == true", $"{Component(s)}.id != {Component(s)}.id"]);
                case 4:
                    return $"defined({Component(s)}.{Pick(r, ["pressure", "phase", "area", "rating", "height", "alarm_setpoint"])})";
                case 5:
                    return Pick(r, [$"{Component(s)}.phase in ['gas', 'liquid']", $"{Component(s)}.phase not in ['liquid']", $"{Component(s)}.area in ['yard']"]);
                case 6:
                    return $"{Number(s, "pressure", depth)} between {Constant("pressure")} and {Constant("pressure")}";
                case 7:
                    return Pick(r, [$"{Component(s)}.label == 3", $"{Component(s)}.label == 'abc'", $"{Component(s)}.rating >= 1"]);
                case 8:
                    return $"{Component(s)}.kind == '{Pick(r, Kinds)}'";
                case 9:
                case 10:
                    return depth > 0 ? Aggregate(s, depth) : $"{Constant("plain")} < {Constant("plain")}";
                case 11:
                case 12:
                    return $"({Bool(s, depth - 1)}) and ({Bool(s, depth - 1)})";
                case 13:
                case 14:
                    return $"({Bool(s, depth - 1)}) or ({Bool(s, depth - 1)})";
                default:
                    return $"not ({Bool(s, depth - 1)})";
            }
        }

        private string Aggregate(Scope s, int depth)
        {
            var kinds = AggregateKinds();
            var inner = s with { Its = [.. s.Its, kinds] };
            var where = r.Next(4) == 0 ? string.Empty : " where " + Bool(inner, depth - 1);
            var k = kinds.Count == 1 ? kinds[0] : "[" + string.Join(", ", kinds) + "]";
            return r.Next(2) == 0 ? $"exists({k}{where})" : $"count({k}{where}) {Pick(r, Comparisons)} {r.Next(0, 3)}";
        }

        private IReadOnlyList<string> AggregateKinds() => r.Next(5) switch
        {
            0 => ["component"],
            1 => ["gas_detector", "storage_vessel"],
            _ => [Pick(r, Kinds)],
        };

        private string Constant(string dim) => dim switch
        {
            "pressure" => Pick(r, ["1 MPa", "5 MPa", "10 MPa", "20 MPa", "35 MPa", "100 bar", "200 bar", "5000 kPa", "1450 psi", "0.5 MPa"]),
            "length" => Pick(r, ["1 m", "3 m", "5 m", "6.2 m", "10 ft", "20 ft", "3000 mm", "9 m"]),
            "mass" => Pick(r, ["0 kg", "10 kg", "50 kg", "100 kg", "0.1 t", "60000 g"]),
            "concentration" => Pick(r, ["1 %", "0.5 %", "25 %LFL", "10000 ppm"]),
            _ => Pick(r, ["0", "1", "2", "3", "0.5"]),
        };

        private string Number(Scope s, string dim, int depth)
        {
            var hasComponent = s.Components.Count > 0;
            var choice = r.Next(depth > 0 ? 9 : 4);
            if (choice == 0 || (!hasComponent && choice < 4))
            {
                return Constant(dim);
            }

            if (choice >= 4 && r.Next(2) == 0)
            {
                return Compound(s, dim, depth);
            }

            var c = hasComponent ? Component(s) : string.Empty;
            switch (dim)
            {
                case "pressure":
                    if (!hasComponent)
                    {
                        return depth > 0 ? $"max(pressure of {AggregateKinds()[0]})" : Constant(dim);
                    }

                    return Pick(r, [$"{c}.pressure", $"{c}.pressure", $"{c}.design_pressure", $"{c}.pressure * {c}.rating"]);
                case "length":
                    var subjects = s.Subjects.Select(x => x.Name).ToList();
                    if (subjects.Count >= 2 && r.Next(2) == 0)
                    {
                        return $"distance({subjects[0]}, {subjects[1]})";
                    }

                    if (s.Its.Count > 0 && subjects.Count > 0 && r.Next(2) == 0)
                    {
                        return $"distance({subjects[0]}, it)";
                    }

                    return hasComponent ? Pick(r, [$"sep({c}.pressure).d", $"{c}.height"]) : Constant(dim);
                case "mass":
                    return depth > 0 && r.Next(2) == 0
                        ? $"sum(inventory of {AggregateKinds()[0]}{(r.Next(2) == 0 ? string.Empty : " where " + Bool(s with { Its = [.. s.Its, Kinds] }, depth - 1))})"
                        : hasComponent ? $"{c}.inventory" : Constant(dim);
                case "concentration":
                    return hasComponent ? $"{c}.alarm_setpoint" : Constant(dim);
                default:
                    if (depth > 0 && r.Next(2) == 0)
                    {
                        return $"count({AggregateKinds()[0]})";
                    }

                    return hasComponent ? Pick(r, [$"{c}.rating", $"{c}.pressure / {c}.design_pressure", $"{c}.inventory / (10 kg)"]) : Constant(dim);
            }
        }

        private string Compound(Scope s, string dim, int depth)
        {
            var x = Number(s, dim, depth - 1);
            return r.Next(8) switch
            {
                0 => $"({x} + {Number(s, dim, depth - 1)})",
                1 => $"({x} - {Number(s, dim, depth - 1)})",
                2 => $"({x} * {Pick(r, ["2", "0.5", "3"])})",
                3 => $"({x} / {Pick(r, ["2", "0.5", "4"])})",
                4 => $"abs({x})",
                5 => $"min({x}, {Number(s, dim, depth - 1)})",
                6 => $"max({x}, {Number(s, dim, depth - 1)})",
                _ => dim == "pressure" && s.Components.Count > 0 ? $"({x} / {Component(s)}.rating)" : $"(-{x})",
            };
        }
    }
}

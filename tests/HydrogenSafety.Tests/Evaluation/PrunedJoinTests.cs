using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Evaluation;

/// <summary>
/// Rules gated by a distance bound join on the pairs within it (relation facts from a spatial index) instead of the
/// cross product of their kinds. The JSON report, passes and not-applicable bindings included, is byte for byte the
/// report of the unpruned engine, on generated facilities with missing positions, heights and measured distances, with
/// the built-in rules and with rules written to hit every gate shape; and an open session that moves, edits, adds and
/// removes components keeps giving the unpruned engine's report.
/// </summary>
public class PrunedJoinTests
{
    private const string GateRules = """
rules:
  - id: T-WHEN-LT
    title: Vessels within 12 m of an intake are protected
    stage: storage
    severity: high
    source: { document: test, clause: "1" }
    for: { v: storage_vessel, i: air_intake }
    when: "v.phase == 'gas' and distance(v, i) < 12 m"
    require: "v.has_prd == true"
    message: "{v.id} is {distance(v, i)} from {i.id}"
  - id: T-WHEN-LE-FLIPPED
    title: Openings within 8 m of equipment are closed
    stage: storage
    severity: medium
    source: { document: test, clause: "2" }
    for: { o: building_opening, e: { kind: [storage_vessel, compressor], where: "not (defined(gas) and gas != 'hydrogen')" } }
    when: "8 m >= distance(o, e) and exists(ignition_source where flow_prevention_method == 'closed_openings')"
    require: "o.opening_protection in ['fire_door', 'wired_glass']"
    message: "{o.id} near {e.id}; {count(ignition_source)} ignition sources"
  - id: T-WHERE
    title: Detectors cover nearby compressors
    stage: storage
    severity: low
    source: { document: test, clause: "3" }
    for: { c: compressor, d: { kind: gas_detector, where: "distance(d, c) <= 10 m" } }
    require: "d.alarm_setpoint <= 25 %LFL"
    message: "{d.id} by {c.id}"
  - id: T-ANY-KIND
    title: Anything within 3 m of a vent stack is listed
    stage: storage
    severity: info
    source: { document: test, clause: "4" }
    for: { s: vent_stack, x: component }
    when: "distance(s, x) < 3 m"
    require: "defined(x.pressure)"
  - id: T-ZERO
    title: Coincident dispensers
    stage: utilization
    severity: info
    source: { document: test, clause: "5" }
    for: { a: dispenser, b: dispenser }
    when: "distance(a, b) <= 0 m"
    require: "a.id == b.id"
  - id: T-SEP-CONST
    title: Intakes stand 10 m from vessels
    stage: storage
    severity: medium
    source: { document: test, clause: "6" }
    for: { v: { kind: [storage_vessel, compressor], where: "not (defined(gas) and gas != 'hydrogen')" }, i: { kind: [air_intake, building_opening], where: "defined(opening_protection) or kind == 'air_intake'" } }
    when: "v.phase == 'gas'"
    require: "distance(v, i) >= 10 m"
    message: "{i.id} is {distance(v, i)} from {v.id}"
  - id: T-SEP-SECOND
    title: Exposures stand outside the second subject's flame
    stage: storage
    severity: low
    source: { document: test, clause: "7" }
    for: { x: { kind: [lot_line, building, assembly_area] }, v: { kind: [storage_vessel, cylinder_bundle, dispenser], where: "defined(v.leak_diameter) or defined(v.pipe_inner_diameter)" } }
    require: "jet_flame_distance(v, 4.732 kW/m2) < distance(x, v)"
    message: "{x.id} {distance(x, v)}; flame {jet_flame_distance(v, 4.732 kW/m2)}"
""";

    private static readonly EngineOptions Pruned = new() { AsOf = new DateOnly(2026, 6, 1) };

    private static readonly EngineOptions Unpruned = new() { AsOf = new DateOnly(2026, 6, 1), PruneDistanceJoins = false };

    private static readonly Lazy<(ComplianceEngine Pruned, ComplianceEngine Unpruned)> BuiltIn =
        new(() => (ComplianceEngine.Create(RuleSet.BuiltIn, Pruned), ComplianceEngine.Create(RuleSet.BuiltIn, Unpruned)));

    private static readonly Lazy<(ComplianceEngine Pruned, ComplianceEngine Unpruned)> Gates = new(() =>
    {
        var rules = RuleSet.Parse(GateRules, "gates.yaml");
        return (ComplianceEngine.Create(rules, Pruned), ComplianceEngine.Create(rules, Unpruned));
    });

    private static readonly string[] Kinds =
    [
        "storage_vessel", "compressor", "dispenser", "cylinder_bundle", "building_opening", "ignition_source", "air_intake",
        "protected_facility", "gas_detector", "vent_stack", "lot_line", "public_road", "assembly_area", "building", "tube_trailer",
    ];

    [Test]
    public void The_shipped_distance_gated_rules_are_pruned()
    {
        var compiled = BuiltIn.Value.Pruned.Compiled;
        var gated = compiled.Plans.Where(p => compiled.GateOf(p) is not null).Select(p => p.Definition.Id).ToList();
        gated.Should().Contain(["JP-HPG-FLOW-PREVENTION-OPENINGS", "KR-KGS-STATION-WALL-WITHIN-30M"]);
        BuiltIn.Value.Unpruned.Compiled.Plans.Should().OnlyContain(p => BuiltIn.Value.Unpruned.Compiled.GateOf(p) == null);
        var gates = Gates.Value.Pruned.Compiled;
        gates.Plans.ToDictionary(p => p.Definition.Id, p => gates.GateOf(p)?.InWhen).Should().Equal(new Dictionary<string, bool?>
        {
            ["T-WHEN-LT"] = true, ["T-WHEN-LE-FLIPPED"] = true, ["T-WHERE"] = false, ["T-ANY-KIND"] = true, ["T-ZERO"] = true,
            ["T-SEP-CONST"] = null, ["T-SEP-SECOND"] = null,
        });
        gates.Plans.Where(p => gates.SeparationOf(p) is not null).Select(p => (p.Definition.Id, gates.SeparationOf(p)!.Near))
            .Should().Equal(("T-SEP-CONST", 0), ("T-SEP-SECOND", 1));
        compiled.Plans.Where(p => compiled.SeparationOf(p) is not null).Select(p => p.Definition.Id)
            .Should().Contain(["INTL-CONSEQ-FLAME-PEOPLE", "INTL-CONSEQ-FLAME-BUILDING", "INTL-CONSEQ-CLOUD-INTAKE"]);
        BuiltIn.Value.Unpruned.Compiled.Plans.Should().OnlyContain(p => BuiltIn.Value.Unpruned.Compiled.SeparationOf(p) == null);
    }

    [Test]
    public void A_separation_on_its_bound_goes_through_the_network_with_the_comparison_tolerance()
    {
        // Intakes at exactly 10 m, within the tolerance of it either side, just beyond the reach, and far; one high up.
        var offsets = new[] { 10.0, 10 - 1e-10, 10 + 1e-10, 10 - 1e-6, 10 + 2e-5, 10.0001, 9.99, 30, 1e5 };
        var components = new List<Component>
        {
            new() { Id = "V", Kind = "storage_vessel", Position = new Position(3, 4), Attributes = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { ["phase"] = AttributeValue.Of("gas") } },
        };
        components.AddRange(offsets.Select((d, i) => new Component { Id = $"I{i}", Kind = "air_intake", Position = new Position(3 + d, 4, i == 6 ? 8 : 0) }));
        var facility = new Facility { Id = "bound", Name = "bound", Type = "storage_site", Components = components };
        var (pruned, unpruned) = Gates.Value;
        var report = pruned.Evaluate(facility);
        Json(report).Should().Be(Json(unpruned.Evaluate(facility)));
        report.Findings.Where(f => f.RuleId == "T-SEP-CONST").Select(f => f.Outcome).Should()
            .Equal(Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Violation, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass, Outcome.Pass);
    }

    [TestCase(1, 12, "fueling_station")]
    [TestCase(2, 40, "production_plant")]
    [TestCase(3, 90, "fueling_station")]
    [TestCase(4, 150, "storage_site")]
    [TestCase(5, 250, "fueling_station")]
    public void Pruned_and_unpruned_reports_are_byte_identical(int seed, int size, string type)
    {
        var facility = Generate(new Random(seed), size, seed, type);
        foreach (var (pruned, unpruned) in new[] { BuiltIn.Value, Gates.Value })
        {
            var expected = Json(unpruned.Evaluate(facility));
            Json(pruned.Evaluate(facility)).Should().Be(expected, $"seed {seed}, {size} components");
        }
    }

    [TestCase(10)]
    [TestCase(11)]
    public void The_gates_leave_far_pairs_out_and_keep_unknown_ones(int seed)
    {
        var facility = Generate(new Random(seed), 120, seed, "production_plant");
        var report = Gates.Value.Pruned.Evaluate(facility);
        var near = report.Findings.Where(f => f.RuleId == "T-WHEN-LT").GroupBy(f => f.Outcome).ToDictionary(g => g.Key, g => g.Count());
        near.Should().ContainKey(Outcome.NotApplicable).And.ContainKey(Outcome.Indeterminate);
        near.Keys.Should().Contain(k => k == Outcome.Pass || k == Outcome.Violation);
        report.Findings.Where(f => f.RuleId == "T-WHERE").Should().NotBeEmpty()
            .And.HaveCountLessThan(facility.Components.Count(c => c.Kind == "compressor") * facility.Components.Count(c => c.Kind == "gas_detector"));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void A_session_that_moves_components_keeps_the_unpruned_report(int seed)
    {
        var random = new Random(100 + seed);
        foreach (var (pruned, unpruned) in new[] { Gates.Value, BuiltIn.Value })
        {
            var facility = Generate(random, 60, seed, seed == 2 ? "fueling_station" : "production_plant");
            var session = pruned.OpenSession(facility);
            Json(session.Report).Should().Be(Json(unpruned.Evaluate(facility)));
            for (var step = 0; step < 15; step++)
            {
                var components = session.Facility.Components;
                var old = components[random.Next(components.Count)];
                switch (step % 5)
                {
                    case 0:
                        session.Remove(old.Id);
                        break;
                    case 1:
                        session.Upsert(RandomComponent(random, $"N{step}"));
                        break;
                    case 2:
                        // The same component somewhere else, or without a position.
                        session.Upsert(Moved(old, random.Next(4) == 0 ? null : new Position(random.NextDouble() * 60, random.NextDouble() * 60)));
                        break;
                    case 3:
                        // Moved next to another component: a far pair becomes near.
                        var target = components[random.Next(components.Count)];
                        session.Upsert(Moved(old, target.Position is { } p ? new Position(p.X + 0.5, p.Y) : null));
                        break;
                    default:
                        session.Upsert(step % 2 == 0 ? RandomComponent(random, old.Id) : Repressurised(old, random));
                        break;
                }

                Json(session.Report).Should().Be(Json(unpruned.Evaluate(session.Facility)), $"seed {seed}, step {step}");
            }
        }
    }

    [Test]
    public void Moving_one_component_re_decides_only_the_pairs_it_is_in()
    {
        var (pruned, unpruned) = Gates.Value;
        var facility = Generate(new Random(21), 200, 21, "production_plant");
        var session = pruned.OpenSession(facility);
        var farPairs = session.Report.Findings.Count(f => f.RuleId == "T-WHEN-LT" && f.Outcome == Outcome.NotApplicable);
        var intake = facility.Components.First(c => c.Kind == "air_intake" && c.Position is not null);
        var changed = new List<Finding>();
        session.FindingsChanged += (_, e) => changed.AddRange(e.Added);
        session.Upsert(Moved(intake, new Position(intake.Position!.X + 7, intake.Position.Y)));
        Json(session.Report).Should().Be(Json(unpruned.Evaluate(session.Facility)));
        var vessels = facility.Components.Count(c => c.Kind == "storage_vessel");
        farPairs.Should().BeGreaterThan(2 * vessels);
        changed.Where(f => f.RuleId == "T-WHEN-LT").Should().HaveCountLessThanOrEqualTo(vessels)
            .And.OnlyContain(f => f.Subjects.Any(s => s.ComponentId == intake.Id));
    }

    [Test]
    public void Vessels_whose_bound_is_unknown_give_the_unpruned_indeterminate_findings()
    {
        var facility = UnknownBoundFacility();
        foreach (var (pruned, unpruned) in new[] { BuiltIn.Value, Gates.Value })
        {
            Json(pruned.Evaluate(facility)).Should().Be(Json(unpruned.Evaluate(facility)));
        }

        // The consequence rules cannot size the flame of a vessel without a pressure: indeterminate, near and far alike.
        var flame = BuiltIn.Value.Pruned.Evaluate(facility).Findings
            .Where(f => f.RuleId == "INTL-CONSEQ-FLAME-PEOPLE" && f.Subjects[0].ComponentId == "V1").ToList();
        flame.Should().HaveCount(4).And.OnlyContain(f => f.Outcome == Outcome.Indeterminate);
        flame.Should().OnlyContain(f => f.Missing.Any(m => m.Contains("pressure", StringComparison.Ordinal)));
        flame.Count(f => f.Missing.Count > 1).Should().Be(1, "the unplaced lot line's distance is missing too");
    }

    [Test]
    public void A_session_that_supplies_and_removes_a_bound_datum_keeps_the_unpruned_report()
    {
        foreach (var (pruned, unpruned) in new[] { Gates.Value, BuiltIn.Value })
        {
            var session = pruned.OpenSession(UnknownBoundFacility());
            Json(session.Report).Should().Be(Json(unpruned.Evaluate(session.Facility)));
            var v1 = session.Facility.Components.Single(c => c.Id == "V1");
            var steps = new List<Action>
            {
                // The missing pressure supplied: the flame is sized, far pairs pass, near ones are decided.
                () => session.Upsert(With(v1, "pressure", AttributeValue.Of(Quantity.From(70, "MPa")))),
                // And removed again: back to indeterminate.
                () => session.Upsert(v1),
                // The leak scenario dropped (not applicable), then given back.
                () => session.Upsert(new Component { Id = "V2", Kind = "storage_vessel", Position = new Position(2, 1), Attributes = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { ["phase"] = AttributeValue.Of("gas") } }),
                () => session.Upsert(With(v1, "pressure", AttributeValue.Of(Quantity.From(20, "MPa")))),
                () => session.Upsert(Moved(session.Facility.Components.Single(c => c.Id == "L1"), new Position(0.5, 0))),
                () => session.Remove("V3"),
                () => session.Upsert(Moved(v1, null)),
                () => session.Remove("L2"),
            };
            for (var step = 0; step < steps.Count; step++)
            {
                steps[step]();
                Json(session.Report).Should().Be(Json(unpruned.Evaluate(session.Facility)), $"step {step}");
            }
        }
    }

    [Test]
    public void An_upsert_of_a_component_no_gated_rule_pairs_keeps_the_unpruned_report()
    {
        foreach (var (pruned, unpruned) in new[] { Gates.Value, BuiltIn.Value })
        {
            var facility = Generate(new Random(31), 80, 31, "production_plant");
            var session = pruned.OpenSession(facility);
            var ignition = facility.Components.First(c => c.Kind == "ignition_source");
            var trailer = facility.Components.First(c => c.Kind == "tube_trailer");
            var steps = new List<Component>
            {
                // The aggregate of T-WHEN-LE-FLIPPED flips while its near pairs stay as they are.
                With(ignition, "flow_prevention_method", AttributeValue.Of("closed_openings")),
                With(ignition, "flow_prevention_method", AttributeValue.Of("barrier")),
                Moved(trailer, new Position(1, 1)),
                Moved(trailer, null),
                new() { Id = "NEW-ROAD", Kind = "public_road", Area = "A0", Position = new Position(3, 3) },
            };
            foreach (var (step, component) in steps.Select((c, i) => (i, c)))
            {
                session.Upsert(component);
                Json(session.Report).Should().Be(Json(unpruned.Evaluate(session.Facility)), $"step {step}");
            }
        }
    }

    /// <summary>Vessels with a leak scenario but no pressure (the flame and cloud bounds unknown) beside exposures near, far, unplaced and measured.</summary>
    private static Facility UnknownBoundFacility()
    {
        Component Vessel(string id, Position? at, double? pressure, string leak = "leak_diameter")
        {
            var a = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
            {
                ["phase"] = AttributeValue.Of("gas"),
                ["temperature"] = AttributeValue.Of(Quantity.From(288, "K")),
                [leak] = AttributeValue.Of(Quantity.From(3, "mm")),
            };
            if (pressure is { } p)
            {
                a["pressure"] = AttributeValue.Of(Quantity.From(p, "MPa"));
            }

            return new Component { Id = id, Kind = "storage_vessel", Position = at, Attributes = a };
        }

        Component Exposure(string id, string kind, Position? at) => new() { Id = id, Kind = kind, Position = at };
        var components = new List<Component>
        {
            Vessel("V1", new Position(0, 0), null),
            Vessel("V2", new Position(2, 1), null, "pipe_inner_diameter"),
            Vessel("V3", null, null),
            Vessel("V4", new Position(30, 0), 50),
            Vessel("V5", new Position(60, 60), null),
            Exposure("L1", "lot_line", new Position(1, 0)),
            Exposure("L2", "lot_line", new Position(300, 0)),
            Exposure("L3", "lot_line", null),
            Exposure("A1", "assembly_area", new Position(0, 40)),
            Exposure("B1", "building", new Position(5, 5)),
            Exposure("I1", "air_intake", new Position(0, 3)),
            Exposure("I2", "air_intake", new Position(500, 500)),
            Exposure("O1", "building_opening", new Position(9, 0)),
            Exposure("G1", "ignition_source", new Position(31, 1)),
        };
        return new Facility
        {
            Id = "unknown-bound",
            Name = "unknown bound",
            Type = "storage_site",
            Components = components,
            Distances = [new DistanceMeasurement("V1", "A1", Quantity.From(7, "m")), new DistanceMeasurement("V3", "L1", Quantity.From(12, "m"))],
        };
    }

    [Test]
    public void An_upsert_that_changes_a_kind_into_or_out_of_a_candidate_kind_keeps_the_unpruned_report()
    {
        foreach (var (pruned, unpruned) in new[] { Gates.Value, BuiltIn.Value })
        {
            var facility = Generate(new Random(41), 80, 41, "production_plant");
            var session = pruned.OpenSession(facility);
            var intake = facility.Components.First(c => c.Kind == "air_intake" && c.Position is not null);
            var vessel = facility.Components.First(c => c.Kind == "storage_vessel" && c.Position is not null);
            var road = facility.Components.First(c => c.Kind == "public_road");
            var gas = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
            {
                ["phase"] = AttributeValue.Of("gas"),
                ["gas"] = AttributeValue.Of("hydrogen"),
                ["has_prd"] = AttributeValue.Of(false),
                ["pressure"] = AttributeValue.Of(Quantity.From(40, "MPa")),
                ["temperature"] = AttributeValue.Of(Quantity.From(288, "K")),
                ["leak_diameter"] = AttributeValue.Of(Quantity.From(3, "mm")),
            };
            var next = new Position(intake.Position!.X + 1, intake.Position.Y);
            var steps = new List<Component>
            {
                // Into a candidate kind, next to an intake: near and settled pairs appear (the old kind pairs nothing).
                new() { Id = road.Id, Kind = "storage_vessel", Area = road.Area, Position = next, Attributes = gas },
                // Out of it again: those pairs must go (the new kind pairs nothing).
                new() { Id = road.Id, Kind = "public_road", Area = road.Area, Position = next, Attributes = road.Attributes },
                // A vessel becomes a road and back.
                new() { Id = vessel.Id, Kind = "public_road", Area = vessel.Area, Position = vessel.Position, Attributes = vessel.Attributes },
                vessel,
            };
            foreach (var (step, component) in steps.Select((c, i) => (i, c)))
            {
                session.Upsert(component);
                Json(session.Report).Should().Be(Json(unpruned.Evaluate(session.Facility)), $"step {step}");
            }
        }
    }

    private static Component With(Component c, string name, AttributeValue value) =>
        new() { Id = c.Id, Kind = c.Kind, Area = c.Area, Position = c.Position, Attributes = new Dictionary<string, AttributeValue>(c.Attributes, StringComparer.Ordinal) { [name] = value } };

    /// <summary>The same component in the same place with another pressure and leak (a separation's bound changes).</summary>
    private static Component Repressurised(Component c, Random r)
    {
        var a = new Dictionary<string, AttributeValue>(c.Attributes, StringComparer.Ordinal)
        {
            ["pressure"] = AttributeValue.Of(Quantity.From(5 + r.Next(90), "MPa")),
            ["temperature"] = AttributeValue.Of(Quantity.From(288, "K")),
            ["leak_diameter"] = AttributeValue.Of(Quantity.From(1 + r.Next(6), "mm")),
        };
        return new() { Id = c.Id, Kind = c.Kind, Area = c.Area, Position = c.Position, Attributes = a };
    }

    private static Component Moved(Component c, Position? to) =>
        new() { Id = c.Id, Kind = c.Kind, Area = c.Area, Position = to, Attributes = c.Attributes };

    private static string Json(ComplianceReport report) => JsonReportWriter.ToJson(report, new ReportOptions { ShowPasses = true });

    private static Facility Generate(Random random, int count, int seed, string type)
    {
        var side = 5 * Math.Sqrt(count);
        var components = Enumerable.Range(1, count).Select(i => RandomComponent(random, $"X{i:D3}", side)).ToList();
        // A few measured distances: they win over positions, near or far, and stand in for missing ones.
        var distances = Enumerable.Range(0, count / 10)
            .Select(_ => (A: components[random.Next(count)].Id, B: components[random.Next(count)].Id))
            .Where(p => p.A != p.B).DistinctBy(p => (p.A, p.B)).DistinctBy(p => (p.B, p.A))
            .Select(p => new DistanceMeasurement(p.A, p.B, Quantity.From(random.Next(40), "m")))
            .ToList();
        return new Facility
        {
            Id = $"pruned-{seed}",
            Name = "generated",
            Type = type,
            Attributes = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { ["staffed"] = AttributeValue.Of(true) },
            Components = components,
            Distances = distances,
        };
    }

    private static Component RandomComponent(Random r, string id, double side = 40)
    {
        var kind = Kinds[r.Next(Kinds.Length)];
        var a = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        void Maybe(string name, Func<AttributeValue> value)
        {
            if (r.NextDouble() < 0.8)
            {
                a[name] = value();
            }
        }

        Maybe("pressure", () => AttributeValue.Of(Quantity.From(5 + r.Next(90), "MPa")));
        Maybe("barrier_installed", () => AttributeValue.Of(r.Next(2) == 0));
        switch (kind)
        {
            case "storage_vessel" or "cylinder_bundle" or "compressor" or "tube_trailer" or "dispenser":
                // A leak scenario on most (the consequence rules' bound depends on the component).
                Maybe("temperature", () => AttributeValue.Of(Quantity.From(250 + r.Next(80), "K")));
                if (r.Next(3) != 0)
                {
                    a[r.Next(2) == 0 ? "leak_diameter" : "pipe_inner_diameter"] = AttributeValue.Of(Quantity.From(0.5 + r.Next(8), "mm"));
                }

                Maybe("phase", () => AttributeValue.Of(r.Next(5) == 0 ? "liquid" : "gas"));
                Maybe("gas", () => AttributeValue.Of(r.Next(4) == 0 ? "oxygen" : "hydrogen"));
                Maybe("has_prd", () => AttributeValue.Of(r.Next(5) != 0));
                break;
            case "building_opening":
                Maybe("opening_protection", () => AttributeValue.Of(r.Next(3) switch { 0 => "fire_door", 1 => "wired_glass", _ => "none" }));
                break;
            case "ignition_source":
                Maybe("flow_prevention_method", () => AttributeValue.Of(r.Next(2) == 0 ? "closed_openings" : "barrier"));
                break;
            case "gas_detector":
                Maybe("alarm_setpoint", () => AttributeValue.Of(Quantity.From(10 + r.Next(30), "%LFL")));
                break;
            case "protected_facility":
                Maybe("protection_class", () => AttributeValue.Of(r.Next(2) == 0 ? "class1" : "class2"));
                break;
        }

        // About one in ten has no position; some stand high up (a pair near in plan can be far in space).
        Position? position = r.Next(10) == 0 ? null
            : r.Next(8) == 0 ? new Position(r.NextDouble() * side, r.NextDouble() * side, r.NextDouble() * 20)
            : new Position(Math.Round(r.NextDouble() * side, r.Next(3)), Math.Round(r.NextDouble() * side, r.Next(3)));
        return new Component { Id = id, Kind = kind, Area = "A" + r.Next(3), Position = position, Attributes = a };
    }
}

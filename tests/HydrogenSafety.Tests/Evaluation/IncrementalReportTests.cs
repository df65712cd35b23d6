using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Evaluation;

/// <summary>
/// An incremental session keeps its report in place (only re-decided findings move); after any edit its JSON report
/// is byte for byte the JSON of a fresh evaluation of the edited facility, with the built-in rules on generated facilities.
/// </summary>
public class IncrementalReportTests
{
    private static readonly ComplianceEngine Engine =
        ComplianceEngine.Create(RuleSet.BuiltIn, new EngineOptions { AsOf = new DateOnly(2026, 6, 1) });

    private static readonly string[] Kinds =
    [
        "storage_vessel", "dispenser", "gas_detector", "air_intake", "ignition_source", "compressor", "lot_line",
        "building_opening", "protected_facility", "emergency_shutdown", "flame_detector", "pipeline", "assembly_area",
    ];

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    public void Upserts_and_removals_give_the_report_of_a_fresh_evaluation(int seed)
    {
        var random = new Random(seed);
        var facility = Generate(random, 40, seed);
        var session = Engine.OpenSession(facility);
        var events = 0;
        session.FindingsChanged += (_, _) => events++;
        Json(session.Report).Should().Be(Json(Engine.Evaluate(facility)));
        for (var step = 0; step < 12; step++)
        {
            var components = session.Facility.Components;
            switch (random.Next(5))
            {
                case 0 when components.Count > 0:
                    session.Remove(components[random.Next(components.Count)].Id);
                    break;
                case 1:
                    session.Upsert(RandomComponent(random, $"N{seed}-{step}"));
                    break;
                default:
                    if (components.Count > 0)
                    {
                        // The same component, changed: another kind's attributes, a new place, or a new area.
                        var old = components[random.Next(components.Count)];
                        var changed = RandomComponent(random, old.Id);
                        session.Upsert(random.Next(2) == 0 ? changed : new Component
                        {
                            Id = old.Id, Kind = old.Kind, Area = changed.Area, Position = changed.Position, Attributes = old.Attributes,
                        });
                    }

                    break;
            }

            var fresh = Engine.Evaluate(session.Facility);
            Json(session.Report).Should().Be(Json(fresh), $"seed {seed}, step {step}");
            session.Report.RuleResults.Should().Equal(fresh.RuleResults);
        }

        events.Should().BePositive();
    }

    [Test]
    public void Merge_keeps_report_order_and_drops_exactly_the_removed_findings()
    {
        var report = Engine.Evaluate(Generate(new Random(7), 30, 7));
        var sorted = report.Findings.ToArray();
        var random = new Random(7);
        var removed = sorted.Where(_ => random.Next(4) == 0).ToList();
        var added = removed.Take(removed.Count / 2).Select(f => Copy(f)).ToList();
        var merged = IncrementalReport.Merge(sorted, removed, [.. added]);
        var expected = sorted.Except(removed, ReferenceEqualityComparer.Instance).Cast<Finding>().Concat(added).ToList();
        expected.Sort(FindingOrder.Instance);
        merged.Should().NotBeNull();
        merged!.SequenceEqual(expected, ReferenceEqualityComparer.Instance).Should().BeTrue();
        IncrementalReport.Merge(sorted, [Copy(sorted[0])], []).Should().BeNull("a finding that is not in the report cannot be removed");
    }

    private static Finding Copy(Finding f) => new()
    {
        RuleId = f.RuleId, Title = f.Title, RuleVersion = f.RuleVersion, Outcome = f.Outcome, Severity = f.Severity, Status = f.Status,
        Stages = f.Stages, Subjects = f.Subjects, Message = f.Message, Source = f.Source,
    };

    private static string Json(ComplianceReport report) => JsonReportWriter.ToJson(report, new ReportOptions { ShowPasses = true });

    private static Facility Generate(Random random, int count, int seed) => new()
    {
        Id = $"generated-{seed}",
        Name = "generated",
        Type = "fueling_station",
        Attributes = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { ["staffed"] = AttributeValue.Of(true) },
        Components = Enumerable.Range(1, count).Select(i => RandomComponent(random, $"X{i:D3}")).ToList(),
    };

    private static Component RandomComponent(Random r, string id)
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
        switch (kind)
        {
            case "storage_vessel":
                Maybe("phase", () => AttributeValue.Of(r.Next(5) == 0 ? "liquid" : "gas"));
                Maybe("inventory", () => AttributeValue.Of(Quantity.From(1 + r.Next(150), "kg")));
                Maybe("has_prd", () => AttributeValue.Of(r.Next(5) != 0));
                Maybe("design_pressure", () => AttributeValue.Of(Quantity.From(40 + r.Next(60), "MPa")));
                break;
            case "gas_detector" or "flame_detector":
                Maybe("alarm_setpoint", () => AttributeValue.Of(Quantity.From(10 + r.Next(30), "%LFL")));
                Maybe("shutdown_setpoint", () => AttributeValue.Of(Quantity.From(40 + r.Next(20), "%LFL")));
                break;
            case "dispenser":
                Maybe("nominal_working_pressure", () => AttributeValue.Of(Quantity.From(r.Next(2) == 0 ? 35 : 70, "MPa")));
                Maybe("pressure_class", () => AttributeValue.Of(r.Next(2) == 0 ? "H35" : "H70"));
                break;
            case "protected_facility":
                Maybe("protection_class", () => AttributeValue.Of(r.Next(2) == 0 ? "class1" : "class2"));
                break;
        }

        return new Component
        {
            Id = id,
            Kind = kind,
            Area = "A" + r.Next(3),
            Position = r.Next(10) == 0 ? null : new Position(r.NextDouble() * 40, r.NextDouble() * 40),
            Attributes = a,
        };
    }
}

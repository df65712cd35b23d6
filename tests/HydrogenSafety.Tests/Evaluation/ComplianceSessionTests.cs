using FsCheck;
using FsCheck.Fluent;
using Outcome = HydrogenSafety.Evaluation.Outcome;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Evaluation;

/// <summary>An incremental session's findings always equal a fresh evaluation of the edited facility.</summary>
public class ComplianceSessionTests
{
    private const string Rules = """
        tables:
          sep:
            key: pressure
            gaps: allowed
            rows:
              - { over: 0 MPa, upto: 20 MPa, intake: 5 m }
              - { over: 20 MPa, upto: 100 MPa, intake: 9 m }
        rules:
          - id: SEP
            title: separation
            stage: storage
            severity: high
            source: { document: T, clause: "1" }
            for: { v: storage_vessel, i: air_intake }
            when: "v.phase == 'gas'"
            require: "distance(v, i) >= sep(v.pressure).intake"
          - id: DET
            title: detector in the area
            stage: storage
            severity: medium
            source: { document: T, clause: "2" }
            for: { v: storage_vessel }
            require: "exists(gas_detector where area == v.area and alarm_setpoint <= 25 %LFL)"
          - id: INV
            title: inventory
            stage: storage
            severity: low
            source: { document: T, clause: "3" }
            for: facility
            when: "defined(facility.staffed) and facility.staffed"
            require: "sum(inventory of storage_vessel) <= 100 kg and count(gas_detector) >= 1"
          - id: PRD
            title: prd
            stage: storage
            severity: high
            source: { document: T, clause: "4" }
            for: { v: { kind: storage_vessel, where: "pressure > 1 MPa" } }
            require: "v.has_prd"
        """;

    private static readonly ComplianceEngine Engine =
        ComplianceEngine.Create(RuleSet.Parse(Rules, "rules.yaml"), new EngineOptions { AsOf = new DateOnly(2026, 1, 1) });

    [Test]
    public void Findings_follow_upserts_and_removals()
    {
        var facility = Facility.Parse("""
            components:
              - { id: V, kind: storage_vessel, phase: gas, pressure: 10 MPa, area: yard, has_prd: true, position: [0, 0] }
              - { id: I, kind: air_intake, position: [3, 0] }
            """, "site.yaml");
        var session = Engine.OpenSession(facility);
        var changes = new List<FindingsChangedEventArgs>();
        session.FindingsChanged += (_, e) => changes.Add(e);
        session.Report.Single("SEP", "V,I").Outcome.Should().Be(Outcome.Violation);

        session.Upsert(new Component { Id = "I", Kind = "air_intake", Position = new Position(30, 0) });
        session.Report.Single("SEP", "V,I").Outcome.Should().Be(Outcome.Pass);
        changes.Should().ContainSingle();
        changes[0].Removed.Should().Contain(f => f.RuleId == "SEP" && f.Outcome == Outcome.Violation);

        session.Upsert(new Component { Id = "D", Kind = "gas_detector", Area = "yard", Attributes = new Dictionary<string, AttributeValue> { ["alarm_setpoint"] = AttributeValue.Of(Quantity.From(1, "%")) } });
        session.Report.Single("DET", "V").Outcome.Should().Be(Outcome.Pass);

        session.Remove("D").Should().BeTrue();
        session.Report.Single("DET", "V").Outcome.Should().Be(Outcome.Violation);
        session.Remove("I").Should().BeTrue();
        session.Report.Findings.Should().ContainSingle(f => f.RuleId == "SEP").Which.Subjects.Should().BeEmpty();
    }

    [Test]
    public void A_disposed_session_refuses_edits()
    {
        var session = Engine.OpenSession(Facility.Parse("components: []", "site.yaml"));
        session.Dispose();
        var act = () => session.Remove("V");
        act.Should().NotThrow("removing a component that is not there changes nothing");
        var upsert = () => session.Upsert(new Component { Id = "V", Kind = "storage_vessel" });
        upsert.Should().Throw<ObjectDisposedException>();
    }

    /// <summary>
    /// Property (FsCheck): for any edit sequence (drawn from a generated seed), after every edit the session's
    /// report equals a fresh evaluation of the edited facility. H2SAFETY_PROPERTY_RUNS runs it longer.
    /// </summary>
    [Test]
    public void Random_edit_sequences_match_a_fresh_evaluation()
    {
        var sequences = Gen.Choose(0, int.MaxValue).ToArbitrary();
        Check.One(Reliability.PropertyRuns.Config(40), Prop.ForAll(sequences, seed => EditSequenceMatches(seed)));
    }

    private static bool EditSequenceMatches(int seed)
    {
        var random = new Random(seed);
        var facility = Facility.Parse("components: []", "site.yaml");
        var session = Engine.OpenSession(facility);
        for (var step = 0; step < 25; step++)
        {
            Edit(session, random);
            Render(session.Report).Should().Be(Render(Engine.Evaluate(session.Facility)), $"seed {seed}, step {step}");
        }

        return true;
    }

    private static void Edit(ComplianceSession session, Random random)
    {
        var ids = new[] { "V1", "V2", "V3", "I1", "I2", "D1", "D2" };
        var id = ids[random.Next(ids.Length)];
        switch (random.Next(6))
        {
            case 0:
                session.Remove(id);
                break;
            case 1 when session.Facility.Components.Count >= 2:
                var pair = session.Facility.Components.OrderBy(_ => random.Next()).Take(2).ToList();
                session.SetDistance(new DistanceMeasurement(pair[0].Id, pair[1].Id, Quantity.From(random.Next(1, 15), "m")));
                break;
            case 2:
                session.SetFacilityAttribute("staffed", random.Next(3) == 0 ? null : AttributeValue.Of(random.Next(2) == 0));
                break;
            default:
                session.Upsert(RandomComponent(id, random));
                break;
        }
    }

    private static Component RandomComponent(string id, Random random)
    {
        var attributes = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        void Maybe(string name, Func<AttributeValue> value)
        {
            if (random.Next(4) != 0)
            {
                attributes[name] = value();
            }
        }

        var kind = id[0] switch { 'V' => "storage_vessel", 'I' => "air_intake", _ => "gas_detector" };
        if (kind == "storage_vessel")
        {
            Maybe("phase", () => AttributeValue.Of(random.Next(3) == 0 ? "liquid" : "gas"));
            Maybe("pressure", () => AttributeValue.Of(Quantity.From(random.Next(0, 120), "MPa")));
            Maybe("inventory", () => AttributeValue.Of(Quantity.From(random.Next(0, 80), "kg")));
            Maybe("has_prd", () => AttributeValue.Of(random.Next(2) == 0));
        }
        else if (kind == "gas_detector")
        {
            Maybe("alarm_setpoint", () => AttributeValue.Of(Quantity.From(random.Next(5, 60), "%LFL")));
        }

        return new Component
        {
            Id = id,
            Kind = kind,
            Area = random.Next(3) == 0 ? null : (random.Next(2) == 0 ? "yard" : "room"),
            Position = random.Next(4) == 0 ? null : new Position(random.Next(0, 20), random.Next(0, 20)),
            Attributes = attributes,
        };
    }

    private static string Render(ComplianceReport report) => string.Join("\n", report.Findings.Select(f =>
        $"{f.RuleId} {f.BindingKey} {f.Outcome} {f.Message} {string.Join("|", f.Evidence)} {string.Join(",", f.Missing)} {f.Error}"))
        + "\n" + string.Join("\n", report.RuleResults);
}

using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Rules;

public class RuleFileLoaderTests
{
    internal const string Example = """
        # yaml-language-server: $schema=rules.schema.json
        tables:
          example_gh2_separation:
            source: { document: Example Code, edition: "2024", clause: "Table 7.3" }
            key: pressure
            rows:
              - { over: 0.103 MPa, upto: 1.72 MPa, lot_line: 3 m, air_intake: 6 m }
              - { over: 1.72 MPa, upto: 20.7 MPa, lot_line: 5 m, air_intake: 9 m }

        rules:
          - id: EX-GH2-SEP-AIR-INTAKE
            title: Gaseous hydrogen storage is separated from air intakes
            stage: storage
            severity: high
            version: 1.0.0
            status: enforced
            effective: { from: 2023-01-01 }
            jurisdictions: [US, INTL]
            source: { document: Example Code, edition: 2018, clause: "7.3.2", url: "https://example.org/7.3.2" }
            tags: [separation]
            params: { margin: 0 m, strict: true, factor: 1.5, note: text }
            for:
              vessel: storage_vessel
              intake: air_intake
            when: "vessel.phase == 'gas' and vessel.pressure > 0.103 MPa"
            require: "distance(vessel, intake) >= example_gh2_separation(vessel.pressure).air_intake + params.margin"
            message: "{vessel.id} is {distance(vessel, intake)} from air intake {intake.id}"
            remediation: Relocate the vessel or the intake.
            tests:
              - name: too close
                facility: { components: [ {id: V, kind: storage_vessel, phase: gas, pressure: 10 MPa, position: [0,0]},
                                          {id: I, kind: air_intake, position: [5,0]} ] }
                expect: { "V,I": violation }
                applicable: 1
              - name: far enough
                facility:
                  facility: { id: far }
                  components:
                    - { id: V, kind: storage_vessel, phase: gas, pressure: 10 MPa, position: [0, 0] }
                    - { id: I, kind: air_intake, position: [50, 0] }
                expect: { "V, I": pass }
          - id: EX-FACILITY
            title: The facility is staffed
            stage: [production, utilization]
            severity: low
            for: facility
            source: { document: Example }
            require:
              - facility.staffed
              - "defined(facility.staffed)"
            tests:
              - name: staffed
                facility: { facility: { attributes: { staffed: true } } }
                expect: { facility: pass }
          - id: EX-ONE
            title: One subject
            stage: utilization
            severity: medium
            for: dispenser
            source: { document: Example }
            require: pressure <= 87.5 MPa
          - id: EX-WHERE
            title: Filtered subjects
            stage: storage
            severity: critical
            status: draft
            for:
              v: { kind: [storage_vessel, liquid_tank], where: "v.indoor" }
              any: component
            source: { document: Example }
            require: "true"
        """;

    [Test]
    public void The_spec_example_loads_with_exact_values()
    {
        var result = RuleFileLoader.Read(Example, "rules/example.yaml");

        result.Diagnostics.Should().BeEmpty();
        result.Rules.Select(r => r.Id).Should().Equal("EX-GH2-SEP-AIR-INTAKE", "EX-FACILITY", "EX-ONE", "EX-WHERE");
        var rule = result.Rules[0];
        rule.Title.Should().Be("Gaseous hydrogen storage is separated from air intakes");
        rule.Stages.Should().Equal(Stage.Storage);
        rule.Severity.Should().Be(Severity.High);
        rule.Version.Should().Be("1.0.0");
        rule.Status.Should().Be(RuleStatus.Enforced);
        rule.EffectiveFrom.Should().Be(new DateOnly(2023, 1, 1));
        rule.EffectiveUntil.Should().BeNull();
        rule.Jurisdictions.Should().Equal("US", "INTL");
        rule.Source.Should().Be(new Citation("Example Code", "2018", "7.3.2", "https://example.org/7.3.2"));
        rule.Tags.Should().Equal("separation");
        rule.Params["margin"].Quantity.Should().Be(new Quantity(0, Dimension.Length, "m"));
        rule.Params["strict"].Boolean.Should().BeTrue();
        rule.Params["factor"].Quantity.Should().Be(new Quantity(1.5, Dimension.Dimensionless, ""));
        rule.Params["note"].Text.Should().Be("text");
        rule.IsFacilityRule.Should().BeFalse();
        rule.Subjects.Select(s => (s.Name, string.Join("|", s.Kinds))).Should().Equal(("vessel", "storage_vessel"), ("intake", "air_intake"));
        (rule.Subjects[0].Span.Line, rule.Subjects[0].Span.Column).Should().Be((23, 7));
        rule.When!.Text.Should().Be("vessel.phase == 'gas' and vessel.pressure > 0.103 MPa");
        rule.Require.Should().ContainSingle().Which.Text.Should().StartWith("distance(vessel, intake) >= ");
        rule.Message!.Text.Should().Be("{vessel.id} is {distance(vessel, intake)} from air intake {intake.id}");
        rule.Remediation.Should().Be("Relocate the vessel or the intake.");
        rule.Span.Should().Be(SourceSpan.At("rules/example.yaml", 11, 5));

        rule.Tests.Should().HaveCount(2);
        var tooClose = rule.Tests[0];
        tooClose.Name.Should().Be("too close");
        tooClose.Expect.Should().Equal(new Dictionary<string, Outcome> { ["V,I"] = Outcome.Violation });
        tooClose.Applicable.Should().Be(1);
        tooClose.Facility.Id.Should().Be("too close");
        tooClose.Facility.File.Should().Be("rules/example.yaml");
        tooClose.Facility.Components.Select(c => c.Id).Should().Equal("V", "I");
        tooClose.Facility.Components[1].Span.Should().Be(SourceSpan.At("rules/example.yaml", 32, 35));
        tooClose.Span.Should().Be(SourceSpan.At("rules/example.yaml", 30, 9));
        rule.Tests[1].Facility.Id.Should().Be("far");
        rule.Tests[1].Expect.Keys.Should().Equal("V,I");

        var facilityRule = result.Rules[1];
        facilityRule.IsFacilityRule.Should().BeTrue();
        facilityRule.Subjects.Should().BeEmpty();
        facilityRule.Stages.Should().Equal(Stage.Production, Stage.Utilization);
        facilityRule.Version.Should().Be("1.0.0");
        facilityRule.Jurisdictions.Should().BeNull();
        facilityRule.Require.Select(r => r.Text).Should().Equal("facility.staffed", "defined(facility.staffed)");
        facilityRule.Tests[0].Expect.Keys.Should().Equal("facility");

        var one = result.Rules[2];
        one.Subjects.Should().ContainSingle().Which.Should().Match<SubjectDeclaration>(s => s.Name == "dispenser" && s.Kinds.Single() == "dispenser");
        one.Require.Single().Text.Should().Be("pressure <= 87.5 MPa");

        var where = result.Rules[3];
        where.Status.Should().Be(RuleStatus.Draft);
        where.Subjects[0].Kinds.Should().Equal("storage_vessel", "liquid_tank");
        where.Subjects[0].Where!.Text.Should().Be("v.indoor");
        where.Subjects[1].Kinds.Should().Equal(SubjectDeclaration.AnyKind);
    }

    [Test]
    public void Tables_load_with_bands_and_columns()
    {
        var table = RuleFileLoader.Read(Example, "r.yaml").Tables.Should().ContainSingle().Subject;

        table.Name.Should().Be("example_gh2_separation");
        table.KeyDimension.Should().Be(Dimension.Pressure);
        table.GapsAllowed.Should().BeFalse();
        table.Source.Should().Be(new Citation("Example Code", "2024", "Table 7.3"));
        table.Span.Should().Be(SourceSpan.At("r.yaml", 3, 3));
        table.Rows.Should().HaveCount(2);
        table.Rows[0].Over!.Value.Value.Should().BeApproximately(0.103, 1e-12);
        table.Rows[0].Upto!.Value.Value.Should().BeApproximately(1.72, 1e-12);
        table.Rows[0].Columns["air_intake"].Quantity.Should().Be(new Quantity(6, Dimension.Length, "m"));
        table.Rows[1].Span.Should().Be(SourceSpan.At("r.yaml", 8, 9));
        table.Find(10)!.Columns["lot_line"].Quantity.Value.Should().Be(5);
    }

    [Test]
    public void Expression_sources_point_into_the_file()
    {
        var rule = RuleFileLoader.Read(Example, "r.yaml").Rules[0];

        var when = rule.When!;
        var at = when.At(when.Text.IndexOf("0.103", StringComparison.Ordinal));
        (at.Line, at.Column).Should().Be((25, 56));
        var one = RuleFileLoader.Read(Example, "r.yaml").Rules[2].Require[0];
        var unit = one.At(one.Text.IndexOf("MPa", StringComparison.Ordinal));
        (unit.Line, unit.Column).Should().Be((61, 31));
    }

    [Test]
    public void A_quoted_when_maps_each_character()
    {
        const string text = """
            rules:
              - id: R
                title: t
                stage: storage
                severity: low
                for: storage_vessel
                source: { document: d }
                when: "a > 1 MPa"
                require: |
                  a < 2 MPa
                  and b
            """;

        var rule = RuleFileLoader.Read(text, "r.yaml").Rules.Single();

        var one = rule.When!.At(4);
        (one.Line, one.Column).Should().Be((8, 16));
        var b = rule.Require[0].At(rule.Require[0].Text.IndexOf('b', StringComparison.Ordinal));
        (b.Line, b.Column).Should().Be((11, 11));
    }

    [Test]
    public void A_test_facility_path_is_read_next_to_the_rule_file()
    {
        var folder = Directory.CreateTempSubdirectory("h2s-rules-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "fixtures"));
            File.WriteAllText(Path.Combine(folder.FullName, "fixtures", "far.yaml"),
                "components:\n  - { id: V, kind: storage_vessel }\n  - { id: I, kind: air_intake }\n");
            var ruleFile = Path.Combine(folder.FullName, "r.yaml");
            var text = Rule("R", "    tests:\n      - { name: far, facility: fixtures/far.yaml, expect: { \"V,I\": pass } }\n");

            var result = RuleFileLoader.Read(text, ruleFile);

            result.Diagnostics.Should().BeEmpty();
            var facility = result.Rules.Single().Tests.Single().Facility;
            facility.Id.Should().Be("far");
            facility.File.Should().Be(Path.Combine(folder.FullName, "fixtures/far.yaml"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void A_missing_test_facility_file_is_reported_at_its_path()
    {
        var text = Rule("R", "    tests:\n      - { name: far, facility: fixtures/none.yaml, expect: { \"V,I\": pass } }\n");

        var d = RuleFileLoader.Read(text, Path.Combine(Path.GetTempPath(), "r.yaml")).Diagnostics.Should().ContainSingle().Subject;

        (d.Code, d.Span.Line, d.Span.Column).Should().Be((DiagnosticCodes.FileNotFound, 10, 32));
    }

    /// <summary>A valid two-subject rule (vessel, intake) starting on line 2; <paramref name="extra"/> starts on line 9.</summary>
    internal static string Rule(string id, string extra = "") => $"""
        rules:
          - id: {id}
            title: t
            stage: storage
            severity: low
            for: {"{"} vessel: storage_vessel, intake: air_intake {"}"}
            source: {"{"} document: d {"}"}
            require: "true"

        """ + extra;
}

using HydrogenSafety.Evaluation;

namespace HydrogenSafety.Tests.Evaluation;

/// <summary>The SPEC §4 example rule, end to end.</summary>
public class SpecExampleTests
{
    private const string Rules = """
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
            source: { document: Example Code, edition: "2024", clause: "7.3.2" }
            params: { margin: 0 m }
            for:
              vessel: storage_vessel
              intake: air_intake
            when: "vessel.phase == 'gas' and vessel.pressure > 0.103 MPa"
            require: "distance(vessel, intake) >= example_gh2_separation(vessel.pressure).air_intake + params.margin"
            message: "{vessel.id} is {distance(vessel, intake)} from air intake {intake.id}"
            remediation: Relocate the vessel or the intake.
        """;

    [Test]
    public void Too_close_is_a_violation_with_both_sides_and_the_table_row_as_evidence()
    {
        var report = EngineHarness.Evaluate(Rules, """
            facility: { id: f1 }
            components:
              - { id: V, kind: storage_vessel, phase: gas, pressure: 10 MPa, position: [0, 0] }
              - { id: I, kind: air_intake, position: [5, 0] }
            """);
        var finding = report.Single("EX-GH2-SEP-AIR-INTAKE", "V,I");
        finding.Outcome.Should().Be(Outcome.Violation);
        finding.Message.Should().Be("V is 5 m from air intake I");
        finding.Evidence.Should().ContainEquivalentOf(new
        {
            Expression = "distance(vessel, intake) >= example_gh2_separation(vessel.pressure).air_intake + params.margin",
            Left = "5 m",
            Operator = ">=",
            Right = "9 m",
            Statement = "expected ≥ 9 m, got 5 m: short by 4 m",
        });
        finding.Evidence.Should().Contain(e => e.Table == "example_gh2_separation" && e.Row == "over 1.72 MPa up to 20.7 MPa");
        finding.Location!.Line.Should().Be(3);
    }

    [Test]
    public void Far_enough_passes_and_a_measured_distance_wins_over_positions()
    {
        var report = EngineHarness.Evaluate(Rules, """
            components:
              - { id: V, kind: storage_vessel, phase: gas, pressure: 10 MPa, position: [0, 0] }
              - { id: I, kind: air_intake, position: [5, 0] }
            distances:
              - { between: [I, V], distance: 30 ft }
            """);
        report.Outcomes("EX-GH2-SEP-AIR-INTAKE").Should().Equal(new Dictionary<string, Outcome> { ["V,I"] = Outcome.Pass });
    }

    [Test]
    public void Missing_position_is_indeterminate_and_names_what_is_missing()
    {
        var report = EngineHarness.Evaluate(Rules, """
            components:
              - { id: V, kind: storage_vessel, phase: gas, pressure: 10 MPa }
              - { id: I, kind: air_intake, position: [5, 0] }
            """);
        var finding = report.Single("EX-GH2-SEP-AIR-INTAKE", "V,I");
        finding.Outcome.Should().Be(Outcome.Indeterminate);
        finding.Missing.Should().Equal("distance(V, I)");
    }

    [Test]
    public void Liquid_vessel_is_not_applicable_and_unknown_phase_is_indeterminate()
    {
        var report = EngineHarness.Evaluate(Rules, """
            components:
              - { id: L, kind: storage_vessel, phase: liquid, pressure: 1 MPa, position: [0, 0] }
              - { id: U, kind: storage_vessel, pressure: 1 MPa, position: [0, 0] }
              - { id: I, kind: air_intake, position: [50, 0] }
            """);
        report.Outcomes("EX-GH2-SEP-AIR-INTAKE").Should().Equal(new Dictionary<string, Outcome>
        {
            ["L,I"] = Outcome.NotApplicable,
            ["U,I"] = Outcome.Indeterminate,
        });
        report.Single("EX-GH2-SEP-AIR-INTAKE", "U,I").Missing.Should().Equal("U.phase");
    }

    [Test]
    public void Pressure_outside_every_band_is_indeterminate()
    {
        var report = EngineHarness.Evaluate(Rules, """
            components:
              - { id: V, kind: storage_vessel, phase: gas, pressure: 50 MPa, position: [0, 0] }
              - { id: I, kind: air_intake, position: [50, 0] }
            """);
        var finding = report.Single("EX-GH2-SEP-AIR-INTAKE", "V,I");
        finding.Outcome.Should().Be(Outcome.Indeterminate);
        finding.Missing.Should().ContainSingle().Which.Should().StartWith("example_gh2_separation(50 MPa)");
    }

    [Test]
    public void No_matching_subjects_gives_one_rule_level_not_applicable()
    {
        var report = EngineHarness.Evaluate(Rules, """
            components:
              - { id: I, kind: air_intake, position: [50, 0] }
            """);
        var finding = report.Findings.Should().ContainSingle(f => f.RuleId == "EX-GH2-SEP-AIR-INTAKE").Subject;
        finding.Outcome.Should().Be(Outcome.NotApplicable);
        finding.Subjects.Should().BeEmpty();
        report.RuleResults.Single().Bindings.Should().Be(0);
    }

    [Test]
    public void Rule_not_yet_in_effect_is_not_selected()
    {
        var report = EngineHarness.Evaluate(Rules, """
            components:
              - { id: V, kind: storage_vessel, phase: gas, pressure: 10 MPa, position: [0, 0] }
            """, asOf: new DateOnly(2022, 12, 31));
        report.RulesNotSelected.Should().Be(1);
        report.Findings.Should().BeEmpty();
    }
}

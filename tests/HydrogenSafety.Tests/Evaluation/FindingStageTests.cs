using HydrogenSafety.Facilities;

namespace HydrogenSafety.Tests.Evaluation;

/// <summary>A finding's stage is its subject's own stage when the rule covers it, else the rule's first stage.</summary>
public class FindingStageTests
{
    private const string Rules = """
        rules:
          - id: DET
            title: detectors alarm low enough
            stage: [production, storage, utilization]
            severity: high
            source: { document: D, clause: "1" }
            for: gas_detector
            require: "alarm_setpoint <= 25 %LFL"
        """;

    [Test]
    public void The_subjects_stage_comes_first_when_the_rule_covers_it()
    {
        var report = EngineHarness.Evaluate(Rules, """
            facility: { id: s }
            components:
              - { id: GD-YARD, kind: gas_detector, stage: storage, alarm_setpoint: 40 %LFL }
              - { id: GD-PLANT, kind: gas_detector, stage: production, alarm_setpoint: 40 %LFL }
              - { id: GD-ROAD, kind: gas_detector, stage: transport, alarm_setpoint: 40 %LFL }
            """);

        report.Single("DET", "GD-YARD").Stages.Should().Equal(Stage.Storage, Stage.Production, Stage.Utilization);
        report.Single("DET", "GD-PLANT").Stages.Should().Equal(Stage.Production, Stage.Storage, Stage.Utilization);
        report.Single("DET", "GD-ROAD").Stages.Should().Equal([Stage.Production, Stage.Storage, Stage.Utilization], "transport is not one of the rule's stages");
    }
}

using HydrogenSafety.Evaluation;

namespace HydrogenSafety.Tests.Evaluation;

/// <summary>`facility.attributes.NAME` mirrors the facility file's layout and means the same as `facility.NAME`.</summary>
public class FacilityAttributePathTests
{
    private const string Rules = """
        rules:
          - id: STAFFED
            title: the station is staffed
            stage: utilization
            severity: high
            source: { document: D, clause: "1" }
            for: facility
            when: "defined(facility.attributes.staffed)"
            require: "facility.attributes.staffed == true and facility.staffed == facility.attributes.staffed"
        """;

    [TestCase("staffed: true", Outcome.Pass)]
    [TestCase("staffed: false", Outcome.Violation)]
    [TestCase("other: 1", Outcome.NotApplicable)]
    public void Mirrors_the_facility_file(string attribute, Outcome expected)
    {
        var report = EngineHarness.Evaluate(Rules, $"facility: {{ id: s, attributes: {{ {attribute} }} }}\ncomponents: []\n");

        report.Findings.Single(f => f.RuleId == "STAFFED").Outcome.Should().Be(expected);
    }

    [Test]
    public void Other_three_part_paths_are_still_refused()
    {
        var act = () => EngineHarness.Evaluate(Rules.Replace("facility.attributes.staffed == true", "facility.header.staffed == true", StringComparison.Ordinal), "facility: { id: s }\ncomponents: []\n");

        act.Should().Throw<HydrogenSafety.Diagnostics.LoadException>().Which.Diagnostics.Should().ContainSingle(d => d.Code == "H2S0402");
    }
}

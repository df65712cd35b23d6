using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Evaluation;

/// <summary>
/// Component ids may contain commas. The comma-joined binding key then reads the same for ("A", "B,C") and
/// ("A,B", "C"), but they are two bindings and each keeps its own finding.
/// </summary>
public class CommaIdTests
{
    private const string Rules = """
        rules:
          - id: JOIN-ALL
            title: every vessel-intake pair is reported
            stage: storage
            severity: high
            source: { document: D, clause: "1" }
            for: { a: storage_vessel, b: air_intake }
            require: "false"
        """;

    private const string Facility = """
        facility: { id: commas }
        components:
          - { id: "A", kind: storage_vessel }
          - { id: "B,C", kind: air_intake }
          - { id: "A,B", kind: storage_vessel }
          - { id: "C", kind: air_intake }
        """;

    [Test]
    public void Bindings_whose_joined_ids_read_the_same_are_both_reported()
    {
        var report = EngineHarness.Evaluate(Rules, Facility);

        var pairs = report.Findings.Where(f => f.RuleId == "JOIN-ALL")
            .Select(f => (f.Subjects[0].ComponentId, f.Subjects[1].ComponentId, f.Outcome)).ToList();
        pairs.Should().BeEquivalentTo(new[]
        {
            ("A", "B,C", Outcome.Violation), ("A", "C", Outcome.Violation),
            ("A,B", "B,C", Outcome.Violation), ("A,B", "C", Outcome.Violation),
        });
        report.RuleResults.Single(r => r.RuleId == "JOIN-ALL").Bindings.Should().Be(4);
    }

    [Test]
    public void An_incremental_session_keeps_them_apart_too()
    {
        var engine = ComplianceEngine.Create(RuleSet.Parse(Rules, "rules.yaml"), new EngineOptions { AsOf = new DateOnly(2026, 1, 1) });
        using var session = engine.OpenSession(HydrogenSafety.Facilities.Facility.Parse(Facility, "facility.yaml"));
        session.Findings.Count(f => f.RuleId == "JOIN-ALL").Should().Be(4);

        session.Remove("C").Should().BeTrue();

        session.Findings.Where(f => f.RuleId == "JOIN-ALL").Select(f => (f.Subjects[0].ComponentId, f.Subjects[1].ComponentId))
            .Should().BeEquivalentTo(new[] { ("A", "B,C"), ("A,B", "B,C") });
    }

    [Test]
    public void A_rule_test_cannot_name_such_a_binding_and_is_refused_at_load()
    {
        // `expect` keys join ids with commas, so a key over comma ids has too many parts: a load error, not a guess.
        var act = () => RuleSet.Parse(Rules.Replace("    require: \"false\"", """
                require: "false"
                tests:
                  - name: ambiguous
                    facility:
                      components:
                        - { id: "A", kind: storage_vessel }
                        - { id: "B,C", kind: air_intake }
                    expect: { "A,B,C": violation }
            """, StringComparison.Ordinal), "rules.yaml");

        act.Should().Throw<HydrogenSafety.Diagnostics.LoadException>()
            .Which.Diagnostics.Should().ContainSingle(d => d.Code == "H2S0307" && d.Message.Contains("must name 2 component(s)", StringComparison.Ordinal));
    }
}

using System.Globalization;
using System.Text;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Reliability;

/// <summary>
/// A join whose candidate bindings exceed the per-rule limit is not run: one error finding says why, and the other
/// rules go on. Without the limit a five-subject join over 60 components binds 777 million times (hours).
/// </summary>
public class JoinLimitTests
{
    private const string Rules = """
        rules:
          - id: FIVE-WAY
            title: a hostile five-subject join
            stage: storage
            severity: high
            source: { document: D, clause: "1" }
            for: { a: component, b: component, c: component, d: component, e: component }
            require: "true"
          - id: SMALL-JOIN
            title: a two-subject join within the limit
            stage: storage
            severity: high
            source: { document: D, clause: "2" }
            for: { v: storage_vessel, i: air_intake }
            require: "distance(v, i) >= 5 m"
          - id: SINGLE
            title: a single subject
            stage: storage
            severity: high
            source: { document: D, clause: "3" }
            for: storage_vessel
            require: "pressure <= 100 MPa"
        """;

    private static Facility Facility(int vessels, int intakes)
    {
        var sb = new StringBuilder("facility: { id: big }\ncomponents:\n");
        for (var i = 0; i < vessels; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  - {{ id: V{i}, kind: storage_vessel, pressure: 10 MPa, position: [{i}, 0] }}\n");
        }

        for (var i = 0; i < intakes; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  - {{ id: I{i}, kind: air_intake, position: [{i}, 10] }}\n");
        }

        return HydrogenSafety.Facilities.Facility.Parse(sb.ToString(), "big.yaml");
    }

    [Test]
    public void A_join_over_the_limit_gives_one_error_finding_and_the_other_rules_go_on()
    {
        var engine = ComplianceEngine.Create(RuleSet.Parse(Rules, "rules.yaml"), new EngineOptions { AsOf = new DateOnly(2026, 1, 1) });

        var report = engine.Evaluate(Facility(40, 20));

        var refused = report.Findings.Where(f => f.RuleId == "FIVE-WAY").Should().ContainSingle().Which;
        refused.Outcome.Should().Be(Outcome.Error);
        refused.Message.Should().Contain("would bind 7.78E+08 combinations").And.Contain("the limit is 250,000 per rule");
        report.RuleResults.Single(r => r.RuleId == "FIVE-WAY").Bindings.Should().Be(0);
        report.Findings.Count(f => f.RuleId == "SMALL-JOIN").Should().Be(40 * 20);
        report.Findings.Count(f => f.RuleId == "SINGLE" && f.Outcome == Outcome.Pass).Should().Be(40);
    }

    [Test]
    public void An_incremental_session_runs_the_join_again_once_the_facility_is_small_enough()
    {
        var engine = ComplianceEngine.Create(RuleSet.Parse(Rules, "rules.yaml"), new EngineOptions { AsOf = new DateOnly(2026, 1, 1) });
        using var session = engine.OpenSession(Facility(13, 0));
        session.Findings.Single(f => f.RuleId == "FIVE-WAY").Outcome.Should().Be(Outcome.Error, "13^5 = 371,293 candidates exceed 250,000");

        session.Replace(Facility(6, 0));

        // Six vessels: 6^5 = 7,776 candidates, 720 bindings of distinct components, all passing.
        session.Findings.Where(f => f.RuleId == "FIVE-WAY").Should().HaveCount(720).And.OnlyContain(f => f.Outcome == Outcome.Pass);
        session.Findings.Select(f => (f.RuleId, f.BindingKey, f.Outcome, f.Message))
            .Should().Equal(engine.Evaluate(Facility(6, 0)).Findings.Select(f => (f.RuleId, f.BindingKey, f.Outcome, f.Message)));
    }
}

using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Evaluation;

/// <summary>SPEC §7: waivers turn violations and indeterminates into waived; expired and stale ones are reported.</summary>
public class WaiverTests
{
    private const string Rules = """
        rules:
          - id: SEP-INTAKE
            title: vessel far from intake
            stage: storage
            severity: high
            version: 1.2.0
            source: { document: Test, clause: "1" }
            for: { vessel: storage_vessel, intake: air_intake }
            require: "distance(vessel, intake) >= 9 m"
          - id: PRD
            title: vessel has a PRD
            stage: storage
            severity: high
            source: { document: Test, clause: "2" }
            for: storage_vessel
            require: "has_prd"
        """;

    private static ComplianceReport Evaluate(string waivers, EngineOptions? options = null)
    {
        var facility = Facility.Parse($$"""
            facility: { id: site }
            components:
              - { id: TK-1, kind: storage_vessel, has_prd: false, position: [0, 0] }
              - { id: TK-2, kind: storage_vessel, position: [0, 30] }
              - { id: AI-1, kind: air_intake, position: [5, 0] }
            {{waivers}}
            """, "site.yaml");
        var engine = ComplianceEngine.Create(RuleSet.Parse(Rules, "rules.yaml"), options ?? new EngineOptions { AsOf = new DateOnly(2026, 6, 1) });
        return engine.Evaluate(facility);
    }

    [Test]
    public void A_valid_waiver_turns_the_covered_violation_into_waived_and_keeps_the_rest()
    {
        var report = Evaluate("""
            waivers:
              - rule: SEP-INTAKE
                components: [TK-1]
                reason: 2-hour fire wall between vessel and intake
                approved_by: inspector 2026-041
                expires: 2027-06-30
            """);
        var waived = report.Single("SEP-INTAKE", "TK-1,AI-1");
        waived.Outcome.Should().Be(Outcome.Waived);
        waived.WaivedOutcome.Should().Be(Outcome.Violation);
        waived.Waiver!.ApprovedBy.Should().Be("inspector 2026-041");
        report.Single("PRD", "TK-1").Outcome.Should().Be(Outcome.Violation);
        report.Warnings.Should().BeEmpty();
    }

    [Test]
    public void A_glob_and_version_range_cover_indeterminates_too()
    {
        var report = Evaluate("""
            waivers:
              - rule: "PR*"
                version: ">=1.0.0 <2.0.0"
                reason: PRD records being collected
                approved_by: QA
                expires: 2026-12-31
            """);
        report.Outcomes("PRD").Should().BeEquivalentTo(new Dictionary<string, Outcome> { ["TK-1"] = Outcome.Waived, ["TK-2"] = Outcome.Waived });
    }

    [Test]
    public void A_version_outside_the_range_is_not_covered_and_the_waiver_is_stale()
    {
        var report = Evaluate("""
            waivers:
              - rule: SEP-INTAKE
                version: 2.x
                reason: r
                approved_by: a
                expires: 2027-01-01
            """);
        report.Single("SEP-INTAKE", "TK-1,AI-1").Outcome.Should().Be(Outcome.Violation);
        report.Warnings.Should().ContainSingle(w => w.Code == DiagnosticCodes.WaiverStale).Which.Span.Line.Should().Be(7);
    }

    [Test]
    public void An_expired_waiver_is_not_applied_and_is_reported()
    {
        var report = Evaluate("""
            waivers:
              - rule: PRD
                reason: r
                approved_by: a
                expires: 2026-05-31
            """);
        report.Single("PRD", "TK-1").Outcome.Should().Be(Outcome.Violation);
        report.Warnings.Should().ContainSingle(w => w.Code == DiagnosticCodes.WaiverExpired);
    }

    [Test]
    public void Ignoring_waivers_evaluates_as_if_there_were_none()
    {
        var report = Evaluate("""
            waivers:
              - rule: PRD
                reason: r
                approved_by: a
                expires: 2027-01-01
            """, new EngineOptions { AsOf = new DateOnly(2026, 6, 1), IgnoreWaivers = true });
        report.Single("PRD", "TK-1").Outcome.Should().Be(Outcome.Violation);
        report.Warnings.Should().BeEmpty();
    }

    [Test]
    public void A_waiver_without_approver_or_with_a_bad_range_is_a_load_error()
    {
        var act = () => Facility.Parse("""
            components: []
            waivers:
              - rule: PRD
                version: "about one"
                reason: r
                expires: 2027-01-01
            """, "w.yaml");
        var errors = act.Should().Throw<LoadException>().Which.Diagnostics.Where(d => d.IsError).ToList();
        errors.Select(d => d.Code).Should().BeEquivalentTo([DiagnosticCodes.InvalidVersionRange, DiagnosticCodes.MissingField]);
    }

    [Test]
    public void A_run_wide_waiver_for_another_facilitys_component_is_neither_applied_nor_reported_here()
    {
        var here = new WaiverDeclaration { Rule = "PRD", Components = ["TK-1"], Reason = "r", ApprovedBy = "a", Expires = new DateOnly(2027, 1, 1) };
        var elsewhere = new WaiverDeclaration { Rule = "PRD", Components = ["OTHER-9"], Reason = "r", ApprovedBy = "a", Expires = new DateOnly(2027, 1, 1) };
        var expiredElsewhere = new WaiverDeclaration { Rule = "PRD", Components = ["OTHER-9"], Reason = "r", ApprovedBy = "a", Expires = new DateOnly(2025, 1, 1) };

        var report = Evaluate("", new EngineOptions { AsOf = new DateOnly(2026, 6, 1), Waivers = [here, elsewhere, expiredElsewhere] });

        report.Single("PRD", "TK-1").Outcome.Should().Be(Outcome.Waived);
        report.Warnings.Should().BeEmpty("the other two waivers name no component of this facility");
    }

    [Test]
    public void A_run_wide_waiver_for_this_facility_that_covers_nothing_is_stale_here()
    {
        var unused = new WaiverDeclaration { Rule = "SEP-INTAKE", Components = ["TK-2"], Reason = "r", ApprovedBy = "a", Expires = new DateOnly(2027, 1, 1) };

        var report = Evaluate("", new EngineOptions { AsOf = new DateOnly(2026, 6, 1), Waivers = [unused] });

        report.Warnings.Should().ContainSingle(w => w.Code == DiagnosticCodes.WaiverStale);
    }
}

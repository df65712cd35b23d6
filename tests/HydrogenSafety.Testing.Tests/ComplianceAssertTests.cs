using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Testing.Tests;

/// <summary>
/// <see cref="ComplianceAssert"/> used from NUnit, as a project's own tests would: plain NUnit asserts
/// around it, and <c>Assert.Throws</c> to check the failure messages.
/// </summary>
public class ComplianceAssertTests
{
    private const string TeamRules = """
        rules:
          - id: TEAM-DISPENSER-RELIEF
            title: Dispenser overpressure protection is set no higher than 140 % of the nominal working pressure
            stage: utilization
            severity: critical
            version: 1.0.0
            status: enforced
            source: { document: Team design standard, edition: "2026", clause: "4.2" }
            for: { dispenser: dispenser }
            require: "dispenser.relief_set_pressure <= 1.4 * dispenser.nominal_working_pressure"
            message: "{dispenser.id}: overpressure protection set at {dispenser.relief_set_pressure}"
            remediation: Lower the set pressure.
          - id: TEAM-DETECTOR-SETPOINT
            title: Gas detectors alarm at or below 25 %LFL
            stage: utilization
            severity: medium
            version: 1.0.0
            status: enforced
            source: { document: Team design standard, edition: "2026", clause: "7.1" }
            for: { detector: gas_detector }
            require: "detector.alarm_setpoint <= 25 %LFL"
            message: "{detector.id}: alarm set at {detector.alarm_setpoint}"
          - id: TEAM-ADVISORY-STAFFED
            title: Stations are staffed
            stage: utilization
            severity: high
            version: 1.0.0
            status: advisory
            source: { document: Team design standard, clause: "9" }
            for: facility
            require: "facility.staffed == true"
            message: "staffed: {facility.staffed}"
        """;

    private static readonly ComplianceEngine Engine = ComplianceEngine.Create(RuleSet.Parse(TeamRules, "team-rules.yaml"));

    private static ComplianceReport Check(string relief, string? setpoint = "20 %LFL") => Engine.Evaluate(Facility.Parse($$"""
        facility: { id: station-1, type: fueling_station, attributes: { staffed: false } }
        components:
          - id: D-1
            kind: dispenser
            nominal_working_pressure: 35 MPa
            relief_set_pressure: {{relief}}
          - id: GD-1
            kind: gas_detector
        {{(setpoint is null ? string.Empty : "    alarm_setpoint: " + setpoint)}}
        """, "station.yaml"));

    [Test]
    public void NoViolations_passes_a_clean_design_and_ignores_advisory_rules()
    {
        var report = Check("45 MPa");

        Assert.DoesNotThrow(() => ComplianceAssert.NoViolations(report, Severity.Low));
        Assert.That(report.Violations.Select(f => f.RuleId), Is.EqualTo(new[] { "TEAM-ADVISORY-STAFFED" }));
    }

    [Test]
    public void NoViolations_failure_lists_rule_subjects_message_evidence_citation_and_place()
    {
        var report = Check("52 MPa");

        var failure = Assert.Throws<ComplianceAssertionException>(() => ComplianceAssert.NoViolations(report, Severity.Low))!;

        Assert.That(failure.Message, Is.EqualTo("""
            Expected no violations at or above low severity in facility station-1 (station.yaml), but found 1 violation:
              [critical] violation TEAM-DISPENSER-RELIEF (dispenser=D-1)
                  D-1: overpressure protection set at 52 MPa
                  evidence: expected ≤ 49 MPa, got 52 MPa: exceeds by 3 MPa  [dispenser.relief_set_pressure <= 1.4 * dispenser.nominal_working_pressure]
                  source: Team design standard, 2026, 4.2
                  at: station.yaml:3
            """.ReplaceLineEndings("\n")));
        Assert.That(failure.Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "TEAM-DISPENSER-RELIEF" }));
    }

    [Test]
    public void NoViolations_respects_the_severity_threshold()
    {
        var report = Check("45 MPa", setpoint: "50 %LFL");

        Assert.DoesNotThrow(() => ComplianceAssert.NoViolations(report, Severity.High));
        Assert.Throws<ComplianceAssertionException>(() => ComplianceAssert.NoViolations(report, Severity.Medium));
    }

    [Test]
    public void Compliant_fails_on_indeterminate_unless_allowed_and_says_what_is_missing()
    {
        var report = Check("45 MPa", setpoint: null);

        var failure = Assert.Throws<ComplianceAssertionException>(() => ComplianceAssert.Compliant(report))!;

        Assert.That(failure.Message, Does.StartWith("Expected facility station-1 (station.yaml) to be compliant at or above low severity, but found 1 finding"));
        Assert.That(failure.Message, Does.Contain("[medium] indeterminate TEAM-DETECTOR-SETPOINT (detector=GD-1)"));
        Assert.That(failure.Message, Does.Contain("missing: GD-1.alarm_setpoint"));
        Assert.DoesNotThrow(() => ComplianceAssert.Compliant(report, allowIndeterminate: true));
    }

    [Test]
    public void Outcome_returns_the_finding_for_further_asserts()
    {
        var report = Check("52 MPa");

        var finding = ComplianceAssert.Outcome(report, "TEAM-DISPENSER-RELIEF", "D-1", Outcome.Violation);

        Assert.That(finding.Evidence[0].Left, Is.EqualTo("52 MPa"));
        Assert.That(ComplianceAssert.Outcome(report, "TEAM-ADVISORY-STAFFED", "facility", Outcome.Violation).Status, Is.EqualTo(RuleStatus.Advisory));
    }

    [Test]
    public void Outcome_failure_shows_the_outcome_given()
    {
        var report = Check("45 MPa");

        var failure = Assert.Throws<ComplianceAssertionException>(() => ComplianceAssert.Outcome(report, "TEAM-DISPENSER-RELIEF", "D-1", Outcome.Violation))!;

        Assert.That(failure.Message, Does.StartWith("Expected TEAM-DISPENSER-RELIEF to give violation for D-1 in facility station-1 (station.yaml), but it gave pass:\n  [critical] pass TEAM-DISPENSER-RELIEF (dispenser=D-1)"));
    }

    [Test]
    public void Outcome_failure_for_an_unknown_binding_or_rule_says_so()
    {
        var report = Check("45 MPa");

        var wrongBinding = Assert.Throws<ComplianceAssertionException>(() => ComplianceAssert.Outcome(report, "TEAM-DISPENSER-RELIEF", "D-9", Outcome.Pass))!;
        var wrongRule = Assert.Throws<ComplianceAssertionException>(() => ComplianceAssert.Outcome(report, "TEAM-NO-SUCH-RULE", "D-1", Outcome.Pass))!;

        Assert.That(wrongBinding.Message, Does.Contain("but it gave no finding for D-9. The rule has 1 finding:"));
        Assert.That(wrongBinding.Message, Does.Contain("pass TEAM-DISPENSER-RELIEF (dispenser=D-1)"));
        Assert.That(wrongRule.Message, Does.EndWith("The rule has no result: the rule is not in the rule set or was not selected for this facility."));
    }

    [Test]
    public void Violates_passes_when_the_rule_is_broken_and_fails_when_it_holds()
    {
        Assert.That(ComplianceAssert.Violates(Check("52 MPa"), "TEAM-DISPENSER-RELIEF"), Has.Count.EqualTo(1));

        var failure = Assert.Throws<ComplianceAssertionException>(() => ComplianceAssert.Violates(Check("45 MPa"), "TEAM-DISPENSER-RELIEF"))!;
        Assert.That(failure.Message, Does.StartWith("Expected TEAM-DISPENSER-RELIEF to be violated in facility station-1 (station.yaml), but it was not; it gave 1 finding:"));
    }

    [Test]
    public void Compliant_by_path_uses_the_built_in_rules_and_lists_the_sample_findings()
    {
        var path = RepositoryFile("samples", "facilities", "kr-ulsan-hrs.yaml");

        var failure = Assert.Throws<ComplianceAssertionException>(() => ComplianceAssert.Compliant(path))!;

        Assert.That(failure.Findings, Is.Not.Empty);
        Assert.That(failure.Message, Does.StartWith($"Expected facility kr-ulsan-hrs-01 ({path}) to be compliant at or above low severity, but found "));
        foreach (var finding in failure.Findings)
        {
            Assert.That(failure.Message, Does.Contain($"{finding.RuleId} ({Reporting.TextReportWriter.SubjectsText(finding)})"));
        }

        Assert.That(failure.Message, Does.Contain("kr-ulsan-hrs.yaml:"));
    }

    [Test]
    public void Compliant_by_path_reports_a_broken_facility_file_with_its_diagnostics()
    {
        var path = Path.Combine(Path.GetTempPath(), $"h2s-broken-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "facility: { id: x }\ncomponents:\n  - { id: A, kind: dispenser, relief_set_pressure: 3 parsecs }\n");
        try
        {
            var failure = Assert.Throws<ComplianceAssertionException>(() => ComplianceAssert.Compliant(path))!;

            Assert.That(failure.Message, Does.StartWith($"The facility file {path} could not be loaded:"));
            Assert.That(failure.Message, Does.Contain($"{path}:3:"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void The_package_references_no_test_framework()
    {
        var references = typeof(ComplianceAssert).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.That(references, Has.None.Contains("nunit").IgnoreCase
            .And.None.Contains("xunit").IgnoreCase
            .And.None.Contains("VisualStudio.TestPlatform").IgnoreCase
            .And.None.Contains("FluentAssertions").IgnoreCase);
    }

    private static string RepositoryFile(params string[] parts)
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HydrogenSafety.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine([dir?.FullName ?? throw new InvalidOperationException("HydrogenSafety.sln not found above the test folder"), .. parts]);
    }
}

using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Reporting;

/// <summary>Hand-built reports, so the writers are tested without the engine.</summary>
internal static class SampleReports
{
    public const string File = "samples/facilities/ulsan.yaml";

    public static Finding Violation() => new()
    {
        RuleId = "EX-GH2-SEP-AIR-INTAKE",
        Title = "Gaseous hydrogen storage is separated from air intakes",
        RuleVersion = "1.0.0",
        Outcome = Outcome.Violation,
        Severity = Severity.High,
        Status = RuleStatus.Enforced,
        Stages = [Stage.Storage],
        Subjects = [new SubjectBinding("vessel", "TK-101"), new SubjectBinding("intake", "AI-1")],
        Message = "TK-101 is 6.2 m from air intake AI-1",
        Evidence =
        [
            new Evidence("distance(vessel, intake) >= example_gh2_separation(vessel.pressure).air_intake", "6.2 m", ">=", "9 m"),
            new Evidence("example_gh2_separation(vessel.pressure)", Table: "example_gh2_separation", Row: "over 1.72 MPa up to 20.7 MPa"),
        ],
        Source = new Citation("Example Code", "2024", "7.3.2"),
        Remediation = "Relocate the vessel or the intake.",
        Location = SourceSpan.At(File, 14, 5),
    };

    public static Finding Indeterminate() => new()
    {
        RuleId = "EX-VENT-HEIGHT",
        Title = "Vent stacks discharge high enough",
        RuleVersion = "2.1.0",
        Outcome = Outcome.Indeterminate,
        Severity = Severity.Critical,
        Status = RuleStatus.Enforced,
        Stages = [Stage.Storage, Stage.Utilization],
        Subjects = [new SubjectBinding("stack", "VS-1")],
        Message = "VS-1 discharge height unknown",
        Missing = ["VS-1.height"],
        Source = new Citation("Example Code", Clause: "9.1"),
        Location = SourceSpan.At(File, 30, 5),
    };

    public static Finding Pass() => new()
    {
        RuleId = "EX-PRD",
        Title = "Vessels have a pressure relief device",
        RuleVersion = "1.0.0",
        Outcome = Outcome.Pass,
        Severity = Severity.Medium,
        Status = RuleStatus.Enforced,
        Stages = [Stage.Storage],
        Subjects = [new SubjectBinding("vessel", "TK-101")],
        Message = "TK-101 has a PRD",
        Source = new Citation("Example Code", Url: "https://example.org/prd"),
        Location = SourceSpan.At(File, 9, 5),
    };

    public static Finding NotApplicable() => new()
    {
        RuleId = "EX-LIQUID",
        Title = "Liquid tanks are diked",
        RuleVersion = "1.0.0",
        Outcome = Outcome.NotApplicable,
        Severity = Severity.Low,
        Status = RuleStatus.Advisory,
        Stages = [Stage.Storage],
        Subjects = [],
        Message = "",
        Source = new Citation("Example Code"),
    };

    public static Finding Error() => new()
    {
        RuleId = "EX-RATIO",
        Title = "Ratio rule",
        RuleVersion = "1.0.0",
        Outcome = Outcome.Error,
        Severity = Severity.Low,
        Status = RuleStatus.Enforced,
        Stages = [Stage.Production],
        Subjects = [],
        Message = "could not evaluate",
        Source = new Citation("Example Code"),
        Error = "division by zero",
        Location = SourceSpan.At(File, 2, 3),
    };

    public static ComplianceReport Report(params Finding[] findings) => new()
    {
        FacilityId = "ulsan-hrs-01",
        FacilityFile = File,
        RuleCount = 3,
        RulesEvaluated = 2,
        RulesNotSelected = 1,
        RuleDigest = "sha256:0123abcd",
        AsOf = new DateOnly(2026, 1, 5),
        Findings = findings,
        RuleResults = findings
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RuleResult(g.Key, g.Count(), OutcomeCounts.Of(g.Select(f => f.Outcome))))
            .ToList(),
    };
}

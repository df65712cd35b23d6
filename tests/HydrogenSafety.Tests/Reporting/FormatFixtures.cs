using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;
using HydrogenSafety.Tests.Docs;

namespace HydrogenSafety.Tests.Reporting;

/// <summary>Reports and facilities for the format tests: hand-built ones, a waiver scenario, and the samples.</summary>
internal static class FormatFixtures
{
    public static WaiverDeclaration Waiver(string rule = "EX-GH2-SEP-AIR-INTAKE", string reason = "2-hour fire wall between vessel and intake") => new()
    {
        Rule = rule,
        Components = ["TK-101"],
        Reason = reason,
        ApprovedBy = "inspector 2026-041",
        Expires = new DateOnly(2027, 6, 30),
        Span = SourceSpan.At(SampleReports.File, 40, 5),
    };

    /// <summary>The sample violation, covered by a waiver.</summary>
    public static Finding WaivedViolation() => SampleReports.Violation().Waive(Waiver());

    /// <summary>The sample indeterminate outcome, covered by a waiver.</summary>
    public static Finding WaivedIndeterminate() => SampleReports.Indeterminate().Waive(Waiver("EX-VENT-*", "height survey booked for March"));

    public static Diagnostic ExpiredWarning() => Diagnostic.Warning(DiagnosticCodes.WaiverExpired, SourceSpan.At(SampleReports.File, 44, 5),
        "waiver for EX-PRD expired on 2025-12-31; it is not applied");

    public static Diagnostic StaleWarning() => Diagnostic.Warning(DiagnosticCodes.WaiverStale, SourceSpan.At(SampleReports.File, 50, 5),
        "waiver for EX-OLD covers no violation or indeterminate finding; it is stale");

    /// <summary>Every outcome once, plus both kinds of waived finding and both waiver warnings.</summary>
    public static ComplianceReport Mixed()
    {
        var report = SampleReports.Report(
            SampleReports.Indeterminate(), SampleReports.Violation(), WaivedViolation(), WaivedIndeterminate(),
            SampleReports.Pass(), SampleReports.Error(), SampleReports.NotApplicable());
        return WithWarnings(report, ExpiredWarning(), StaleWarning());
    }

    public static ComplianceReport WithWarnings(ComplianceReport r, params Diagnostic[] warnings) => new()
    {
        FacilityId = r.FacilityId,
        FacilityFile = r.FacilityFile,
        RuleCount = r.RuleCount,
        RulesEvaluated = r.RulesEvaluated,
        RulesNotSelected = r.RulesNotSelected,
        Profile = r.Profile,
        RuleDigest = r.RuleDigest,
        AsOf = r.AsOf,
        Findings = r.Findings,
        RuleResults = r.RuleResults,
        Warnings = warnings,
    };

    public static ComplianceReport WithFacility(ComplianceReport r, string id, string? file) => new()
    {
        FacilityId = id,
        FacilityFile = file,
        RuleCount = r.RuleCount,
        RulesEvaluated = r.RulesEvaluated,
        RulesNotSelected = r.RulesNotSelected,
        Profile = r.Profile,
        RuleDigest = r.RuleDigest,
        AsOf = r.AsOf,
        Findings = r.Findings,
        RuleResults = r.RuleResults,
        Warnings = r.Warnings,
    };

    /// <summary>Rules for <see cref="WaiverScenario"/>: a separation, a PRD rule and a stack-height rule.</summary>
    public const string ScenarioRules = """
        rules:
          - id: SEP-INTAKE
            title: Vessel far from air intake
            stage: storage
            severity: high
            version: 1.2.0
            source: { document: Test Code, edition: "2025", clause: "4.1", url: "https://example.org/code#4.1" }
            for: { vessel: storage_vessel, intake: air_intake }
            require: "distance(vessel, intake) >= 9 m"
            message: "{vessel.id} is {distance(vessel, intake)} from {intake.id}"
            remediation: Move the vessel or the intake.
          - id: PRD
            title: Vessel has a pressure relief device
            stage: storage
            severity: medium
            source: { document: Test Code, clause: "4.2" }
            for: storage_vessel
            require: "has_prd"
          - id: STACK-HEIGHT
            title: Vent stack is high enough
            stage: storage
            severity: critical
            source: { document: Test Code, clause: "4.3" }
            for: { stack: vent_stack }
            require: "stack.vent_height >= 3 m"
        """;

    /// <summary>
    /// A facility with positions and waivers, as of 2026-06-01: TK-1/AI-1 too close (waived), TK-2/AI-1 too
    /// close (open), TK-1 PRD missing (an expired waiver does not cover it), VS-1 height unknown (waived
    /// indeterminate), and a stale waiver for a rule with nothing to cover.
    /// </summary>
    public const string ScenarioFacility = """
        facility:
          id: waiver-site
          name: Waiver <test> & "site"
        components:
          - id: TK-1
            kind: storage_vessel
            has_prd: false
            position: [0, 0]
          - id: TK-2
            kind: storage_vessel
            has_prd: true
            position: [2, 8]
          - id: AI-1
            kind: air_intake
            position: [5, 0]
          - id: VS-1
            kind: vent_stack
            position: [-3, 4]
          - id: D-1
            kind: dispenser
            position: [12, 12]
          - id: GD-1
            kind: gas_detector
            position: [1, 1]
        waivers:
          - rule: SEP-INTAKE
            components: [TK-1]
            reason: 2-hour fire wall between vessel and intake
            approved_by: inspector 2026-041
            expires: 2027-06-30
          - rule: "STACK-*"
            reason: height survey booked
            approved_by: QA lead
            expires: 2026-12-31
          - rule: PRD
            reason: PRD on order
            approved_by: site manager
            expires: 2026-01-31
          - rule: NOTHING-HERE
            reason: left over from last year
            approved_by: QA lead
            expires: 2027-01-01
        """;

    public static Facility ScenarioFacilityParsed() => Facility.Parse(ScenarioFacility, "waiver-site.yaml");

    public static (ComplianceReport Report, Facility Facility, RuleSet Rules) WaiverScenario()
    {
        var rules = RuleSet.Parse(ScenarioRules, "rules.yaml");
        var facility = ScenarioFacilityParsed();
        var engine = ComplianceEngine.Create(rules, new EngineOptions { AsOf = new DateOnly(2026, 6, 1) });
        return (engine.Evaluate(facility), facility, engine.Rules);
    }

    /// <summary>A 70 MPa vessel with a 1 mm leak and an intake 20 m away: the site plan draws its hazard extents.</summary>
    public static (ComplianceReport Report, Facility Facility) HazardScenario()
    {
        var facility = Facility.Parse("""
            facility:
              id: hazard-site
            components:
              - { id: TK-H, kind: storage_vessel, pressure: 70 MPa, temperature: 288 K, leak_diameter: 1 mm, position: [0, 0] }
              - { id: AI-H, kind: air_intake, position: [20, 0] }
            """, "hazard-site.yaml");
        var engine = ComplianceEngine.Create(RuleSet.Parse(ScenarioRules, "rules.yaml"), new EngineOptions { AsOf = new DateOnly(2026, 6, 1) });
        return (engine.Evaluate(facility), facility);
    }

    /// <summary>The three sample facilities evaluated with the built-in rules as of a fixed day.</summary>
    public static (IReadOnlyList<ComplianceReport> Reports, IReadOnlyList<Facility> Facilities, RuleSet Rules) Samples()
    {
        var folder = RepositoryPaths.Of("samples", "facilities");
        var facilities = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(Facility.Load).ToList();
        var engine = ComplianceEngine.Create(RuleSet.BuiltIn, new EngineOptions { AsOf = new DateOnly(2026, 1, 5) });
        return (facilities.Select(engine.Evaluate).ToList(), facilities, engine.Rules);
    }
}

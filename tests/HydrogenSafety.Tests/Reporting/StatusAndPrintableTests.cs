using System.Text.Json;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Reporting;

/// <summary>
/// Rule status in reports (advisory results never read as errors; drafts are not counted unless included) and
/// terminal safety of text output (control characters from input files are escaped).
/// </summary>
public class StatusAndPrintableTests
{
    private const string Rules = """
        rules:
          - id: ADV-HIGH
            title: an advisory high-severity rule
            stage: storage
            severity: high
            status: advisory
            source: { document: D, clause: "1" }
            for: storage_vessel
            require: "false"
          - id: ENF-HIGH
            title: an enforced high-severity rule
            stage: storage
            severity: high
            source: { document: D, clause: "2" }
            for: storage_vessel
            require: "false"
          - id: DRAFT-ONE
            title: a draft rule
            stage: storage
            severity: high
            status: draft
            source: { document: D, clause: "3" }
            for: storage_vessel
            require: "false"
        """;

    private const string Facility = """
        facility: { id: "site\u001b[2J" }
        components:
          - { id: "TK-\u001b[31mRED", kind: storage_vessel, note: "line\u202Eevil" }
        """;

    private static (RuleSet Rules, Facility Facility) Inputs() =>
        (RuleSet.Parse(Rules, "rules.yaml"), HydrogenSafety.Facilities.Facility.Parse(Facility, "facility.yaml"));

    [Test]
    public void An_advisory_violation_is_a_sarif_warning_while_an_enforced_one_of_the_same_severity_is_an_error()
    {
        var (rules, facility) = Inputs();
        var report = ComplianceEngine.Create(rules, new EngineOptions { AsOf = new DateOnly(2026, 1, 1) }).Evaluate(facility);

        var sarif = SarifReportWriter.ToSarif([report], rules, [facility]);

        SarifSchema.AssertValid(sarif);
        var run = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];
        var levels = run.GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("ruleId").GetString()!, r => r.GetProperty("level").GetString());
        levels.Should().Equal(new Dictionary<string, string?> { ["ADV-HIGH"] = "warning", ["ENF-HIGH"] = "error" });
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString()).Should().Equal("ADV-HIGH", "ENF-HIGH");
    }

    [Test]
    public void Drafts_are_neither_counted_nor_listed_unless_included()
    {
        var (rules, facility) = Inputs();

        var without = ComplianceEngine.Create(rules, new EngineOptions { AsOf = new DateOnly(2026, 1, 1) }).Evaluate(facility);
        var with = ComplianceEngine.Create(rules, new EngineOptions { AsOf = new DateOnly(2026, 1, 1), IncludeDrafts = true }).Evaluate(facility);

        (without.RuleCount, without.RulesEvaluated, without.RulesNotSelected).Should().Be((2, 2, 0));
        without.Findings.Should().NotContain(f => f.RuleId == "DRAFT-ONE");
        (with.RuleCount, with.RulesEvaluated, with.RulesNotSelected).Should().Be((3, 3, 0));
        with.Findings.Should().Contain(f => f.RuleId == "DRAFT-ONE" && f.Outcome == Outcome.Violation);
    }

    [Test]
    public void Text_output_escapes_terminal_control_characters_from_the_input()
    {
        var (rules, facility) = Inputs();
        var report = ComplianceEngine.Create(rules, new EngineOptions { AsOf = new DateOnly(2026, 1, 1) }).Evaluate(facility);

        var text = TextReportWriter.ToText(report);

        text.Should().NotContain("\u001b").And.Contain("TK-\\u001B[31mRED").And.Contain("site\\u001B[2J");
        text.Split('\n').Should().HaveCountGreaterThan(3, "line feeds of the report itself are kept");
    }

    [Test]
    public void Printable_text_escapes_c0_c1_del_and_bidirectional_overrides_only()
    {
        PrintableText.Of("a\u0007b\u007fc\u009bd\u202Ee\u2066f").Should().Be("a\\u0007b\\u007Fc\\u009Bd\\u202Ee\\u2066f");
        PrintableText.Of("plain\ttext\nnext line, 87.5 MPa, 수소, 水素").Should().Be("plain\ttext\nnext line, 87.5 MPa, 수소, 水素");
    }

    [Test]
    public void A_diagnostic_prints_escaped()
    {
        var act = () => HydrogenSafety.Facilities.Facility.Parse("facility: { id: x }\ncomponents:\n  - { id: A, kind: storage_vessel, pressure: \"\u001b[2J\" }\n", "f.yaml");

        var error = act.Should().Throw<LoadException>().Which;
        error.Diagnostics.Should().NotBeEmpty();
        error.Diagnostics.Select(d => d.ToString()).Should().ContainSingle()
            .Which.Should().Contain("\\u001B[2J").And.NotContain("\u001b");
    }

    [Test]
    public void An_advisory_violation_is_a_skipped_junit_case_while_an_enforced_one_fails()
    {
        var (rules, facility) = Inputs();
        var report = ComplianceEngine.Create(rules, new EngineOptions { AsOf = new DateOnly(2026, 1, 1) }).Evaluate(facility);

        var xml = System.Xml.Linq.XDocument.Parse(JUnitReportWriter.ToJUnit(report));

        var cases = xml.Descendants("testcase").ToDictionary(c => (string)c.Attribute("classname")!, c => c);
        cases["ADV-HIGH"].Element("skipped")!.Attribute("message")!.Value.Should().StartWith("advisory rule, never fails a run: violation (high, advisory)");
        cases["ADV-HIGH"].Element("failure").Should().BeNull();
        cases["ENF-HIGH"].Element("failure").Should().NotBeNull();
    }

    [Test]
    public void The_text_report_lists_the_warnings()
    {
        var rules = RuleSet.Parse(Rules, "rules.yaml");
        var facility = HydrogenSafety.Facilities.Facility.Parse("""
            facility: { id: w }
            components:
              - { id: TK-1, kind: storage_vessel }
              - { id: X-1, kind: widget_thing }
            waivers:
              - { rule: ENF-HIGH, reason: r, approved_by: a, expires: 2025-01-01 }
            """, "w.yaml");
        var report = ComplianceEngine.Create(rules, new EngineOptions { AsOf = new DateOnly(2026, 1, 1) }).Evaluate(facility);

        var text = TextReportWriter.ToText(report);

        report.Warnings.Should().HaveCountGreaterThanOrEqualTo(2);
        text.Should().Contain("\nWARNINGS\n");
        foreach (var warning in report.Warnings)
        {
            text.Should().Contain("  " + warning);
        }
    }

    [Test]
    public void A_finding_about_the_rule_as_a_whole_points_at_the_facility_header()
    {
        var rules = RuleSet.Parse(Rules, "rules.yaml");
        var facility = HydrogenSafety.Facilities.Facility.Parse("facility: { id: empty }\ncomponents:\n  - { id: D-1, kind: dispenser }\n", "empty.yaml");
        var report = ComplianceEngine.Create(rules, new EngineOptions { AsOf = new DateOnly(2026, 1, 1) }).Evaluate(facility);

        var json = JsonDocument.Parse(JsonReportWriter.ToJson(report, new ReportOptions { ShowPasses = true })).RootElement;

        var finding = json.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "ENF-HIGH");
        finding.GetProperty("outcome").GetString().Should().Be("not_applicable");
        var location = finding.GetProperty("location");
        (location.GetProperty("file").GetString(), location.GetProperty("line").GetInt32()).Should().Be(("empty.yaml", 1));
    }
}

using System.Text.Json;
using System.Xml.Linq;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Reporting;

/// <summary>
/// SPEC §7 as every format shows it, on a facility evaluated by the engine: a waived violation, a waived
/// indeterminate outcome (by glob), an expired waiver (not applied, reported) and a stale waiver (reported);
/// and with <c>--no-waivers</c> (an audit) no format shows a waiver at all.
/// </summary>
public class WaiverFormatsTests
{
    private const string FireWall = "2-hour fire wall between vessel and intake";

    private static (ComplianceReport Report, HydrogenSafety.Facilities.Facility Facility, RuleSet Rules) Audit()
    {
        var rules = RuleSet.Parse(FormatFixtures.ScenarioRules, "rules.yaml");
        var facility = FormatFixtures.ScenarioFacilityParsed();
        var engine = ComplianceEngine.Create(rules, new EngineOptions { AsOf = new DateOnly(2026, 6, 1), IgnoreWaivers = true });
        return (engine.Evaluate(facility), facility, engine.Rules);
    }

    [Test]
    public void Scenario_HasEveryWaiverCase()
    {
        var (report, _, _) = FormatFixtures.WaiverScenario();

        report.Findings.Single(f => f.RuleId == "SEP-INTAKE" && f.BindingKey == "TK-1,AI-1").Outcome.Should().Be(Outcome.Waived);
        report.Findings.Single(f => f.RuleId == "SEP-INTAKE" && f.BindingKey == "TK-2,AI-1").Outcome.Should().Be(Outcome.Violation);
        report.Findings.Single(f => f.RuleId == "STACK-HEIGHT").WaivedOutcome.Should().Be(Outcome.Indeterminate);
        report.Findings.Single(f => f.RuleId == "PRD" && f.BindingKey == "TK-1").Outcome.Should().Be(Outcome.Violation, "the PRD waiver expired");
        report.Warnings.Select(w => w.Code).Should().BeEquivalentTo("H2S0501", "H2S0502");
    }

    [Test]
    public void Text_ShowsTheWaiverUnderTheWaivedFinding()
    {
        var text = TextReportWriter.ToText(FormatFixtures.WaiverScenario().Report);

        text.Should().Contain($"  waived  SEP-INTAKE  vessel=TK-1, intake=AI-1\n    TK-1 is 5 m from AI-1\n    waived: {FireWall} (approved by inspector 2026-041, expires 2027-06-30; was violation)\n");
        text.Should().Contain("    waived: height survey booked (approved by QA lead, expires 2026-12-31; was indeterminate)\n");
        text.Should().Contain("  violation  PRD  storage_vessel=TK-1\n");
    }

    [Test]
    public void Json_ShowsTheWaiverAndTheWarnings()
    {
        using var doc = JsonDocument.Parse(JsonReportWriter.ToJson(FormatFixtures.WaiverScenario().Report));

        var waived = doc.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("outcome").GetString() == "waived").ToList();
        waived.Should().HaveCount(2);
        waived.Select(f => f.GetProperty("waiver").GetProperty("was").GetString()).Should().BeEquivalentTo("violation", "indeterminate");
        doc.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).Should().BeEquivalentTo("H2S0501", "H2S0502");
    }

    [Test]
    public void Sarif_WaivedAreSuppressed_ExpiredIsAnOpenResult_WarningsAreNotifications()
    {
        var (report, facility, rules) = FormatFixtures.WaiverScenario();
        using var doc = JsonDocument.Parse(SarifReportWriter.ToSarif([report], rules, [facility], new ReportOptions { AllowIndeterminate = true }));
        var run = doc.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();

        var suppressed = results.Where(r => r.TryGetProperty("suppressions", out _)).ToList();
        suppressed.Select(r => r.GetProperty("ruleId").GetString()).Should().BeEquivalentTo("SEP-INTAKE", "STACK-HEIGHT");
        suppressed.Single(r => r.GetProperty("ruleId").GetString() == "SEP-INTAKE").GetProperty("suppressions")[0].GetProperty("justification").GetString().Should().Be(FireWall);
        // A waived indeterminate with indeterminate allowed is a suppressed review, not a suppressed failure.
        var stack = suppressed.Single(r => r.GetProperty("ruleId").GetString() == "STACK-HEIGHT");
        (stack.GetProperty("kind").GetString(), stack.GetProperty("level").GetString()).Should().Be(("review", "none"));
        results.Single(r => r.GetProperty("ruleId").GetString() == "PRD").TryGetProperty("suppressions", out _).Should().BeFalse();
        run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray()
            .Select(n => n.GetProperty("message").GetProperty("text").GetString()).Should().Contain(m => m!.Contains("stale", StringComparison.Ordinal));
    }

    [Test]
    public void JUnit_WaivedAreSkippedWithTheReason_ExpiredFails()
    {
        var doc = XDocument.Parse(JUnitReportWriter.ToJUnit(FormatFixtures.WaiverScenario().Report));
        var cases = doc.Descendants("testcase").ToDictionary(c => (string)c.Attribute("name")!);

        cases["SEP-INTAKE[TK-1,AI-1]"].Element("skipped")!.Attribute("message")!.Value.Should().StartWith($"waived: {FireWall}");
        cases["STACK-HEIGHT[VS-1]"].Element("skipped")!.Attribute("message")!.Value.Should().EndWith("was indeterminate)");
        cases["SEP-INTAKE[TK-2,AI-1]"].Element("failure").Should().NotBeNull();
        cases["PRD[TK-1]"].Element("failure").Should().NotBeNull();
        doc.Descendants("system-err").Single().Value.Should().Contain("H2S0501").And.Contain("H2S0502");
    }

    [Test]
    public void Markdown_ListsWaivedBriefly_AndTheWarnings()
    {
        var md = MarkdownReportWriter.ToMarkdown(FormatFixtures.WaiverScenario().Report);

        md.Should().Contain("### Waived\n\n- `STACK-HEIGHT`");
        md.Should().Contain($"- `SEP-INTAKE` (TK-1,AI-1): {FireWall} (approved by inspector 2026-041, expires 2027-06-30; was violation)\n");
        md.Should().Contain("- `STACK-HEIGHT` (VS-1): height survey booked (approved by QA lead, expires 2026-12-31; was indeterminate)\n");
        md.Should().Contain("H2S0501").And.Contain("H2S0502");
        md.Should().Contain("| high | violation | `SEP-INTAKE` | vessel=TK-2, intake=AI-1 |");
    }

    [Test]
    public void Html_ListsWaivers_AndDrawsTheWaivedSeparationApart()
    {
        var (report, facility, _) = FormatFixtures.WaiverScenario();

        var html = HtmlReportWriter.ToHtml(report, facility);

        html.Should().Contain($"<td>{FireWall}</td>");
        html.Should().Contain("class=\"separation waived\"").And.Contain("class=\"separation violated\"");
    }

    [Test]
    public void NoWaivers_NoFormatShowsAWaiver()
    {
        var (report, facility, rules) = Audit();

        report.Findings.Should().NotContain(f => f.Outcome == Outcome.Waived);
        TextReportWriter.ToText(report).Should().NotContain("waived");
        JsonReportWriter.ToJson(report).Should().NotContain("\"waiver\"");
        SarifReportWriter.ToSarif([report], rules, [facility]).Should().NotContain("suppressions");
        JUnitReportWriter.ToJUnit(report).Should().NotContain("waived:");
        MarkdownReportWriter.ToMarkdown(report).Should().NotContain("### Waived");
        var html = HtmlReportWriter.ToHtml(report, facility);
        html.Should().NotContain("<h3>Waivers</h3>").And.NotContain("separation waived");
        html.Split("class=\"separation violated\"").Length.Should().Be(3, "both too-short pairs are open violations in an audit");
    }
}

using System.Text.RegularExpressions;
using HydrogenSafety.Reporting;

namespace HydrogenSafety.Tests.Reporting;

public class HtmlReportWriterTests
{
    private static string ScenarioHtml()
    {
        var (report, facility, _) = FormatFixtures.WaiverScenario();
        return HtmlReportWriter.ToHtml(report, facility);
    }

    [Test]
    public void ToHtml_IsOneSelfContainedPage()
    {
        var html = ScenarioHtml();

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">");
        html.Should().EndWith("</html>\n");
        html.Should().Contain("<style>").And.Contain("@media print");
        html.Should().Contain("Content-Security-Policy").And.Contain("default-src 'none'");
        html.Should().NotContain("<script").And.NotContain("<link").And.NotContain("<img").And.NotContain(" src=")
            .And.NotContain("@import").And.NotContain("url(");
        // The only addresses are citation links (and the SVG namespace, which is a name, not a resource).
        var urls = Regex.Matches(html, "https?://[^\"'<> ]+").Select(m => m.Value).Distinct().ToList();
        urls.Should().BeEquivalentTo("http://www.w3.org/2000/svg", "https://example.org/code#4.1");
        html.Should().Contain("<a href=\"https://example.org/code#4.1\" rel=\"noopener noreferrer\">Test Code, 2025, 4.1</a>");
    }

    [Test]
    public void ToHtml_HasSummary_SitePlan_AndFindingsGroupedByStageAndSeverity()
    {
        var html = ScenarioHtml();

        html.Should().Contain("<caption>Summary: 2 violations, 0 indeterminate, 0 errors, 2 waived, 1 passed, 0 not applicable</caption>");
        html.Should().Contain("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"site-plan\"");
        html.Should().Contain("<h4>Stage: storage</h4>");
        html.IndexOf("<h5 class=\"sev-critical\"", StringComparison.Ordinal).Should().Be(-1, "the only critical finding is waived");
        var high = html.IndexOf("<h5 class=\"sev-high\">HIGH", StringComparison.Ordinal);
        high.Should().BeGreaterThan(0);
        html.Should().Contain("data-rule=\"SEP-INTAKE\"").And.Contain("TK-2 is 8.54 m from AI-1");
        html.Should().Contain("<span class=\"values\">expected ≥ 9 m, got 8.54 m: short by 0.456 m</span> <code class=\"expr\">distance(vessel, intake) &gt;= 9 m</code>");
        html.Should().Contain("Remediation: Move the vessel or the intake.");
        html.Should().Contain("<p class=\"location\">At <code>waiver-site.yaml:");
    }

    [Test]
    public void ToHtml_Waivers_AreListedWithReasonApproverExpiry_AndWarnings()
    {
        var html = ScenarioHtml();

        html.Should().Contain("<h3>Waivers</h3>");
        html.Should().Contain("<td>2-hour fire wall between vessel and intake</td><td>inspector 2026-041</td><td>2027-06-30</td>");
        html.Should().Contain("<td>height survey booked</td><td>QA lead</td><td>2026-12-31</td>");
        html.Should().Contain("<td>indeterminate</td>");
        html.Should().Contain("<code>H2S0501</code>").And.Contain("<code>H2S0502</code>");
        // Waived findings are not listed again among the open findings.
        Regex.Count(html, "<article ").Should().Be(2);
    }

    [Test]
    public void ToHtml_EscapesEveryText()
    {
        var html = ScenarioHtml();

        html.Should().Contain("Waiver &lt;test&gt; &amp; &quot;site&quot;");
        html.Should().NotContain("<test>");
    }

    [Test]
    public void ToHtml_WithoutFacility_HasNoPlan_ButEverythingElse()
    {
        var html = HtmlReportWriter.ToHtml(FormatFixtures.Mixed());

        html.Should().NotContain("<svg");
        html.Should().Contain("EX-VENT-HEIGHT").And.Contain("Missing: VS-1.height").And.Contain("Error: division by zero");
        html.Should().Contain("<h4>Stage: storage</h4>").And.Contain("<h4>Stage: production</h4>");
        html.IndexOf("Stage: production", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("Stage: storage", StringComparison.Ordinal));
    }

    [Test]
    public void ToHtml_SeveralFacilities_OneSectionAndUniquePlanIdEach()
    {
        var (reports, facilities, _) = FormatFixtures.Samples();

        var html = HtmlReportWriter.ToHtml(reports, facilities);

        Regex.Count(html, "<section class=\"facility\"").Should().Be(3);
        html.Should().Contain("id=\"site-plan\"").And.Contain("id=\"site-plan-2\"").And.Contain("id=\"site-plan-3\"");
        Regex.Count(html, "class=\"separation violated\"").Should().BeGreaterThan(0);
        HtmlReportWriter.ToHtml(reports, facilities).Should().Be(html);
    }
}

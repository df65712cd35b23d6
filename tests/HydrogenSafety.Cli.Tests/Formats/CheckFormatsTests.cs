using System.Text.Json;
using System.Xml.Linq;

namespace HydrogenSafety.Cli.Tests.Formats;

/// <summary><c>h2safety check --format sarif|junit|markdown|html</c>: exit codes and what each prints.</summary>
public class CheckFormatsTests : CliTestBase
{
    private const string SeparationRules = """
        rules:
          - id: T-SEP
            title: Vessel far from intake
            stage: storage
            severity: high
            source: { document: Test Code, clause: "2.1", url: "https://example.org/test-code" }
            for: { vessel: storage_vessel, intake: air_intake }
            require: "distance(vessel, intake) >= 9 m"
            message: "{vessel.id} is {distance(vessel, intake)} from {intake.id}"
        """;

    private string PlacedFacility(string name = "placed.yaml", string waivers = "") => Write(name, $$"""
        facility:
          id: placed-site
        components:
          - { id: TK-1, kind: storage_vessel, position: [0, 0] }
          - { id: TK-2, kind: storage_vessel, position: [0, 20] }
          - { id: AI-1, kind: air_intake, position: [4, 0] }
        {{waivers}}
        """);

    [TestCase("sarif")]
    [TestCase("junit")]
    [TestCase("markdown")]
    [TestCase("html")]
    public void Check_EachFormat_Exits1OnAViolation_And0WhenCompliant(string format)
    {
        var rules = WriteRules();

        var failing = Run("check", WriteFacility("bad.yaml", "site-a", "20 MPa"), "--rules", rules, "--format", format);
        var passing = Run("check", WriteFacility("good.yaml", "site-b", "5 MPa"), "--rules", rules, "--format", format);

        failing.ExitCode.Should().Be(1, failing.ToString());
        failing.Stdout.Should().Contain("T-PRESSURE");
        passing.ExitCode.Should().Be(0, passing.ToString());
        passing.Stderr.Should().BeEmpty();
    }

    [Test]
    public void Check_UnknownFormat_Exits2()
    {
        var result = Run("check", WriteFacility("site.yaml", "site-a", "5 MPa"), "--rules", WriteRules(), "--format", "pdf");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("pdf");
    }

    [Test]
    public void Check_Sarif_HasTheRuleSetAndAResultAtTheComponentLine()
    {
        var facility = WriteFacility("site.yaml", "site-a", "20 MPa");

        var result = Run("check", facility, "--rules", WriteRules(), "--format", "sarif");

        using var doc = JsonDocument.Parse(result.Stdout);
        doc.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        var run = doc.RootElement.GetProperty("runs")[0];
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("id").GetString().Should().Be("T-PRESSURE");
        var sarifResult = run.GetProperty("results")[0];
        sarifResult.GetProperty("level").GetString().Should().Be("warning");
        var location = sarifResult.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().EndWith("site.yaml");
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(4);
    }

    [Test]
    public void Check_SarifFolder_OneRun_ResultsInEachFile()
    {
        WriteFacility("sites/a.yaml", "site-a", "20 MPa");
        WriteFacility("sites/b.yaml", "site-b", "30 MPa");

        var result = Run("check", Path.Combine(Dir, "sites"), "--rules", WriteRules(), "--format", "sarif");

        result.ExitCode.Should().Be(1, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        doc.RootElement.GetProperty("runs").GetArrayLength().Should().Be(1);
        doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()![^6..])
            .Should().Equal("a.yaml", "b.yaml");
    }

    [Test]
    public void Check_JUnit_OneSuitePerFacility_AndAllowIndeterminateSkips()
    {
        WriteFacility("sites/a.yaml", "site-a", "20 MPa");
        WriteFacility("sites/b.yaml", "site-b", pressure: null);
        var rules = WriteRules();

        var strict = Run("check", Path.Combine(Dir, "sites"), "--rules", rules, "--format", "junit");
        var lenient = Run("check", Path.Combine(Dir, "sites", "b.yaml"), "--rules", rules, "--format", "junit", "--allow-indeterminate");

        strict.ExitCode.Should().Be(1, strict.ToString());
        var doc = XDocument.Parse(strict.Stdout);
        doc.Root!.Elements("testsuite").Select(s => (string)s.Attribute("name")!).Should().Equal("site-a", "site-b");
        doc.Descendants("testcase").Select(c => (string)c.Attribute("name")!).Should().Equal("T-PRESSURE[TK-1]", "T-PRESSURE[TK-1]");
        doc.Descendants("failure").Should().HaveCount(2);
        lenient.ExitCode.Should().Be(0, lenient.ToString());
        XDocument.Parse(lenient.Stdout).Descendants("skipped").Single().Attribute("message")!.Value.Should().StartWith("indeterminate (allowed)");
    }

    [Test]
    public void Check_Markdown_IsASummaryWithATable()
    {
        var result = Run("check", WriteFacility("site.yaml", "site-a", "20 MPa"), "--rules", WriteRules(), "--format", "markdown");

        result.Stdout.Should().StartWith("## h2safety: site-a — 1 violation, 0 indeterminate, 0 errors, 0 passed, 0 not applicable\n");
        result.Stdout.Should().Contain("| medium | violation | `T-PRESSURE` | storage\\_vessel=TK-1 | vessel pressure is above 10 MPa (expected ≤ 10 MPa, got 20 MPa: exceeds by 10 MPa) | Test Code, 2025, 1.1 |");
    }

    [Test]
    public void Check_Html_WithPositions_DrawsThePlan_AndWritesToOutput()
    {
        var rules = WriteRules(text: SeparationRules);
        var output = Path.Combine(Dir, "report.html");

        var result = Run("check", PlacedFacility(), "--rules", rules, "--format", "html", "--output", output);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stdout.Should().BeEmpty();
        var html = File.ReadAllText(output);
        html.Should().StartWith("<!DOCTYPE html>");
        html.Should().Contain("id=\"site-plan\"").And.Contain("class=\"separation violated\"").And.Contain("4 m &lt; 9 m");
        html.Should().Contain("TK-1 is 4 m from AI-1");
    }

    [Test]
    public void Check_WaiversAndNoWaivers_ShowInTheFormats()
    {
        var rules = WriteRules(text: SeparationRules);
        var facility = PlacedFacility(waivers: """
            waivers:
              - rule: T-SEP
                components: [TK-1]
                reason: fire wall built
                approved_by: inspector
                expires: 2030-01-01
            """);

        var waived = Run("check", facility, "--rules", rules, "--format", "sarif", "--as-of", "2026-01-01");
        var audit = Run("check", facility, "--rules", rules, "--format", "junit", "--as-of", "2026-01-01", "--no-waivers");
        var markdown = Run("check", facility, "--rules", rules, "--format", "markdown", "--as-of", "2026-01-01");

        waived.ExitCode.Should().Be(0, waived.ToString());
        using var doc = JsonDocument.Parse(waived.Stdout);
        doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("suppressions")[0].GetProperty("justification").GetString().Should().Be("fire wall built");
        audit.ExitCode.Should().Be(1, audit.ToString());
        XDocument.Parse(audit.Stdout).Descendants("failure").Should().ContainSingle();
        markdown.Stdout.Should().Contain("### Waived\n\n- `T-SEP` (TK-1,AI-1): fire wall built (approved by inspector, expires 2030-01-01; was violation)");
    }

    [Test]
    public void Check_ExpiredWaiver_IsAWarningOnStderr_AndTheViolationStays()
    {
        var rules = WriteRules(text: SeparationRules);
        var facility = PlacedFacility(waivers: """
            waivers:
              - rule: T-SEP
                reason: fire wall built
                approved_by: inspector
                expires: 2025-01-01
            """);

        var result = Run("check", facility, "--rules", rules, "--format", "junit", "--as-of", "2026-01-01");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain("H2S0501");
        XDocument.Parse(result.Stdout).Descendants("system-err").Single().Value.Should().Contain("H2S0501");
    }
}

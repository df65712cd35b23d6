using System.Text;
using System.Text.Json;

namespace HydrogenSafety.Cli.Tests;

public class CheckCommandTests : CliTestBase
{
    [Test]
    public void Check_CompliantFacility_Exits0()
    {
        var rules = WriteRules();
        var facility = WriteFacility("site.yaml", "site-a", "5 MPa");

        var result = Run("check", facility, "--rules", rules);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().Contain("facility site-a").And.Contain("0 violations");
    }

    [Test]
    public void Check_Violation_Exits1_AndTextNamesRuleAndSubject()
    {
        var rules = WriteRules();
        var facility = WriteFacility("site.yaml", "site-a", "20 MPa");

        var result = Run("check", facility, "--rules", rules);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stdout.Should().Contain("MEDIUM").And.Contain("violation  T-PRESSURE").And.Contain("TK-1")
            .And.Contain("Test Code, 2025, 1.1").And.Contain("1 violation,");
    }

    [Test]
    public void Check_FailOnHigh_MediumViolation_Exits0()
    {
        var rules = WriteRules();
        var facility = WriteFacility("site.yaml", "site-a", "20 MPa");

        Run("check", facility, "--rules", rules, "--fail-on", "high").ExitCode.Should().Be(0);
        Run("check", facility, "--rules", rules, "--fail-on", "medium").ExitCode.Should().Be(1);
    }

    [Test]
    public void Check_Indeterminate_Exits1_UnlessAllowed()
    {
        var rules = WriteRules();
        var facility = WriteFacility("site.yaml", "site-a", pressure: null);

        var strict = Run("check", facility, "--rules", rules, "--format", "json");
        var lenient = Run("check", facility, "--rules", rules, "--allow-indeterminate");

        strict.ExitCode.Should().Be(1, strict.ToString());
        using var doc = JsonDocument.Parse(strict.Stdout);
        var finding = doc.RootElement.GetProperty("findings")[0];
        finding.GetProperty("outcome").GetString().Should().Be("indeterminate");
        finding.GetProperty("missing").GetArrayLength().Should().BeGreaterThan(0);
        lenient.ExitCode.Should().Be(0, lenient.ToString());
    }

    [Test]
    public void Check_AdvisoryViolation_Exits0()
    {
        var rules = WriteRules(text: PressureRule.Replace("severity: medium", "severity: critical\n    status: advisory", StringComparison.Ordinal));
        var facility = WriteFacility("site.yaml", "site-a", "20 MPa");

        var result = Run("check", facility, "--rules", rules, "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        doc.RootElement.GetProperty("findings")[0].GetProperty("status").GetString().Should().Be("advisory");
    }

    [Test]
    public void Check_BareNumberPressure_Exits2_WithFileLineDiagnostic()
    {
        var rules = WriteRules();
        var facility = Write("bad.yaml", """
            components:
              - id: TK-1
                pressure: 87.5
                kind: storage_vessel
            """);

        var result = Run("check", facility, "--rules", rules);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain($"{facility}:3:").And.Contain("error H2S0101");
        result.Stderr.Should().NotContain("   at ");
    }

    [Test]
    public void Check_ErrorsInSeveralFiles_AreAllReported()
    {
        var rules = WriteRules(text: PressureRule.Replace("pressure <= 10 MPa", "pressure <= 10 m", StringComparison.Ordinal));
        var bad1 = Write("a.yaml", "components:\n  - id: TK-1\n    pressure: 87.5\n    kind: storage_vessel\n");
        var bad2 = Write("b.yaml", "components:\n  - id: TK-2\n    kind: storage_vessel\n    pressure: 3\n");

        var result = Run("check", bad1, bad2, "--rules", rules);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain($"{rules}:").And.Contain($"{bad1}:3:").And.Contain($"{bad2}:4:");
        result.Stderr.IndexOf(bad1, StringComparison.Ordinal).Should().BeLessThan(result.Stderr.IndexOf(bad2, StringComparison.Ordinal));
    }

    [Test]
    public void Check_ErrorInATestsBlock_OfARuleFile_IsStillReported_WithItsPosition()
    {
        // `check` reads the built-in rules without their tests, but a rule file it is given is read whole.
        var rules = WriteRules(text: PressureRule + "\n" + """
                tests:
                  - name: pass
                    facility: { components: [{ id: TK-1, kind: storage_vessel, pressure: 5 MPa }] }
                    expect: { TK-1: pass }
                  - name: broken
                    facility: { components: [{ id: TK-2, kind: storage_vessel, pressure: 5 MPa }] }
                    expect: { TK-2: passes }
            """);
        var facility = WriteFacility("f.yaml", "F-1", "5 MPa");

        foreach (var args in new[] { new[] { "check", facility, "--rules", rules }, ["lint", rules], ["test", rules] })
        {
            var result = Run(args);

            result.ExitCode.Should().Be(2, $"{args[0]}: {result}");
            result.Stderr.Should().MatchRegex($"{System.Text.RegularExpressions.Regex.Escape(rules)}:18:[0-9]+: error", $"{args[0]}: {result}");
        }
    }

    [Test]
    public void Check_MissingFacility_Exits2()
    {
        var missing = Path.Combine(Dir, "nope.yaml");

        var result = Run("check", missing, "--rules", WriteRules());

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain(missing).And.Contain("error H2S0001");
    }

    [Test]
    public void Check_UnknownOption_Exits2_WithUsageError()
    {
        var facility = WriteFacility("site.yaml", "site-a", "5 MPa");

        var result = Run("check", facility, "--bogus");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("error H2S0901:").And.Contain("--bogus").And.Contain("h2safety check --help");
        result.Stdout.Should().BeEmpty();
    }

    [TestCase("--format", "xml")]
    [TestCase("--fail-on", "severe")]
    [TestCase("--as-of", "2026-13-01")]
    [TestCase("--as-of", "01/02/2026")]
    public void Check_BadOptionValue_Exits2(string option, string value)
    {
        var facility = WriteFacility("site.yaml", "site-a", "5 MPa");

        var result = Run("check", facility, option, value);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().StartWith("error H2S0901: ");
    }

    [Test]
    public void Check_NoFacility_Exits2()
    {
        var result = Run("check");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("error H2S0901:");
    }

    [Test]
    public void Check_Json_HasSpecFields()
    {
        var rules = WriteRules();
        var facility = WriteFacility("site.yaml", "site-a", "20 MPa");

        var result = Run("check", facility, "--rules", rules, "--format", "json", "--as-of", "2026-03-01");

        result.ExitCode.Should().Be(1, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal(
            "report", "facility", "rules", "as_of", "summary", "findings", "rule_results", "warnings");
        root.GetProperty("report").GetString().Should().Be("h2safety/1");
        root.GetProperty("facility").GetProperty("id").GetString().Should().Be("site-a");
        root.GetProperty("facility").GetProperty("file").GetString().Should().Be(facility.Replace('\\', '/'));
        root.GetProperty("rules").GetProperty("count").GetInt32().Should().Be(1);
        root.GetProperty("rules").GetProperty("digest").GetString().Should().StartWith("sha256:");
        root.GetProperty("as_of").GetString().Should().Be("2026-03-01");
        root.GetProperty("summary").GetProperty("violation").GetInt32().Should().Be(1);
        var finding = root.GetProperty("findings")[0];
        finding.GetProperty("rule").GetString().Should().Be("T-PRESSURE");
        finding.GetProperty("outcome").GetString().Should().Be("violation");
        finding.GetProperty("severity").GetString().Should().Be("medium");
        finding.GetProperty("stage").GetString().Should().Be("storage");
        finding.GetProperty("subjects").EnumerateObject().Single().Value.GetString().Should().Be("TK-1");
        finding.GetProperty("source").GetProperty("document").GetString().Should().Be("Test Code");
        finding.GetProperty("location").GetProperty("file").GetString().Should().Be(facility.Replace('\\', '/'));
        finding.GetProperty("location").GetProperty("line").GetInt32().Should().BeGreaterThan(0);
        var ruleResult = root.GetProperty("rule_results")[0];
        ruleResult.GetProperty("rule").GetString().Should().Be("T-PRESSURE");
        ruleResult.GetProperty("bindings").GetInt32().Should().Be(1);
    }

    [Test]
    public void Check_ShowPasses_ListsPassFindings()
    {
        var rules = WriteRules();
        var facility = WriteFacility("site.yaml", "site-a", "5 MPa");

        var plain = Run("check", facility, "--rules", rules, "--format", "json");
        var withPasses = Run("check", facility, "--rules", rules, "--format", "json", "--show-passes");

        using var plainDoc = JsonDocument.Parse(plain.Stdout);
        plainDoc.RootElement.GetProperty("findings").GetArrayLength().Should().Be(0);
        plainDoc.RootElement.GetProperty("summary").GetProperty("pass").GetInt32().Should().Be(1);
        using var passDoc = JsonDocument.Parse(withPasses.Stdout);
        passDoc.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("outcome").GetString()).Should().Equal("pass");
    }

    [Test]
    public void Check_TwoRuns_GiveByteIdenticalJson()
    {
        var rules = WriteRules();
        var facility = WriteFacility("site.yaml", "site-a", "20 MPa");

        var first = Run("check", facility, "--rules", rules, "--format", "json", "--show-passes", "--as-of", "2026-01-01");
        var second = Run("check", facility, "--rules", rules, "--format", "json", "--show-passes", "--as-of", "2026-01-01");

        second.Stdout.Should().Be(first.Stdout);
        first.Stdout.Should().NotContain("\r");
    }

    [Test]
    public void Check_FolderOfTwoFacilities_GivesArrayInNameOrder()
    {
        var rules = WriteRules();
        WriteFacility("sites/b.yaml", "site-b", "20 MPa");
        WriteFacility("sites/a.yml", "site-a", "5 MPa");
        Write("sites/notes.txt", "not a facility");

        var result = Run("check", Path.Combine(Dir, "sites"), "--rules", rules, "--format", "json");

        result.ExitCode.Should().Be(1, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        doc.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        doc.RootElement.EnumerateArray().Select(r => r.GetProperty("facility").GetProperty("id").GetString())
            .Should().Equal("site-a", "site-b");
        doc.RootElement[0].GetProperty("facility").GetProperty("file").GetString().Should().EndWith("sites/a.yml");
    }

    [Test]
    public void Check_TwoFacilityArguments_KeepArgumentOrder_InText()
    {
        var rules = WriteRules();
        var b = WriteFacility("b.yaml", "site-b", "20 MPa");
        var a = WriteFacility("a.yaml", "site-a", "5 MPa");

        var result = Run("check", b, a, "--rules", rules);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stdout.IndexOf("facility site-b", StringComparison.Ordinal)
            .Should().BeLessThan(result.Stdout.IndexOf("facility site-a", StringComparison.Ordinal));
    }

    [Test]
    public void Check_EmptyFolder_Exits2()
    {
        Directory.CreateDirectory(Path.Combine(Dir, "empty"));

        var result = Run("check", Path.Combine(Dir, "empty"), "--rules", WriteRules());

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("error H2S0001");
    }

    [Test]
    public void Check_Output_WritesFileAndNothingToStdout()
    {
        var rules = WriteRules();
        var facility = WriteFacility("site.yaml", "site-a", "20 MPa");
        var output = Path.Combine(Dir, "report.json");

        var result = Run("check", facility, "--rules", rules, "--format", "json", "--output", output);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stdout.Should().BeEmpty();
        var bytes = File.ReadAllBytes(output);
        bytes[0].Should().Be((byte)'{', "no byte order mark");
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(bytes));
        doc.RootElement.GetProperty("facility").GetProperty("id").GetString().Should().Be("site-a");
    }

    [Test]
    public void Check_OutputInMissingFolder_Exits2()
    {
        var result = Run("check", WriteFacility("site.yaml", "site-a", "5 MPa"), "--rules", WriteRules(),
            "--output", Path.Combine(Dir, "no", "such", "dir", "r.json"));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("error H2S0901");
    }

    [Test]
    public void Check_AsOf_BeforeEffectiveDate_RuleNotSelected()
    {
        var rules = WriteRules(text: PressureRule.Replace("version: 1.0.0", "version: 1.0.0\n    effective: { from: 2030-01-01 }", StringComparison.Ordinal));
        var facility = WriteFacility("site.yaml", "site-a", "20 MPa");

        var before = Run("check", facility, "--rules", rules, "--as-of", "2026-01-01", "--format", "json");
        var after = Run("check", facility, "--rules", rules, "--as-of", "2030-06-01");

        before.ExitCode.Should().Be(0, before.ToString());
        using var doc = JsonDocument.Parse(before.Stdout);
        doc.RootElement.GetProperty("rules").GetProperty("not_selected").GetInt32().Should().Be(1);
        after.ExitCode.Should().Be(1, after.ToString());
    }

    [Test]
    public void Check_DraftRule_OnlyWithIncludeDrafts()
    {
        var rules = WriteRules(text: PressureRule.Replace("version: 1.0.0", "version: 1.0.0\n    status: draft", StringComparison.Ordinal));
        var facility = WriteFacility("site.yaml", "site-a", "20 MPa");

        Run("check", facility, "--rules", rules).ExitCode.Should().Be(0);
        Run("check", facility, "--rules", rules, "--include-drafts", "--format", "json").Stdout.Should().Contain("\"T-PRESSURE\"");
    }

    [Test]
    public void Check_SeveralRuleOptions_AreLoadedTogether()
    {
        var first = WriteRules("r1.yaml");
        var second = WriteRules("r2.yaml", PressureRule.Replace("T-PRESSURE", "T-PRESSURE-2", StringComparison.Ordinal));
        var facility = WriteFacility("site.yaml", "site-a", "20 MPa");

        var result = Run("check", facility, "--rules", first, "--rules", second, "--format", "json");

        result.ExitCode.Should().Be(1, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        doc.RootElement.GetProperty("rules").GetProperty("count").GetInt32().Should().Be(2);
    }

    [Test]
    public void Check_DuplicateRuleIdAcrossRuleFiles_Exits2()
    {
        var first = WriteRules("r1.yaml");
        var second = WriteRules("r2.yaml");

        var result = Run("check", WriteFacility("site.yaml", "site-a", "5 MPa"), "--rules", first, "--rules", second);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("H2S0301");
    }

    [Test]
    public void Check_BuiltInRules_RunWithoutRulesOption()
    {
        var facility = WriteFacility("site.yaml", "site-a", "5 MPa");

        var result = Run("check", facility, "--format", "json");

        result.ExitCode.Should().BeOneOf([0, 1], result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        doc.RootElement.GetProperty("report").GetString().Should().Be("h2safety/1");
    }
}

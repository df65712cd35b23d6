namespace HydrogenSafety.Cli.Tests.Authoring;

public class ExplainCommandTests : AuthoringTestBase
{
    [Test]
    public void Explain_PrintsTheRuleInWords()
    {
        var rules = WriteKoreanRules();

        var result = Run("explain", "KR-T-SEP", "--rules", rules);

        result.ExitCode.Should().Be(0, result.ToString());
        var text = result.Stdout;
        text.Should().StartWith("KR-T-SEP (version 1.2.0)\nStorage vessels are separated from air intakes\n");
        text.Should().Contain("Status:        enforced");
        text.Should().Contain("Severity:      high");
        text.Should().Contain("Stages:        storage");
        text.Should().Contain("Jurisdictions: KR");
        text.Should().Contain("In effect:     from 2024-01-01");
        text.Should().Contain("Source:        Test Code, 2025, 7.3.2").And.Contain("https://example.org/test-code");
        text.Should().Contain("For each storage vessel (vessel) and air intake (intake), different components.");
        text.Should().Contain("Only when:\n    vessel.phase == 'gas'");
        text.Should().Contain("Requirement\n  distance(vessel, intake) >= t_sep(vessel.pressure).intake + params.margin");
        text.Should().Contain("params.margin = 0 m");
        text.Should().Contain("t_sep(key).column, key: pressure; source: Test Code, 2025, Table 9");
        text.Should().MatchRegex(@"up to 10 MPa +5 m\n");
        text.Should().MatchRegex(@"over 10 MPa +9 m\n");
        text.Should().NotContain("lot_line", "only the columns the rule reads are shown");
        text.Should().Contain("Remediation\n  Move the intake away from the vessel.");
        text.Should().Contain("Tests (3;");
        text.Should().Contain("- too close: expects V,I → violation");
        text.Should().Contain("- far enough: expects V,I → pass");
        text.Should().Contain("- intake not placed: expects V,I → indeterminate");
        text.Should().Contain("V (storage_vessel, phase gas, pressure 20 MPa, at [0, 0]); I (air_intake, at [5, 0])");
    }

    [Test]
    public void Explain_WithProfile_ShowsTailoring()
    {
        var rules = WriteKoreanRules();
        var profile = WriteProfile("kr-test", "KR", "overrides:\n  KR-T-SEP: { severity: critical, params: { margin: 1 m } }\n");

        var result = Run("explain", "KR-T-SEP", "--rules", rules, "--profile", profile);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("Severity:      critical (as tailored by profile kr-test)");
        result.Stdout.Should().Contain("params.margin = 1 m");
        result.Stdout.Should().Contain("selected by profile kr-test");
    }

    [Test]
    public void Explain_UnknownId_Exits2_WithDidYouMean()
    {
        var rules = WriteKoreanRules();

        var result = Run("explain", "KR-T-SPE", "--rules", rules);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("no rule has the id 'KR-T-SPE'").And.Contain("did you mean 'KR-T-SEP'?");
        result.Stdout.Should().BeEmpty();
    }

    [Test]
    public void Explain_WrongCase_SuggestsTheId()
    {
        var result = Run("explain", "kr-t-sep", "--rules", WriteKoreanRules());

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("did you mean 'KR-T-SEP'?");
    }

    [Test]
    public void Explain_BuiltInRule_ShowsCitationAndTests()
    {
        var rule = HydrogenSafety.Rules.RuleSet.BuiltIn.Rules.First(r => r.Tests.Count > 0);

        var result = Run("explain", rule.Id);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain(rule.Title);
        result.Stdout.Should().Contain(rule.Source.Document);
        result.Stdout.Should().Contain($"Tests ({rule.Tests.Count};");
        foreach (var test in rule.Tests)
        {
            result.Stdout.Should().Contain($"- {test.Name}: expects ");
        }
    }
}

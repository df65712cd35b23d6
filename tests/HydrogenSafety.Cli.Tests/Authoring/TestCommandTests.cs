using System.Text.RegularExpressions;

namespace HydrogenSafety.Cli.Tests.Authoring;

public class TestCommandTests : AuthoringTestBase
{
    [Test]
    public void Test_AllCasesPass_Exits0_AndEndsWithCountLine()
    {
        var rules = WriteKoreanRules();

        var result = Run("test", rules);

        result.ExitCode.Should().Be(0, result.ToString());
        Lines(result.Stdout)[^1].Should().Be("3 passed, 0 failed");
        result.Stdout.Should().NotContain("FAIL");
    }

    [Test]
    public void Test_FailingCase_Exits1_AndSaysWhatCameOutInstead()
    {
        var rules = Write("bad.yaml", KoreanRule.Replace("expect: { \"V,I\": pass }", "expect: { \"V,I\": violation }", StringComparison.Ordinal));

        var result = Run("test", rules);

        result.ExitCode.Should().Be(1, result.ToString());
        var failure = Lines(result.Stdout).Single(l => l.Contains("FAIL", StringComparison.Ordinal));
        failure.Should().MatchRegex($"^{Regex.Escape(rules)}:[0-9]+:[0-9]+: FAIL KR-T-SEP \"far enough\": V,I: expected violation, got pass");
        Lines(result.Stdout)[^1].Should().Be("2 passed, 1 failed");
    }

    [Test]
    public void Test_UnlistedBinding_FailsBecauseExpectIsExhaustive()
    {
        var rules = Write("bad.yaml", KoreanRule.Replace(
            "{id: I, kind: air_intake, position: [5, 0]} ] }\n        expect: { \"V,I\": violation }",
            "{id: I, kind: air_intake, position: [5, 0]}, {id: J, kind: air_intake, position: [50, 0]} ] }\n        expect: { \"V,I\": violation }",
            StringComparison.Ordinal));

        var result = Run("test", rules);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stdout.Should().Contain("V,J: came out pass, but the test does not list it");
    }

    [Test]
    public void Test_Verbose_ListsPassingCases()
    {
        var rules = WriteKoreanRules();

        var result = Run("test", "-v", rules);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain(": pass KR-T-SEP \"too close\"").And.Contain(": pass KR-T-SEP \"intake not placed\"");
        Lines(result.Stdout)[^1].Should().Be("3 passed, 0 failed");
    }

    [Test]
    public void Test_Folder_RunsEveryFile()
    {
        WriteKoreanRules();
        WriteJapaneseRules();

        var result = Run("test", Path.Combine(Dir, "rules"));

        result.ExitCode.Should().Be(0, result.ToString());
        Lines(result.Stdout)[^1].Should().Be("7 passed, 0 failed");
    }

    [Test]
    public void Test_LoadError_Exits2_WithDiagnostic()
    {
        var rules = Write("broken.yaml", KoreanRule.Replace("severity: high", "severity: hihg", StringComparison.Ordinal));

        var result = Run("test", rules);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain($"{rules}:").And.Contain("error H2S0006");
        result.Stdout.Should().BeEmpty();
    }

    [Test]
    public void Test_MissingPath_Exits2()
    {
        var result = Run("test", Path.Combine(Dir, "nope.yaml"));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("H2S0001");
    }

    [Test]
    public void Test_BuiltIn_EndsWithCountLine()
    {
        var result = Run("test", "--as-of", "2026-06-01");

        result.ExitCode.Should().BeOneOf([0, 1], result.ToString());
        Lines(result.Stdout)[^1].Should().MatchRegex("^[0-9]+ passed, [0-9]+ failed$");
        (result.ExitCode == 0).Should().Be(Lines(result.Stdout)[^1].EndsWith(" 0 failed", StringComparison.Ordinal));
    }
}

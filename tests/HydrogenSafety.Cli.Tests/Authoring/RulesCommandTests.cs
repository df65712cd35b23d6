using System.Text.Json;

namespace HydrogenSafety.Cli.Tests.Authoring;

public class RulesCommandTests : AuthoringTestBase
{
    /// <summary>Set to 1 to rewrite rules/README.md from the command's output (as for docs/).</summary>
    private const string UpdateVariable = "H2SAFETY_UPDATE_DOCS";

    [Test]
    public void Rules_Text_ListsIdStageSeverityStatusCitation()
    {
        WriteKoreanRules();
        WriteJapaneseRules();

        var result = Run("rules", "--rules", Path.Combine(Dir, "rules"));

        result.ExitCode.Should().Be(0, result.ToString());
        var lines = Lines(result.Stdout);
        lines[0].Should().MatchRegex("^ID +STAGE +SEVERITY +STATUS +CITATION$");
        lines.Should().Contain(l => l.StartsWith("KR-T-SEP ", StringComparison.Ordinal) && l.Contains("storage", StringComparison.Ordinal)
            && l.Contains("high", StringComparison.Ordinal) && l.Contains("enforced", StringComparison.Ordinal) && l.EndsWith("Test Code, 2025, 7.3.2", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("JP-T-PRESSURE ", StringComparison.Ordinal) && l.Contains("critical", StringComparison.Ordinal) && l.Contains("advisory", StringComparison.Ordinal));
        lines[^1].Should().Be("3 rules: 2 enforced, 1 advisory, 0 draft");
    }

    [Test]
    public void Rules_WithProfile_ListsOnlySelected_WithOverriddenSeverity()
    {
        WriteKoreanRules();
        WriteJapaneseRules();
        var profile = WriteProfile("jp-test", "JP", "overrides:\n  JP-T-SEP: { severity: critical }\n");

        var result = Run("rules", "--rules", Path.Combine(Dir, "rules"), "--profile", profile);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().NotContain("KR-T-SEP");
        Lines(result.Stdout).Should().Contain(l => l.StartsWith("JP-T-SEP ", StringComparison.Ordinal) && l.Contains("critical", StringComparison.Ordinal));
        Lines(result.Stdout)[0].Should().Be("profile jp-test: jp-test test profile");
        Lines(result.Stdout)[^1].Should().Be("2 of 3 rules selected by profile jp-test: 1 enforced, 1 advisory, 0 draft");
    }

    [Test]
    public void Rules_Json_CarriesMetadata()
    {
        WriteKoreanRules();

        var result = Run("rules", "--rules", Path.Combine(Dir, "rules"), "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var rule = json.RootElement.GetProperty("rules")[0];
        rule.GetProperty("id").GetString().Should().Be("KR-T-SEP");
        rule.GetProperty("stages")[0].GetString().Should().Be("storage");
        rule.GetProperty("severity").GetString().Should().Be("high");
        rule.GetProperty("status").GetString().Should().Be("enforced");
        rule.GetProperty("version").GetString().Should().Be("1.2.0");
        rule.GetProperty("effective").GetProperty("from").GetString().Should().Be("2024-01-01");
        rule.GetProperty("source").GetProperty("clause").GetString().Should().Be("7.3.2");
        rule.GetProperty("source").GetProperty("url").GetString().Should().Be("https://example.org/test-code");
        json.RootElement.GetProperty("count").GetInt32().Should().Be(1);
    }

    [Test]
    public void Rules_Markdown_IsACatalogue()
    {
        WriteKoreanRules();

        var result = Run("rules", "--rules", Path.Combine(Dir, "rules"), "--format", "markdown");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().StartWith("# Rule catalogue\n");
        result.Stdout.Should().Contain("| id | title | stage | severity | status | citation |");
        result.Stdout.Should().Contain("| `KR-T-SEP` | Storage vessels are separated from air intakes | storage | high | enforced | [Test Code](https://example.org/test-code), 2025, 7.3.2 |");
    }

    [Test]
    public void Rules_UnknownProfile_Exits2()
    {
        var result = Run("rules", "--profile", "no-such-profile");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("H2S0510");
    }

    [Test]
    public void Rules_Output_WritesFile()
    {
        WriteKoreanRules();
        var output = Path.Combine(Dir, "out.md");

        var result = Run("rules", "--rules", Path.Combine(Dir, "rules"), "--format", "markdown", "--output", output);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().BeEmpty();
        File.ReadAllText(output).Should().Contain("KR-T-SEP");
    }

    [Test]
    public void Rules_BuiltIn_ListsEveryBuiltInRule()
    {
        var result = Run("rules", "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("count").GetInt32().Should().Be(HydrogenSafety.Rules.RuleSet.BuiltIn.Rules.Count);
    }

    [Test]
    public void Catalogue_rules_README_is_current()
    {
        var path = Path.Combine(RepositoryRoot, "rules", "README.md");
        var result = Run("rules", "--format", "markdown");
        result.ExitCode.Should().Be(0, result.ToString());
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, result.Stdout);
        }

        File.Exists(path).Should().BeTrue($"rules/README.md is generated: {Commands.RulesCommand.RegenerateCatalogue}");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(result.Stdout,
            "rules/README.md must list the built-in rules as they are; regenerate it with `{0}` (or {1}=1 dotnet test)",
            Commands.RulesCommand.RegenerateCatalogue, UpdateVariable);
    }
}

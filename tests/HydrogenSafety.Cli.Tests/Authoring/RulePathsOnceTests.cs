namespace HydrogenSafety.Cli.Tests.Authoring;

/// <summary>A rule file or pack named twice on the command line is loaded once, not reported as duplicates of itself.</summary>
public class RulePathsOnceTests : AuthoringTestBase
{
    [Test]
    public void Test_the_same_folder_twice_runs_each_case_once()
    {
        var rules = WriteKoreanRules();
        var folder = Path.GetDirectoryName(rules)!;

        var result = Run("test", folder, folder, rules);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().NotContain("H2S0301");
        Lines(result.Stdout)[^1].Should().Be("3 passed, 0 failed");
    }

    [Test]
    public void Check_with_the_same_rules_twice_is_not_a_duplicate_rule_id()
    {
        var rules = WriteRules();
        var facility = WriteFacility("site.yaml", "SITE", "5 MPa");

        var result = Run("check", facility, "--rules", rules, "--rules", rules);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
    }

    [Test]
    public void Lint_does_not_follow_a_folder_link_back_into_the_walk()
    {
        var rules = WriteRules("pack/rules.yaml");
        var pack = Path.GetDirectoryName(rules)!;
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(pack, "loop"), ".");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Assert.Ignore($"folder links cannot be made here: {ex.Message}");
        }

        var result = Run("lint", pack);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().StartWith("1 rule file, 0 facilities: 0 errors");
    }
}

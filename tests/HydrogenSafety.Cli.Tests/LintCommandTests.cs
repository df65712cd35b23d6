namespace HydrogenSafety.Cli.Tests;

public class LintCommandTests : CliTestBase
{
    [Test]
    public void Lint_ValidRuleAndFacility_Exits0()
    {
        var rules = WriteRules();
        var facility = WriteFacility("site.yaml", "site-a", "5 MPa");

        var result = Run("lint", rules, facility);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("1 rule file, 1 facility: 0 errors");
    }

    [Test]
    public void Lint_Folder_SortsFilesByKind()
    {
        WriteRules("pack/rules.yaml");
        WriteFacility("pack/fixtures/site.yaml", "site-a", "5 MPa");
        Write("pack/fixtures/bare.yaml", "components:\n  - id: X\n    kind: storage_vessel\n");

        var result = Run("lint", Path.Combine(Dir, "pack"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("1 rule file, 2 facilities: 0 errors");
    }

    [Test]
    public void Lint_BadFacility_Exits2_WithDiagnostic()
    {
        var facility = Write("bad.yaml", "components:\n  - id: TK-1\n    pressure: 87.5\n    kind: storage_vessel\n");

        var result = Run("lint", facility);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain($"{facility}:3:").And.Contain("error H2S0101");
    }

    [Test]
    public void Lint_DuplicateRuleIdsAcrossFiles_Exits2()
    {
        var first = WriteRules("a.yaml");
        var second = WriteRules("b.yaml");

        var result = Run("lint", first, second);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("error H2S0301");
    }

    [Test]
    public void Lint_BadRuleExpression_Exits2_WithCode()
    {
        var rules = WriteRules(text: PressureRule.Replace("pressure <= 10 MPa", "pressure <= 10 m", StringComparison.Ordinal));

        var result = Run("lint", rules);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().MatchRegex(@":\d+:\d+: error H2S\d{4}: ");
    }

    [Test]
    public void Lint_MissingPath_Exits2()
    {
        var result = Run("lint", Path.Combine(Dir, "missing.yaml"));

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("error H2S0001");
    }

    [Test]
    public void Lint_NoPaths_ChecksBuiltInRules()
    {
        var result = Run("lint");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("built-in rule");
    }
}

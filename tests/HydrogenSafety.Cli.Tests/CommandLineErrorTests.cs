namespace HydrogenSafety.Cli.Tests;

/// <summary>Usage errors of the command line itself: one clear error each; <c>--</c> ends the options.</summary>
[TestFixture]
[NonParallelizable] // one test changes the current folder
public class CommandLineErrorTests : CliTestBase
{
    [Test]
    public void An_unknown_command_is_one_error_naming_it_and_the_commands()
    {
        var result = Run("frobnicate");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.ReplaceLineEndings("\n").Should().Be(
            "error H2S0901: 'frobnicate' is not a command of h2safety; the commands are check, lint, test, rules, explain, compare, coverage, schema, hazard.\n" +
            "Run 'h2safety --help' for usage.\n");
    }

    [Test]
    public void After_a_double_dash_a_facility_may_start_with_a_dash()
    {
        var rules = WriteRules();
        WriteFacility("--site.yaml", "SITE", "5 MPa");
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Dir;
        try
        {
            var result = Run("check", "--rules", rules, "--", "--site.yaml");
            var missing = Run("check", "--rules", rules, "--", "--missing.yaml");

            result.ExitCode.Should().Be(0, result.ToString());
            result.Stdout.Should().Contain("SITE");
            missing.ExitCode.Should().Be(2, missing.ToString());
            missing.Stderr.Should().StartWith("--missing.yaml:1:1: error H2S0001: no such file or folder").And.NotContain("Unrecognized option");
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}

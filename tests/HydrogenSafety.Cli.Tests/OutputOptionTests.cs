using System.Text;

namespace HydrogenSafety.Cli.Tests;

/// <summary>
/// Where output goes: <c>--output FILE</c>, <c>--output -</c> (stdout), and what happens when it cannot be
/// written (exit 2, one line on stderr, whether the destination is stdout or a file).
/// </summary>
[TestFixture]
public class OutputOptionTests : CliTestBase
{
    /// <summary>A stdout that fails like <c>&gt; /dev/full</c>.</summary>
    private sealed class FullDisk : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");
    }

    private string[] WithFacility(params string[] args) =>
        [.. args.Select(a => a.Replace("{facility}", WriteFacility("site.yaml", "SITE", "5 MPa"), StringComparison.Ordinal))];

    [TestCase("check", "{facility}", "--rules", "{rules}")]
    [TestCase("rules")]
    [TestCase("schema", "rules")]
    [TestCase("compare", "{facility}", "--profiles", "kr-hydrogen,jp-hydrogen")]
    public void An_empty_output_is_a_usage_error(params string[] command)
    {
        var rules = WriteRules();
        var args = WithFacility([.. command.Select(a => a.Replace("{rules}", rules, StringComparison.Ordinal)), "--output", ""]);

        var result = Run(args);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().StartWith("error H2S0901: --output needs a file name ('-' for standard output)").And.NotContain("internal error");
    }

    [TestCase("--rules", "--rules needs a rule file or folder")]
    [TestCase("--profile", "--profile needs a built-in profile name or a profile file")]
    [TestCase("--waivers", "--waivers needs a waiver file")]
    public void An_empty_path_option_is_a_usage_error_with_no_position(string option, string message)
    {
        var result = Run(WithFacility("check", "{facility}", option, ""));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().StartWith($"error H2S0901: {message}").And.NotContain(":1:1:").And.NotContain("internal error");
    }

    [TestCase("check", "FACILITY")]
    [TestCase("lint", "PATH")]
    [TestCase("test", "PATH")]
    public void An_empty_path_argument_is_a_usage_error_with_no_position(string command, string argument)
    {
        var result = Run(command, "");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().StartWith($"error H2S0901: {argument} is an empty string").And.NotContain(":1:1:");
    }

    [Test]
    public void A_dash_output_is_standard_output_not_a_file_named_dash()
    {
        var dash = Path.Combine(Environment.CurrentDirectory, "-");
        File.Exists(dash).Should().BeFalse("no file named '-' may be left over from an earlier run");

        var result = Run("schema", "rules", "--output", "-");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("\"$schema\"");
        File.Exists(dash).Should().BeFalse();
    }

    [Test]
    public void A_failing_stdout_is_exit_2_with_one_line()
    {
        using var stderr = new StringWriter();

        var exitCode = CliApp.Run(["schema", "rules"], new FullDisk(), stderr);

        exitCode.Should().Be(2);
        stderr.ToString().Should().Be("error H2S0901: cannot write to standard output: No space left on device" + Environment.NewLine);
    }

    [Test]
    public void A_failing_output_file_is_exit_2_with_one_line()
    {
        var result = Run("schema", "rules", "--output", Path.Combine(Dir, "no-such-folder", "schema.json"));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().StartWith("error H2S0901: cannot write to '");
        result.Stderr.TrimEnd().Split('\n').Should().ContainSingle();
    }
}

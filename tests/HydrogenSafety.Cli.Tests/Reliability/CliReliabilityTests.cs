using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace HydrogenSafety.Cli.Tests.Reliability;

/// <summary>Fault isolation, hostile arguments, recursion bounds and determinism through the command line.</summary>
[TestFixture]
[NonParallelizable]
public class CliReliabilityTests : CliTestBase
{
    private const string FaultyRules = """
        rules:
          - id: A-RATIO
            title: pressure per rating
            stage: storage
            severity: high
            source: { document: Test, clause: "1" }
            for: { v: storage_vessel }
            require: "v.pressure / v.rating <= 10 MPa"
          - id: B-LABEL
            title: label is three
            stage: storage
            severity: high
            source: { document: Test, clause: "2" }
            for: { v: storage_vessel }
            require: "v.label == 3"
        """;

    [Test]
    public void An_evaluation_error_gives_exit_code_1_and_an_error_outcome_while_the_rest_goes_on()
    {
        var rules = WriteRules("faulty.yaml", FaultyRules);
        Write("sites/a.yaml", "facility:\n  id: a\ncomponents:\n  - { id: V1, kind: storage_vessel, pressure: 30 MPa, rating: 0, label: three }\n");
        Write("sites/b.yaml", "facility:\n  id: b\ncomponents:\n  - { id: W1, kind: storage_vessel, pressure: 5 MPa, rating: 1, label: 3 }\n");

        var result = CliCorpusTests.Run("check", Path.Combine(Dir, "sites"), "--rules", rules, "--format", "json", "--show-passes");

        result.ExitCode.Should().Be(1, result.ToString());
        CliCorpusTests.AssertNoStackTrace(result);
        result.Stdout.Should().Contain("\"outcome\": \"error\"").And.Contain("division by zero").And.Contain("cannot compare");
        result.Stdout.Should().Contain("\"id\": \"b\"").And.Contain("\"outcome\": \"pass\"", "the second facility is evaluated too");
    }

    [Test]
    public void Only_errors_and_no_violation_still_fail_the_run_with_1_not_3()
    {
        var rules = WriteRules("faulty.yaml", FaultyRules);
        var facility = Write("a.yaml", "components:\n  - { id: V1, kind: storage_vessel, pressure: 5 MPa, rating: 0, label: x }\n");
        var result = CliCorpusTests.Run("check", facility, "--rules", rules);
        result.ExitCode.Should().Be(1, result.ToString());
        CliCorpusTests.AssertNoStackTrace(result);
    }

    [TestCase("check")]
    [TestCase("check", "--frobnicate")]
    [TestCase("check", "x.yaml", "--as-of", "2026-13-45")]
    [TestCase("check", "x.yaml", "--fail-on", "catastrophic")]
    [TestCase("check", "x.yaml", "--format", "pdf")]
    [TestCase("check", "does-not-exist.yaml")]
    [TestCase("check", "x.yaml", "--rules")]
    [TestCase("check", "x.yaml", "--rules", "no-such-rules.yaml")]
    [TestCase("check", "x.yaml", "--waivers", "no-such-waivers.yaml")]
    [TestCase("lint", "no-such-folder/")]
    [TestCase("explode")]
    [TestCase("check", "x.yaml", "--output", "/")]
    [TestCase("check", "x.yaml", "--as-of", "'; rm -rf / #")]
    [TestCase("check", "x.yaml\0evil")]
    public void Hostile_or_broken_arguments_give_exit_code_2_and_no_stack_trace(params string[] args)
    {
        Write("x.yaml", "components:\n  - { id: V1, kind: storage_vessel, pressure: 5 MPa }\n");
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = Dir;
            var result = CliCorpusTests.Run(args);
            result.ExitCode.Should().Be(2, result.ToString());
            CliCorpusTests.AssertNoStackTrace(result);
            result.Stderr.Should().MatchRegex("H2S0(001|901)|error", result.ToString());
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    /// <summary>
    /// A left-deep chain of 1,990 additions (3,983 characters, within the expression length limit) checked in a process
    /// whose main thread has a 1 MB stack, as a host's thread-pool thread may. BUG: the binder recurses once per
    /// operator and the process dies with "Stack overflow" (exit 134) instead of evaluating it or refusing it with H2S0009.
    /// Run out of process because .NET cannot catch a stack overflow.
    /// </summary>
    [Test]
    [Platform("Linux,MacOsX")]
    public void A_long_operator_chain_does_not_overflow_a_one_megabyte_stack()
    {
        var expression = string.Join("+", Enumerable.Repeat("1", 1990)) + " > 0";
        var rules = WriteRules("chain.yaml", $"""
            rules:
              - id: CHAIN
                title: a long chain
                stage: storage
                severity: high
                source: {"{"} document: Test, clause: "1" {"}"}
                for: facility
                require: "{expression}"
            """);
        var facility = Write("f.yaml", "components: []\n");
        var dll = Path.Combine(AppContext.BaseDirectory, "h2safety.dll");
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("ulimit -s 1024 && exec dotnet \"$0\" check \"$1\" --rules \"$2\"");
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add(facility);
        start.ArgumentList.Add(rules);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000).Should().BeTrue("the check finishes");
        var output = $"exit {process.ExitCode}\n{stdout.Result}\n{stderr.Result}";
        output.Should().NotContain("Stack overflow");
        process.ExitCode.Should().BeOneOf([0, 2], output);
    }

    [TestCase("de-DE")]
    [TestCase("fr-FR")]
    public void Json_reports_are_byte_identical_across_runs_and_cultures(string culture)
    {
        var samples = Path.Combine(Path.GetDirectoryName(CliCorpusTests.CorpusFolder)!, "..", "..", "..", "samples", "facilities");
        string[] args = ["check", samples, "--format", "json", "--as-of", "2026-06-01", "--show-passes"];
        var first = CliCorpusTests.Run(args);
        var second = CliCorpusTests.Run(args);
        second.Stdout.Should().Be(first.Stdout);
        second.Stderr.Should().Be(first.Stderr);
        first.Stdout.Should().Contain("\"findings\"");

        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            var c = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = c;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = c;
            var localised = CliCorpusTests.Run(args);
            localised.ExitCode.Should().Be(first.ExitCode);
            localised.Stdout.Should().Be(first.Stdout, $"the JSON report does not depend on the culture ({culture})");
            var text = CliCorpusTests.Run("check", samples, "--as-of", "2026-06-01");
            text.Stdout.Should().NotMatchRegex(@"\d,\d+ (MPa|m|kg|bar)\b", "no decimal comma in the text report");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = saved;
        }
    }

    [Test]
    public void A_report_written_with_output_is_the_same_bytes_as_stdout()
    {
        var rules = WriteRules();
        var facility = WriteFacility("site.yaml", "site", "12 MPa");
        var output = Path.Combine(Dir, "report.json");
        var toStdout = CliCorpusTests.Run("check", facility, "--rules", rules, "--format", "json", "--as-of", "2026-01-01");
        var toFile = CliCorpusTests.Run("check", facility, "--rules", rules, "--format", "json", "--as-of", "2026-01-01", "--output", output);
        toFile.ExitCode.Should().Be(toStdout.ExitCode);
        File.ReadAllText(output, Encoding.UTF8).Should().Be(toStdout.Stdout);
    }
}

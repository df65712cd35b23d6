using System.Diagnostics;

namespace HydrogenSafety.Cli.Tests.Reliability;

/// <summary>Two separate processes, one with a decimal-comma culture, print byte-identical JSON for the samples.</summary>
public class CrossProcessDeterminismTests : CliTestBase
{
    [Test]
    public void Separate_processes_and_cultures_print_byte_identical_reports()
    {
        var samples = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples", "facilities"));
        Directory.Exists(samples).Should().BeTrue(samples);
        var first = RunProcess(samples, "en-US");
        var second = RunProcess(samples, "de-DE");
        first.ExitCode.Should().Be(1);
        second.ExitCode.Should().Be(1);
        second.Stdout.Should().Be(first.Stdout);
        first.Stdout.Should().StartWith("[");
    }

    private static (int ExitCode, string Stdout) RunProcess(string samples, string culture)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "h2safety.dll"));
        foreach (var arg in new[] { "check", samples, "--format", "json", "--show-passes", "--as-of", "2026-06-01" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LANG"] = culture.Replace('-', '_') + ".UTF-8";
        start.Environment["LC_ALL"] = culture.Replace('-', '_') + ".UTF-8";
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000).Should().BeTrue("the check finishes");
        _ = stderr.Result;
        return (process.ExitCode, stdout.Result);
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace HydrogenSafety.Cli.Tests.Reliability;

/// <summary>
/// The bad-input corpus of tests/HydrogenSafety.Tests/Reliability/Corpus through the command line, in-process:
/// exit code 2, the expected <c>file:line:column: error CODE</c> on stderr, no stack trace, and quickly.
/// </summary>
[TestFixture]
public class CliCorpusTests
{
    private static readonly string Scratch = Path.Combine(Path.GetTempPath(), "h2safety-cli-corpus", Guid.NewGuid().ToString("N"));

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var line in File.ReadAllLines(Path.Combine(CorpusFolder, "manifest.txt")))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var p = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            yield return new TestCaseData(p[0], p[1], p[2], int.Parse(p[3], CultureInfo.InvariantCulture), int.Parse(p[4], CultureInfo.InvariantCulture))
                .SetArgDisplayNames(p[0].TrimStart('@'));
        }
    }

    /// <summary>The corpus, found from the test's output folder by walking up to the repository root.</summary>
    internal static string CorpusFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HydrogenSafety.sln")))
            {
                dir = dir.Parent;
            }

            return dir is null
                ? throw new InvalidOperationException("repository root not found")
                : Path.Combine(dir.FullName, "tests", "HydrogenSafety.Tests", "Reliability", "Corpus");
        }
    }

    [OneTimeTearDown]
    public void DeleteScratch()
    {
        if (Directory.Exists(Scratch))
        {
            Directory.Delete(Scratch, recursive: true);
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Is_refused_with_exit_code_2_its_code_and_position(string entry, string kind, string code, int line, int column)
    {
        var path = Materialise(entry);
        var goodRules = Path.Combine(CorpusFolder, "good", "rules.yaml");
        var goodFacility = Path.Combine(CorpusFolder, "good", "facility.yaml");
        var runs = new List<string[]>();
        switch (kind)
        {
            case "rules":
                runs.Add(["lint", path]);
                runs.Add(["check", goodFacility, "--rules", path]);
                break;
            case "facility":
                runs.Add(["check", path, "--rules", goodRules]);
                if (Inputs.InputSniffer.SniffFile(path) == Inputs.InputKind.Facility)
                {
                    runs.Add(["lint", path]);
                }

                break;
            default:
                runs.Add(["check", goodFacility, "--rules", goodRules, "--waivers", path]);
                break;
        }

        foreach (var args in runs)
        {
            var watch = Stopwatch.StartNew();
            var result = Run(args);
            watch.Stop();
            var what = $"h2safety {string.Join(' ', args)}\n{result}";
            result.ExitCode.Should().Be(2, what);
            result.Stderr.Should().Contain(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}: error {code}:"), what);
            AssertNoStackTrace(result);
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "a hostile file is refused quickly (a sanity bound, not a benchmark)");
        }
    }

    internal static void AssertNoStackTrace(CliResult result)
    {
        foreach (var text in new[] { result.Stdout, result.Stderr })
        {
            text.Should().NotContain("   at ", "no stack trace reaches the user");
            text.Should().NotMatchRegex(@"\b[A-Z][A-Za-z]*Exception\b", "no exception type names reach the user");
            text.Should().NotContain("internal error");
        }
    }

    internal static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, stdout, stderr);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    private static string Materialise(string entry)
    {
        if (!entry.StartsWith('@'))
        {
            return Path.Combine(CorpusFolder, entry);
        }

        var path = Path.Combine(Scratch, entry[1..]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (entry.Contains("twenty-megabytes", StringComparison.Ordinal))
        {
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
            writer.Write("# attacks: a 20 MB facility file\nfacility:\n  id: big\ncomponents:\n");
            for (var i = 0; writer.BaseStream.Length < 20L * 1024 * 1024; i++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"  - {{ id: TK-{i}, kind: storage_vessel, pressure: 5 MPa }}\n"));
                if (i % 1000 == 0)
                {
                    writer.Flush();
                }
            }
        }
        else
        {
            File.WriteAllBytes(path, []);
        }

        return path;
    }
}

using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HydrogenSafety.Reporting;

namespace HydrogenSafety.Cli.Tests.Formats;

/// <summary>
/// Issue 12 points 2–4 checked on the sample reports (samples/reports/, which <see cref="SampleReportGoldenTests"/>
/// keeps equal to what <c>check</c> prints): every finding's deciding sentence, with its shortfall and numbers rounded
/// once, is the same in the compact text, <c>-v</c>, Markdown, HTML, SARIF and JUnit as in the JSON report; the JSON
/// <c>required</c>/<c>actual</c>/<c>shortfall</c> are canonical and agree with each other; printed numbers have at most
/// four significant figures; the compact text has at most four lines per finding, grouped by severity, and keeps its
/// columns in Korean and Japanese.
/// </summary>
public class SampleReportConsistencyTests
{
    private static readonly string[] s_severities = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"];

    private static string Golden(string facility, string file) =>
        File.ReadAllText(Path.Combine(RepositoryRoot, "samples", "reports", facility, file));

    /// <summary>The sentence the compact report shows for a JSON finding: the first with a shortfall, else a margin, else any.</summary>
    private static string? DecidingStatement(JsonElement finding)
    {
        if (!finding.TryGetProperty("evidence", out var evidence))
        {
            return null;
        }

        var all = evidence.EnumerateArray().ToList();
        var pick = all.FirstOrDefault(e => e.TryGetProperty("shortfall", out _));
        if (pick.ValueKind == JsonValueKind.Undefined)
        {
            pick = all.FirstOrDefault(e => e.TryGetProperty("margin", out _));
        }

        if (pick.ValueKind == JsonValueKind.Undefined)
        {
            pick = all.FirstOrDefault(e => e.TryGetProperty("statement", out _));
        }

        return pick.ValueKind == JsonValueKind.Undefined ? null : pick.GetProperty("statement").GetString();
    }

    private static IEnumerable<JsonElement> Evidence(JsonElement finding) =>
        finding.TryGetProperty("evidence", out var evidence) ? evidence.EnumerateArray() : [];

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    [TestCaseSource(typeof(SampleReportGoldenTests), nameof(SampleReportGoldenTests.Facilities))]
    public void The_deciding_sentence_of_each_failing_finding_is_the_same_in_every_format(string facility)
    {
        using var json = JsonDocument.Parse(Golden(facility, "check.json"));
        var failing = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("outcome").GetString() == "violation" && (!f.TryGetProperty("missing", out var m) || m.GetArrayLength() == 0))
            .Select(DecidingStatement).OfType<string>().ToList();
        failing.Should().NotBeEmpty($"{facility} has violations with evidence");

        var sarif = JsonDocument.Parse(Golden(facility, "check.sarif")).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("message").GetProperty("text").GetString()).ToList();
        var junit = XDocument.Parse(Golden(facility, "check.junit.xml")).Descendants()
            .Where(e => e.Name.LocalName is "failure" or "skipped") // an advisory rule's violation is a skipped case with the same message
            .Select(f => (string?)f.Attribute("message")).ToList();
        var formats = new Dictionary<string, string>
        {
            ["text"] = Golden(facility, "check.txt"),
            ["text -v"] = Golden(facility, "check.verbose.txt"),
            ["markdown"] = Golden(facility, "check.md").Replace("\\", string.Empty, StringComparison.Ordinal),
            ["html"] = WebUtility.HtmlDecode(Golden(facility, "check.html")),
            ["sarif"] = string.Join("\n", sarif),
            ["junit"] = string.Join("\n", junit),
        };

        foreach (var group in failing.GroupBy(s => s, StringComparer.Ordinal))
        {
            foreach (var (format, text) in formats)
            {
                Count(text, group.Key).Should().BeGreaterThanOrEqualTo(group.Count(),
                    $"\"{group.Key}\" decides {group.Count()} violation(s) of {facility} and so is printed as it is in the {format} report");
            }
        }
    }

    [TestCaseSource(typeof(SampleReportGoldenTests), nameof(SampleReportGoldenTests.Facilities))]
    public void Json_required_actual_and_shortfall_are_canonical_and_agree(string facility)
    {
        using var json = JsonDocument.Parse(Golden(facility, "check.json"));
        var quantities = 0;
        foreach (var e in json.RootElement.GetProperty("findings").EnumerateArray().SelectMany(Evidence))
        {
            if (!e.TryGetProperty("required", out var required))
            {
                continue;
            }

            quantities++;
            var actual = e.GetProperty("actual");
            var unit = required.GetProperty("unit").GetString();
            actual.GetProperty("unit").GetString().Should().Be(unit, "both sides are in the same canonical unit");
            var op = e.GetProperty("operator").GetString();
            var gap = op is ">=" or ">" ? actual.GetProperty("value").GetDouble() - required.GetProperty("value").GetDouble()
                : required.GetProperty("value").GetDouble() - actual.GetProperty("value").GetDouble();
            if (e.TryGetProperty("shortfall", out var shortfall))
            {
                shortfall.GetProperty("unit").GetString().Should().Be(unit);
                shortfall.GetProperty("value").GetDouble().Should().BeApproximately(-gap, 1e-9 * Math.Max(1, Math.Abs(gap)), e.GetProperty("expression").GetString());
                e.GetProperty("statement").GetString().Should().MatchRegex("(short by|exceeds by) ", "a shortfall is stated in words");
            }
            else
            {
                e.GetProperty("margin").GetProperty("value").GetDouble().Should().BeApproximately(gap, 1e-9 * Math.Max(1, Math.Abs(gap)));
            }
        }

        quantities.Should().BeGreaterThan(0, $"{facility} has comparisons of quantities");
    }

    [TestCaseSource(typeof(SampleReportGoldenTests), nameof(SampleReportGoldenTests.Facilities))]
    public void Printed_numbers_have_at_most_four_significant_figures(string facility)
    {
        using var json = JsonDocument.Parse(Golden(facility, "check.json"));
        var numbers = new Regex(@"(?<![\w.\-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\w.])");
        foreach (var e in json.RootElement.GetProperty("findings").EnumerateArray().SelectMany(Evidence))
        {
            foreach (var side in new[] { "left", "right", "statement" })
            {
                if (!e.TryGetProperty(side, out var value) || value.GetString() is not { } text)
                {
                    continue;
                }

                foreach (Match m in numbers.Matches(text))
                {
                    SignificantFigures(m.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), m.Groups[2].Value)
                        .Should().BeLessThanOrEqualTo(4, $"\"{m.Value}\" in \"{text}\" is printed as an engineer writes it");
                }
            }
        }
    }

    private static int SignificantFigures(string whole, string fraction)
    {
        var digits = (whole + fraction).TrimStart('0');
        if (fraction.Length == 0)
        {
            digits = digits.TrimEnd('0');
        }

        return digits.Length;
    }

    [TestCaseSource(typeof(SampleReportGoldenTests), nameof(SampleReportGoldenTests.Facilities))]
    public void The_compact_text_has_at_most_four_lines_per_finding_grouped_by_severity(string facility)
    {
        var lines = Golden(facility, "check.txt").Split('\n');
        var order = new List<string>();
        var block = 0;
        var blocks = 0;
        foreach (var line in lines.Skip(1))
        {
            if (s_severities.Contains(line))
            {
                order.Add(line);
                continue;
            }

            if (line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal))
            {
                blocks++;
                block = 1;
                continue;
            }

            if (line.StartsWith("    ", StringComparison.Ordinal))
            {
                block++;
                block.Should().BeLessThanOrEqualTo(4, $"a finding of {facility} takes at most four lines (outcome, rule, subjects; message; deciding line; citation and location): {line}");
            }
        }

        blocks.Should().BeGreaterThan(3);
        order.Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(Comparer<string>.Create((a, b) => Array.IndexOf(s_severities, a).CompareTo(Array.IndexOf(s_severities, b))));
        Golden(facility, "check.verbose.txt").Split('\n').Count(l => l.TrimStart().StartsWith("evidence: ", StringComparison.Ordinal))
            .Should().BeGreaterThanOrEqualTo(lines.Count(l => l.TrimStart().StartsWith("evidence: ", StringComparison.Ordinal)), "-v prints all the evidence");
    }

    [TestCase("ko")]
    [TestCase("ja")]
    public void The_compact_text_keeps_its_columns_with_wide_characters(string language)
    {
        var input = Path.Combine(RepositoryRoot, "samples", "facilities", "kr-ulsan-hrs.yaml");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        CliApp.Run(["check", input, "--as-of", "2026-06-01", "--lang", language, "--show-passes"], stdout, stderr).Should().Be(1, stderr.ToString());

        var headlines = stdout.ToString().Split('\n')
            .Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("   ", StringComparison.Ordinal)).ToList();
        headlines.Should().HaveCountGreaterThan(10);
        headlines.Select(l => l.Trim().Split(' ')[0]).Distinct().Should().HaveCountGreaterThan(1, "several outcomes are listed");
        var columns = headlines.Select(l =>
        {
            var rule = Regex.Match(l, @"\s(?<id>[A-Z]{2,}[A-Z0-9]*-[A-Z0-9-]+)");
            rule.Success.Should().BeTrue(l);
            return DisplayWidth.Of(l[..rule.Groups["id"].Index]);
        }).Distinct().ToList();
        columns.Should().ContainSingle($"the rule ids start in one display column whatever the width of the {language} outcome words");
        columns[0].ToString(CultureInfo.InvariantCulture).Should().NotBe("0");
    }

    private static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HydrogenSafety.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }
}

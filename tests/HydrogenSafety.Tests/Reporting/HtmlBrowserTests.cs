using System.Diagnostics;
using System.Text.RegularExpressions;
using HydrogenSafety.Reporting;

namespace HydrogenSafety.Tests.Reporting;

/// <summary>
/// Renders the HTML report in a real browser (Debian's chromium, headless) and checks what it drew. CI
/// installs chromium before the tests; without it these tests fail, they never skip.
/// </summary>
[NonParallelizable]
public class HtmlBrowserTests
{
    private string _dir = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "h2safety-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteFolder()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: chromium may still hold its profile for a moment.
        }
    }

    [Test]
    public void Chromium_RendersThePage_WithTheSitePlanAndTheFindings()
    {
        var (report, facility, _) = FormatFixtures.WaiverScenario();
        var page = Path.Combine(_dir, "report.html");
        File.WriteAllText(page, HtmlReportWriter.ToHtml(report, facility));

        var dom = Chromium("--dump-dom", new Uri(page).AbsoluteUri);

        dom.Should().MatchRegex("<svg[^>]* id=\"site-plan\"");
        dom.Should().Contain("class=\"separation violated\"").And.Contain("class=\"separation waived\"");
        dom.Should().Contain("<article class=\"finding violation sev-high\"").And.Contain("data-rule=\"SEP-INTAKE\"");
        dom.Should().Contain("TK-2 is 8.54 m from AI-1");
        dom.Should().Contain("2-hour fire wall between vessel and intake");
        Regex.Count(dom, "class=\"component kind-").Should().Be(6);
    }

    [Test]
    public void Chromium_RendersTheHazardExtents_AroundAPressureVessel_WithALegend()
    {
        var (report, facility) = FormatFixtures.HazardScenario();
        var page = Path.Combine(_dir, "hazard.html");
        File.WriteAllText(page, HtmlReportWriter.ToHtml(report, facility));

        var dom = Chromium("--dump-dom", new Uri(page).AbsoluteUri);

        dom.Should().Contain("class=\"hazard-flame\" data-from=\"TK-H\"").And.Contain("class=\"hazard-cloud\" data-from=\"TK-H\"");
        dom.Should().Contain("class=\"hazard-legend\"").And.Contain("not a code-compliance determination");
    }

    [Test]
    public void Chromium_ScreenshotsThePage()
    {
        var (report, facility, _) = FormatFixtures.WaiverScenario();
        var page = Path.Combine(_dir, "report.html");
        File.WriteAllText(page, HtmlReportWriter.ToHtml(report, facility));
        var png = Path.Combine(_dir, "report.png");

        Chromium("--window-size=1200,1400", $"--screenshot={png}", new Uri(page).AbsoluteUri);

        File.Exists(png).Should().BeTrue("chromium should have written the screenshot");
        var bytes = File.ReadAllBytes(png);
        bytes.Take(8).Should().Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });
        bytes.Length.Should().BeGreaterThan(20_000, "a page with a site plan is not a blank image");
    }

    [Test]
    public void Chromium_RendersTheSamplesPage_WithAPlanPerFacility()
    {
        var (reports, facilities, _) = FormatFixtures.Samples();
        var page = Path.Combine(_dir, "samples.html");
        File.WriteAllText(page, HtmlReportWriter.ToHtml(reports, facilities));

        var dom = Chromium("--dump-dom", new Uri(page).AbsoluteUri);

        foreach (var id in new[] { "site-plan", "site-plan-2", "site-plan-3" })
        {
            dom.Should().MatchRegex($"<svg[^>]* id=\"{id}\"");
        }

        foreach (var report in reports)
        {
            dom.Should().Contain(report.FacilityId);
        }

        Regex.Count(dom, "<article class=\"finding ").Should().BeGreaterThan(10);
    }

    /// <summary>Runs headless chromium with a throw-away profile and returns its standard output.</summary>
    private string Chromium(params string[] args)
    {
        var executable = FindChromium();
        if (executable is null)
        {
            Assert.Fail("chromium is not installed, so the HTML report cannot be checked in a browser. Install it with " +
                "'apt-get update && apt-get install -y chromium' (.ci/run does this before the tests).");
        }

        var start = new ProcessStartInfo(executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", $"--user-data-dir={Path.Combine(_dir, "profile")}",
                 }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"chromium did not finish within 90 s\n{stderr.Result}");
        }

        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"chromium should render the page; its stderr:\n{stderr.Result}");
        return stdout.Result;
    }

    private static string? FindChromium()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in new[] { "chromium", "chromium-browser" })
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

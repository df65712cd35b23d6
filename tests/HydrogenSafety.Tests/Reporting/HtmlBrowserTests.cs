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

    /// <summary>
    /// The decision sentence of a violation (issue 12: the deciding comparison with its shortfall) is on screen, not only
    /// in the DOM: the page is rendered with a probe script appended (the report itself runs no script; its
    /// Content-Security-Policy is taken out of this copy only so the probe may run), which asks the browser for each
    /// element holding the sentence whether it is rendered (<c>checkVisibility</c> with opacity and CSS visibility), has
    /// a box of non-zero size inside the page, a readable font size, and text in the page's rendered text
    /// (<c>innerText</c>, which leaves out what is hidden or in a closed <c>details</c>). The page is screenshot too.
    /// </summary>
    [Test]
    public void Chromium_ShowsTheDecisionSentenceOfAViolation_Visibly()
    {
        var (reports, facilities, _) = FormatFixtures.Samples();
        var index = reports.ToList().FindIndex(r => r.FacilityId == "kr-ulsan-hrs-01");
        var finding = reports[index].Findings.First(f => f.RuleId == "KR-HPG-PROTECTED-FACILITY-DIST" && f.Outcome == global::HydrogenSafety.Evaluation.Outcome.Violation);
        var sentence = finding.Evidence[0].Statement;
        sentence.Should().Be("expected ≥ 17 m, got 16.5 m: short by 0.508 m");

        var html = HtmlReportWriter.ToHtml(reports[index], facilities[index]);
        var csp = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>");
        csp.Success.Should().BeTrue("the report carries its Content-Security-Policy");
        html.Should().NotContain("<script", "the report itself runs no script");
        var probe = """
            <script>
            (function () {
              var want = WANT;
              var seen = [];
              document.querySelectorAll('article.finding.violation').forEach(function (article) {
                article.querySelectorAll('*').forEach(function (el) {
                  if (el.children.length !== 0 || el.textContent.trim() !== want) { return; }
                  var box = el.getBoundingClientRect();
                  var style = getComputedStyle(el);
                  seen.push({
                    rule: article.getAttribute('data-rule'),
                    rendered: el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }),
                    width: box.width, height: box.height,
                    inside: box.left >= 0 && box.right <= document.documentElement.scrollWidth,
                    fontPx: parseFloat(style.fontSize),
                    inText: article.innerText.indexOf(want) >= 0
                  });
                });
              });
              var out = document.createElement('pre');
              out.id = 'probe';
              out.textContent = JSON.stringify(seen);
              document.body.appendChild(out);
            })();
            </script>
            """.Replace("WANT", System.Text.Json.JsonSerializer.Serialize(sentence), StringComparison.Ordinal);
        var page = Path.Combine(_dir, "kr.html");
        File.WriteAllText(page, html.Replace(csp.Value, string.Empty, StringComparison.Ordinal).Replace("</body>", probe + "</body>", StringComparison.Ordinal));

        var dom = Chromium("--window-size=1200,1400", "--dump-dom", new Uri(page).AbsoluteUri);

        var json = Regex.Match(dom, "<pre id=\"probe\">(.*?)</pre>", RegexOptions.Singleline);
        json.Success.Should().BeTrue("the probe should have run; the DOM was:\n" + dom[..Math.Min(dom.Length, 2000)]);
        using var found = System.Text.Json.JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(json.Groups[1].Value));
        var seen = found.RootElement.EnumerateArray().Where(e => e.GetProperty("rule").GetString() == "KR-HPG-PROTECTED-FACILITY-DIST").ToList();
        seen.Should().NotBeEmpty("the violation's decision sentence is on the page");
        foreach (var e in seen)
        {
            e.GetProperty("rendered").GetBoolean().Should().BeTrue("the sentence is rendered (not display:none, hidden or transparent)");
            e.GetProperty("width").GetDouble().Should().BeGreaterThan(10);
            e.GetProperty("height").GetDouble().Should().BeGreaterThan(5);
            e.GetProperty("inside").GetBoolean().Should().BeTrue("the sentence is not pushed off the page");
            e.GetProperty("fontPx").GetDouble().Should().BeGreaterThanOrEqualTo(10, "the sentence is in a readable size");
            e.GetProperty("inText").GetBoolean().Should().BeTrue("the sentence is in the rendered text of its finding");
        }

        var png = Path.Combine(_dir, "kr.png");
        Chromium("--window-size=1200,1400", $"--screenshot={png}", new Uri(page).AbsoluteUri);
        File.ReadAllBytes(png).Length.Should().BeGreaterThan(20_000, "the page with the sentence renders as a real picture");
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

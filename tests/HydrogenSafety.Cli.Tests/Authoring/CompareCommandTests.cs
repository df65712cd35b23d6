using System.Text.Json;

namespace HydrogenSafety.Cli.Tests.Authoring;

public class CompareCommandTests : AuthoringTestBase
{
    private string[] Setup(params string[] extra)
    {
        WriteKoreanRules();
        WriteJapaneseRules();
        var kr = WriteProfile("kr-test", "KR");
        var jp = WriteProfile("jp-test", "JP");
        var site = Write("site.yaml", KoreanSite);
        return ["compare", site, "--profiles", $"{kr},{jp}", "--rules", Path.Combine(Dir, "rules"), .. extra];
    }

    [Test]
    public void Compare_Text_ShowsTopicsRequirementsAndOutcomesSideBySide()
    {
        var result = Run(Setup());

        result.ExitCode.Should().Be(0, result.ToString());
        var text = result.Stdout;
        text.Should().Contain("Facility site-kr").And.Contain("under 2 profiles");
        text.Should().Contain("jurisdiction (KR) is set aside");
        text.Should().Contain("== pressure (1 rule)").And.Contain("== Separation distances (2 rules)");
        text.IndexOf("== Separation distances", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("== pressure", StringComparison.Ordinal), "topics come in report order, other tags after");

        // The Korean rule: 87.5 MPa needs 9 m, the intake is 6 m away.
        text.Should().Contain("KR-T-SEP  Storage vessels are separated from air intakes");
        text.Should().Contain("  requires: distance(vessel, intake) >= t_sep(vessel.pressure).intake + params.margin");
        text.Should().Contain("  when:     vessel.phase == 'gas'");
        text.Should().MatchRegex(@"kr-test\.yaml: +violation \[high, enforced\]");
        text.Should().MatchRegex(@"jp-test\.yaml: +not in profile");

        // The Japanese rules: 8 m violated, 87.5 MPa above 82 MPa.
        text.Should().Contain("JP-T-SEP  Storage vessels are at least 8 m from air intakes");
        text.Should().MatchRegex(@"jp-test\.yaml: +violation \[medium, enforced\]");
        text.Should().MatchRegex(@"jp-test\.yaml: +violation \[critical, advisory\]");
        text.Should().Contain("violation: TK-1 is 6 m from AI-1");
    }

    [Test]
    public void Compare_KeepJurisdiction_LeavesOutOtherJurisdictions()
    {
        var result = Run(Setup("--keep-jurisdiction", "--all"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("jurisdiction (KR) is kept");
        result.Stdout.Should().NotContain("JP-T-SEP", "a KR facility leaves JP rules out when its jurisdiction is kept");
    }

    [Test]
    public void Compare_Json_HasTopicsAndOutcomesPerProfile()
    {
        var result = Run(Setup("--format", "json"));

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        root.GetProperty("compare").GetString().Should().Be("h2safety/compare/1");
        root.GetProperty("profiles").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Should().Equal("kr-test", "jp-test");
        var separation = root.GetProperty("topics").EnumerateArray().Single(t => t.GetProperty("topic").GetString() == "separation");
        var kr = separation.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "KR-T-SEP");
        kr.GetProperty("require")[0].GetString().Should().Contain("t_sep(vessel.pressure).intake");
        kr.GetProperty("outcomes").GetProperty("kr-test").GetProperty("outcome").GetString().Should().Be("violation");
        kr.GetProperty("outcomes").GetProperty("kr-test").GetProperty("findings")[0].GetProperty("subjects").GetProperty("vessel").GetString().Should().Be("TK-1");
        kr.GetProperty("outcomes").GetProperty("jp-test").GetProperty("selected").GetBoolean().Should().BeFalse();
        kr.GetProperty("outcomes").GetProperty("jp-test").GetProperty("reason").GetString().Should().Be("not in profile");
    }

    [Test]
    public void Compare_Markdown_HasOneColumnPerProfile()
    {
        var result = Run(Setup("--format", "markdown"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("## Separation distances").And.Contain("## Topic by topic");
        result.Stdout.Should().MatchRegex(@"\| rule \| requires \| `[^`]*kr-test\.yaml` \| `[^`]*jp-test\.yaml` \|");
        result.Stdout.Should().Contain("| **violation** (high): 6 m, needs >= 9 m | not in profile |");
    }

    [Test]
    public void Compare_GroupByStage()
    {
        var result = Run(Setup("--group-by", "stage"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("== storage (3 rules)");
    }

    [Test]
    public void Compare_BuiltInProfiles_KoreaAndJapan()
    {
        var site = Path.Combine(RepositoryRoot, "samples", "facilities", "kr-ulsan-hrs.yaml");

        var result = Run("compare", site, "--profiles", "kr-hydrogen,jp-hydrogen", "--as-of", "2026-06-01");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("under 2 profiles").And.Contain("kr-hydrogen").And.Contain("jp-hydrogen");
        result.Stdout.Should().Contain("== ").And.Contain("requires: ");
    }

    [Test]
    public void Compare_OneProfile_Exits2()
    {
        var site = Write("site.yaml", KoreanSite);

        var result = Run("compare", site, "--profiles", "kr-hydrogen");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("two or more profiles");
    }

    [Test]
    public void Compare_UnknownProfile_Exits2()
    {
        var site = Write("site.yaml", KoreanSite);

        var result = Run("compare", site, "--profiles", "kr-hydrogen,xx-nothing");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("H2S0510").And.Contain("xx-nothing");
    }

    [Test]
    public void Compare_BadFacility_Exits2()
    {
        var site = Write("bad.yaml", "components:\n  - id: TK-1\n    kind: storage_vessel\n    pressure: 87.5\n");

        var result = Run("compare", site, "--profiles", "kr-hydrogen,jp-hydrogen");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("H2S0101");
    }

    [Test]
    public void Compare_MissingProfilesOption_Exits2()
    {
        var site = Write("site.yaml", KoreanSite);

        var result = Run("compare", site);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("--profiles");
    }

    /// <summary>samples/compare/kr-vs-jp.md is the comparison of samples/compare/station.yaml; regenerate with H2SAFETY_UPDATE_DOCS=1.</summary>
    [Test]
    public void CompareSample_markdown_is_current()
    {
        var station = Path.Combine(RepositoryRoot, "samples", "compare", "station.yaml");
        var path = Path.Combine(RepositoryRoot, "samples", "compare", "kr-vs-jp.md");
        var run = Run("compare", station, "--profiles", "kr-hydrogen,jp-hydrogen", "--as-of", "2026-06-01", "--format", "markdown");

        // The report names the sample by its path in the repository, wherever the repository is.
        var result = run with { Stdout = run.Stdout.Replace(RepositoryRoot + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Replace('\\', '/') };
        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("## Where the station passes one and fails the other").And.Contain("## Separation distances");
        if (Environment.GetEnvironmentVariable("H2SAFETY_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, result.Stdout);
        }

        File.Exists(path).Should().BeTrue("samples/compare/kr-vs-jp.md is generated by this test (H2SAFETY_UPDATE_DOCS=1)");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(result.Stdout,
            "samples/compare/kr-vs-jp.md must be the comparison of samples/compare/station.yaml; regenerate it with H2SAFETY_UPDATE_DOCS=1 dotnet test --filter CompareSample");
    }

    /// <summary>
    /// samples/compare/kr-vs-jp.ko.md and kr-vs-jp.ja.md are the comparison in Korean and Japanese: headings, topic
    /// headings, verdicts and outcomes localised; regenerate with H2SAFETY_UPDATE_DOCS=1.
    /// </summary>
    [TestCase("ko", "## 이격거리", "## 주제별 결과", "## 한 프로파일은 통과하고 다른 프로파일은 위반하는 항목", "[이격거리](#이격거리)")]
    [TestCase("ja", "## 離隔距離", "## トピック別の結果", "## 一方のプロファイルで適合し他方で違反する項目", "[離隔距離](#離隔距離)")]
    public void CompareSample_markdown_in_each_language_is_current(string language, string topic, string glance, string parting, string link)
    {
        var station = Path.Combine(RepositoryRoot, "samples", "compare", "station.yaml");
        var path = Path.Combine(RepositoryRoot, "samples", "compare", $"kr-vs-jp.{language}.md");
        var run = Run("compare", station, "--profiles", "kr-hydrogen,jp-hydrogen", "--as-of", "2026-06-01", "--format", "markdown", "--lang", language);
        var again = Run("compare", station, "--profiles", "kr-hydrogen,jp-hydrogen", "--as-of", "2026-06-01", "--format", "markdown", "--lang", language);
        again.Stdout.Should().Be(run.Stdout, "the same comparison gives the same bytes");

        var result = run with { Stdout = run.Stdout.Replace(RepositoryRoot + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Replace('\\', '/') };
        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain(topic).And.Contain(glance).And.Contain(parting).And.Contain(link)
            .And.NotContain("## Separation distances").And.NotContain("Topic by topic").And.NotContain(" under `");
        if (Environment.GetEnvironmentVariable("H2SAFETY_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, result.Stdout);
        }

        File.Exists(path).Should().BeTrue($"{path} is generated by this test (H2SAFETY_UPDATE_DOCS=1)");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(result.Stdout, "{0} must be current; regenerate it with H2SAFETY_UPDATE_DOCS=1 dotnet test --filter CompareSample", path);
    }

    [TestCase("ko", "== 이격거리 (규칙 ", "프로파일에 없음")]
    [TestCase("ja", "== 離隔距離 (規則 ", "プロファイル対象外")]
    public void Compare_text_in_each_language_localises_headings_and_keeps_its_columns(string language, string heading, string notInProfile)
    {
        var station = Path.Combine(RepositoryRoot, "samples", "compare", "station.yaml");
        var text = Run("compare", station, "--profiles", "kr-hydrogen,jp-hydrogen", "--as-of", "2026-06-01", "--lang", language);

        text.ExitCode.Should().Be(0, text.ToString());
        text.Stdout.Should().Contain(heading).And.NotContain("== Separation distances").And.NotContain(" selected; ").And.NotContain("passes one profile")
            .And.Contain($":  {notInProfile}").And.NotContain("not in profile");
        // Each rule's field labels (source, for, when, requires) end in the same terminal column, whatever their width.
        var words = language == "ko" ? new[] { "출처", "대상", "조건", "요건" } : ["出典", "対象", "条件", "要件"];
        var labels = text.Stdout.Split('\n').Where(l => words.Any(w => l.StartsWith($"  {w}:", StringComparison.Ordinal))).ToList();
        labels.Should().HaveCountGreaterThan(10);
        labels.Select(l =>
        {
            var colon = l.IndexOf(':', StringComparison.Ordinal);
            var value = colon + 1 + l[(colon + 1)..].TakeWhile(c => c == ' ').Count();
            return Reporting.DisplayWidth.Of(l[..value]);
        }).Distinct().Should().ContainSingle($"the values after the labels start in one column:\n{string.Join("\n", labels.Take(8))}");
    }

    [Test]
    public void CompareSample_TextAndJson_ShowWhereTheStationPassesOneAndFailsTheOther()
    {
        var station = Path.Combine(RepositoryRoot, "samples", "compare", "station.yaml");
        string[] args = ["compare", station, "--profiles", "kr-hydrogen,jp-hydrogen", "--as-of", "2026-06-01"];

        var text = Run(args);
        var json = Run([.. args, "--format", "json"]);

        text.ExitCode.Should().Be(0, text.ToString());
        text.Stdout.Should().MatchRegex(@"== Separation distances \(\d+ rules\): passes one profile, fails another\n");
        json.ExitCode.Should().Be(0, json.ToString());
        using var document = JsonDocument.Parse(json.Stdout);
        var topics = document.RootElement.GetProperty("topics").EnumerateArray().ToList();
        topics[0].GetProperty("topic").GetString().Should().Be("separation", "topics come in report order, separation distances first");
        topics[0].GetProperty("heading").GetString().Should().Be("Separation distances");
        topics[0].GetProperty("verdicts").GetProperty("kr-hydrogen").GetString().Should().Be("fails");
        topics[0].GetProperty("verdicts").GetProperty("jp-hydrogen").GetString().Should().Be("passes");
        topics[0].GetProperty("passes_one_fails_another").GetBoolean().Should().BeTrue();
    }
}

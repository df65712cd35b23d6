namespace HydrogenSafety.Cli.Tests;

/// <summary><c>--lang en|ko|ja</c> on check, explain, rules and compare; translation fallbacks in lint.</summary>
public class LanguageOptionTests : CliTestBase
{
    private const string TranslatedRule = """
        rules:
          - id: KR-T-PRESSURE
            title: Vessel pressure is within its design pressure
            stage: storage
            severity: high
            jurisdictions: [KR]
            source: { document: "고압가스 안전관리법 시행규칙", edition: "2024", clause: "별표 4", confidence: H }
            for: { vessel: storage_vessel }
            require: "vessel.pressure <= 10 MPa"
            message: "{vessel.id} at {vessel.pressure}"
            remediation: Lower the pressure.
            translations:
              ko:
                title: 저장탱크 압력은 설계압력 이하
                message: "{vessel.id}: 압력 {vessel.pressure}"
              ja:
                title: 貯槽の圧力は設計圧力以下
                message: "{vessel.id}: 圧力 {vessel.pressure}"
                remediation: 圧力を下げること。
          - id: JP-T-OTHER
            title: Something Japanese
            stage: storage
            severity: low
            jurisdictions: [JP]
            source: { document: "一般高圧ガス保安規則", edition: "2023", clause: "6", confidence: H }
            for: { vessel: storage_vessel }
            require: "vessel.pressure <= 100 MPa"
        """;

    [TestCase("check")]
    [TestCase("rules")]
    [TestCase("explain")]
    [TestCase("compare")]
    public void An_unknown_language_is_a_usage_error(string command)
    {
        var rules = WriteRules("rules.yaml", TranslatedRule);
        var facility = WriteFacility("site.yaml", "site-a", "20 MPa");
        string[] args = command switch
        {
            "check" => ["check", facility, "--rules", rules, "--lang", "fr"],
            "explain" => ["explain", "KR-T-PRESSURE", "--rules", rules, "--lang", "fr"],
            "compare" => ["compare", facility, "--profiles", "kr-hydrogen,jp-hydrogen", "--lang", "fr"],
            _ => ["rules", "--rules", rules, "--lang", "fr"],
        };

        var result = Run(args);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("--lang 'fr' is not a supported language: use en, ko, ja");
        result.Stdout.Should().BeEmpty();
    }

    [Test]
    public void Check_in_korean_uses_the_translation_and_falls_back_per_field()
    {
        var rules = WriteRules("rules.yaml", TranslatedRule);
        var facility = WriteFacility("site.yaml", "site-a", "20 MPa");

        var text = Run("check", facility, "--rules", rules, "--lang", "ko", "--as-of", "2026-06-01");
        text.ExitCode.Should().Be(1, text.ToString());
        text.Stdout.Should().Contain("위반").And.Contain(": 압력 20 MPa").And.Contain("위반 1건");

        var html = Run("check", facility, "--rules", rules, "--lang", "ko", "--format", "html", "--as-of", "2026-06-01");
        html.Stdout.Should().Contain("<html lang=\"ko\">").And.Contain("저장탱크 압력은 설계압력 이하")
            .And.Contain("조치: Lower the pressure.", "the Korean translation has no remediation: English is shown");

        var markdown = Run("check", facility, "--rules", rules, "--lang", "ja", "--format", "markdown", "--as-of", "2026-06-01");
        markdown.Stdout.Should().Contain("| 重大度 | 結果 | 規則 |").And.Contain(": 圧力 20 MPa");

        var english = Run("check", facility, "--rules", rules, "--lang", "en", "--as-of", "2026-06-01");
        english.Stdout.Should().Be(Run("check", facility, "--rules", rules, "--as-of", "2026-06-01").Stdout, "en is the default");
    }

    [Test]
    public void Rules_and_explain_show_translated_titles_in_aligned_columns()
    {
        var rules = WriteRules("rules.yaml", TranslatedRule);

        var list = Run("rules", "--rules", rules, "--lang", "ja");
        list.ExitCode.Should().Be(0, list.ToString());
        var lines = list.Stdout.Split('\n').Where(l => l.Contains("一般高圧ガス", StringComparison.Ordinal) || l.Contains("고압가스", StringComparison.Ordinal)).ToList();
        lines.Should().HaveCount(2);
        lines.Select(l => HydrogenSafety.Reporting.DisplayWidth.Of(l[..l.IndexOf(l.Contains("一般", StringComparison.Ordinal) ? "一般" : "고압", StringComparison.Ordinal)]))
            .Distinct().Should().ContainSingle("the citation column starts in the same terminal column:\n" + list.Stdout);
        list.Stdout.Should().Contain("貯槽の圧力は設計圧力以下").And.Contain("Something Japanese");

        var explain = Run("explain", "KR-T-PRESSURE", "--rules", rules, "--lang", "ko");
        explain.ExitCode.Should().Be(0, explain.ToString());
        explain.Stdout.Should().Contain("저장탱크 압력은 설계압력 이하\n(Vessel pressure is within its design pressure)")
            .And.Contain("조치\n  Lower the pressure.", "the remediation falls back to English, under a Korean heading")
            .And.Contain("각 storage_vessel (vessel)에 대해.").And.Contain("심각도:").And.Contain("높음");
        explain.Stdout.Should().NotContain("Remediation").And.NotContain("Applies to").And.NotContain("for each");
    }

    [Test]
    public void Lint_counts_translation_fallbacks_per_language()
    {
        var rules = WriteRules("rules.yaml", TranslatedRule);

        var result = Run("lint", rules);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().Contain("info H2S0314: rule KR-T-PRESSURE's `ko` translation has no remediation")
            .And.Contain("info H2S0314: rule JP-T-OTHER has no `ja` translation");
        result.Stdout.Should().Contain("1 rule file, 0 facilities: 0 errors, 0 warnings")
            .And.Contain("translation fallbacks: ja 1 field in 1 rule, ko 1 field in 1 rule");
    }

    [Test]
    public void Lint_counts_a_profile_title_fallback_and_compare_shows_the_translated_title()
    {
        var rules = WriteRules("rules.yaml", TranslatedRule);
        var korean = Write("kr.yaml", "profile: t-kr\ntitle: Korean test profile\ntranslations:\n  ja:\n    title: 韓国の試験\ninclude:\n  - jurisdictions: [KR]\n");
        var japanese = Write("jp.yaml", "profile: t-jp\ntitle: Japanese test profile\ntranslations:\n  ko:\n    title: 일본 시험\n  ja:\n    title: 日本の試験\ninclude:\n  - jurisdictions: [JP]\n");

        var lint = Run("lint", rules, korean, japanese);

        lint.ExitCode.Should().Be(0, lint.ToString());
        lint.Stderr.Should().Contain("info H2S0314: profile t-kr has no `ko` translation: reports in ko show its title in English")
            .And.NotContain("profile t-jp");
        lint.Stdout.Should().Contain("translation fallbacks: ja 1 field in 1 rule, ko 2 fields in 1 rule and 1 profile");

        var facility = WriteFacility("site.yaml", "site-a", "20 MPa");
        var compare = Run("compare", facility, "--profiles", $"{korean},{japanese}", "--rules", rules, "--lang", "ko", "--as-of", "2026-06-01");
        compare.Stdout.Should().Contain("Korean test profile", "t-kr has no Korean title: English per field").And.Contain("일본 시험");
        var json = Run("compare", facility, "--profiles", $"{korean},{japanese}", "--rules", rules, "--lang", "ja", "--format", "json", "--as-of", "2026-06-01");
        json.Stdout.Should().Contain("\"title\": \"韓国の試験\"").And.Contain("\"subjects\": \"各 storage_vessel (vessel) について\"")
            .And.Contain("\"outcome\": \"violation\"", "machine values stay English");
    }
}

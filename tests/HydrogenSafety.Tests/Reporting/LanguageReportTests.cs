using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;
using HydrogenSafety.Tests.Docs;

namespace HydrogenSafety.Tests.Reporting;

/// <summary>
/// Reports in English, Korean and Japanese (<see cref="ReportOptions.Language"/>): golden files under
/// <c>tests/HydrogenSafety.Tests/Reporting/Languages/</c>, byte for byte, made from rules and a facility written here
/// (so that changes to the rule packs do not move them). Regenerate with:
/// <c>H2SAFETY_UPDATE_DOCS=1 dotnet test tests/HydrogenSafety.Tests --filter LanguageReport</c>.
/// </summary>
public class LanguageReportTests
{
    internal const string Rules = """
        rules:
          - id: KR-T-SEP
            title: Storage is separated from the protected facility
            stage: storage
            severity: high
            jurisdictions: [KR]
            source: { document: "고압가스 안전관리법 시행규칙", edition: "2024", clause: "별표 4", confidence: H }
            for: { vessel: storage_vessel, pf: building }
            require: "distance(vessel, pf) >= 17 m"
            message: "{vessel.id} is {distance(vessel, pf)} from {pf.id}; 17 m needed"
            remediation: Move the vessel or the building.
            translations:
              ko:
                title: 저장설비와 보호시설 사이의 안전거리 확보
                message: "{vessel.id}와(과) 보호시설 {pf.id} 사이 거리 {distance(vessel, pf)} (17 m 이상 필요)"
                remediation: 저장설비 또는 보호시설을 옮기십시오.
              ja:
                title: 貯蔵設備と保安物件との距離
                message: "{vessel.id} と保安物件 {pf.id} の距離 {distance(vessel, pf)}（17 m 以上必要）"
                remediation: 貯蔵設備または保安物件を移設すること。
          - id: KR-T-PRD
            title: Vessels have a pressure relief device
            stage: storage
            severity: medium
            jurisdictions: [KR, JP]
            source: { document: "KGS FP216", edition: "2024", clause: "2.6.1", confidence: H }
            for: { vessel: storage_vessel }
            require: "vessel.has_prd == true"
            message: "{vessel.id} has_prd = {vessel.has_prd}"
            remediation: Fit a pressure relief device.
            translations:
              ko:
                title: 저장탱크 안전밸브 설치
              ja:
                title: 貯槽の安全弁
                remediation: 安全弁を設置すること。
          - id: JP-T-DETECTOR
            title: A gas detector watches the dispenser
            stage: utilization
            severity: critical
            status: advisory
            jurisdictions: [JP, KR]
            source: { document: "一般高圧ガス保安規則", edition: "2023", clause: "7-3", confidence: M }
            for: facility
            require: "count(gas_detector where alarm_setpoint <= 1 %) >= 1"
            remediation: Install a hydrogen detector.
            translations:
              ja: { title: ディスペンサーのガス漏えい検知警報設備 }
        """;

    internal const string FacilityYaml = """
        facility:
          id: 울산-hrs
          name: 울산 수소충전소
          jurisdiction: KR
          type: fueling_station
        components:
          - { id: 저장-1, kind: storage_vessel, phase: gas, pressure: 82 MPa, has_prd: false, position: [0, 0] }
          - { id: TK-2, kind: storage_vessel, phase: gas, pressure: 40 MPa, position: [30, 0] }
          - { id: 학교, kind: building, position: [10, 0] }
          - { id: GD-1, kind: gas_detector, position: [5, 5] }
        """;

    private static readonly DateOnly s_asOf = new(2026, 6, 1);

    private static (ComplianceReport Report, Facility Facility) Evaluate()
    {
        var rules = RuleSet.Parse(Rules, "languages.yaml");
        var facility = Facility.Parse(FacilityYaml, "station.yaml");
        var engine = ComplianceEngine.Create(rules, new EngineOptions { AsOf = s_asOf });
        return (engine.Evaluate(facility), facility);
    }

    private static string Render(string format, ReportLanguage language)
    {
        var (report, facility) = Evaluate();
        var options = new ReportOptions { Language = language };
        return format switch
        {
            "txt" => TextReportWriter.ToText(report, options),
            "md" => MarkdownReportWriter.ToMarkdown(report, options),
            "html" => HtmlReportWriter.ToHtml(report, facility, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    [TestCase("txt", ReportLanguage.English)]
    [TestCase("txt", ReportLanguage.Korean)]
    [TestCase("txt", ReportLanguage.Japanese)]
    [TestCase("md", ReportLanguage.English)]
    [TestCase("md", ReportLanguage.Korean)]
    [TestCase("md", ReportLanguage.Japanese)]
    [TestCase("html", ReportLanguage.English)]
    [TestCase("html", ReportLanguage.Korean)]
    [TestCase("html", ReportLanguage.Japanese)]
    public void A_report_in_each_language_matches_its_golden_file(string format, ReportLanguage language)
    {
        var text = Render(format, language);
        Render(format, language).Should().Be(text, "the same facility and rules give the same report byte for byte");

        var path = RepositoryPaths.Of("tests", "HydrogenSafety.Tests", "Reporting", "Languages", $"station.{language.Code()}.{format}");
        if (Environment.GetEnvironmentVariable("H2SAFETY_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text);
        }

        File.Exists(path).Should().BeTrue($"{path} is generated by this test (H2SAFETY_UPDATE_DOCS=1)");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(text, "the golden file {0} must match; regenerate it when the change is meant", path);
    }

    [Test]
    public void English_is_the_default_and_unchanged()
    {
        var (report, facility) = Evaluate();
        TextReportWriter.ToText(report, new ReportOptions { Language = ReportLanguage.English }).Should().Be(TextReportWriter.ToText(report));
        MarkdownReportWriter.ToMarkdown(report, new ReportOptions { Language = ReportLanguage.English }).Should().Be(MarkdownReportWriter.ToMarkdown(report));
        HtmlReportWriter.ToHtml(report, facility, new ReportOptions { Language = ReportLanguage.English }).Should().Be(HtmlReportWriter.ToHtml(report, facility));
        JsonReportWriter.ToJson(report, new ReportOptions { Language = ReportLanguage.English }).Should().Be(JsonReportWriter.ToJson(report));
    }

    [Test]
    public void A_translated_message_is_rendered_with_the_same_subject_values()
    {
        var (report, _) = Evaluate();
        var finding = report.Findings.Single(f => f.RuleId == "KR-T-SEP" && f.Outcome == Outcome.Violation);

        finding.Message.Should().Be("저장-1 is 10 m from 학교; 17 m needed");
        finding.MessageIn("ko").Should().Be("저장-1와(과) 보호시설 학교 사이 거리 10 m (17 m 이상 필요)");
        finding.MessageIn("ja").Should().Be("저장-1 と保安物件 학교 の距離 10 m（17 m 以上必要）");
        finding.TitleIn("ko").Should().Be("저장설비와 보호시설 사이의 안전거리 확보");
        finding.RemediationIn("ja").Should().Be("貯蔵設備または保安物件を移設すること。");
    }

    [Test]
    public void Each_field_falls_back_to_English_on_its_own()
    {
        var (report, _) = Evaluate();
        var prd = report.Findings.Single(f => f.RuleId == "KR-T-PRD" && f.Outcome == Outcome.Violation);

        prd.TitleIn("ko").Should().Be("저장탱크 안전밸브 설치");
        prd.MessageIn("ko").Should().Be(prd.Message, "the Korean translation has no message");
        prd.RemediationIn("ko").Should().Be("Fit a pressure relief device.", "nor a remediation");
        prd.RemediationIn("ja").Should().Be("安全弁を設置すること。");
        prd.TitleIn("fr").Should().Be("Vessels have a pressure relief device", "a language without a translation is English");

        var detector = report.Findings.Single(f => f.RuleId == "JP-T-DETECTOR");
        detector.MessageIn("ja").Should().Be("ディスペンサーのガス漏えい検知警報設備", "a rule without a message template shows its title, translated");
        detector.MessageIn("ko").Should().Be(detector.Message);
    }

    [Test]
    public void A_waived_finding_keeps_its_translations()
    {
        var rules = RuleSet.Parse(Rules, "languages.yaml");
        var facility = Facility.Parse(FacilityYaml + """

            waivers:
              - rule: KR-T-SEP
                components: [저장-1]
                reason: 방호벽 설치
                approved_by: KGS 2026-01
                expires: 2027-01-01
            """, "station.yaml");
        var report = ComplianceEngine.Create(rules, new EngineOptions { AsOf = s_asOf }).Evaluate(facility);

        var waived = report.Findings.Single(f => f.Outcome == Outcome.Waived);
        waived.MessageIn("ko").Should().StartWith("저장-1와(과) 보호시설 학교");
        TextReportWriter.ToText(report, new ReportOptions { Language = ReportLanguage.Korean })
            .Should().Contain("면제: 방호벽 설치 (승인: KGS 2026-01, 만료일: 2027-01-01; 원래 결과: 위반)");
    }

    [Test]
    public void Json_and_sarif_keep_machine_words_but_carry_the_translated_text()
    {
        var (report, facility) = Evaluate();
        var options = new ReportOptions { Language = ReportLanguage.Korean };
        var json = JsonReportWriter.ToJson(report, options);
        json.Should().Contain("\"language\": \"ko\"").And.Contain("\"outcome\": \"violation\"")
            .And.Contain("\"title\": \"저장설비와 보호시설 사이의 안전거리 확보\"").And.Contain("저장설비 또는 보호시설을 옮기십시오.");

        var sarif = SarifReportWriter.ToSarif([report], RuleSet.Parse(Rules, "languages.yaml"), [facility], options);
        sarif.Should().Contain("\"language\": \"ko\"").And.Contain("\"level\": \"error\"").And.Contain("저장설비와 보호시설 사이의 안전거리 확보");
        SarifSchema.AssertValid(sarif);
        JUnitReportWriter.ToJUnit(report, options).Should().Contain("저장-1와(과) 보호시설 학교");
    }

    [Test]
    public void The_text_report_aligns_rule_ids_whatever_the_width_of_the_outcome()
    {
        foreach (var language in new[] { ReportLanguage.Korean, ReportLanguage.Japanese })
        {
            var (report, _) = Evaluate();
            var text = TextReportWriter.ToText(report, new ReportOptions { Language = language, ShowPasses = true });
            var headlines = text.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("    ", StringComparison.Ordinal)).ToList();
            headlines.Should().HaveCountGreaterThan(2);
            var columns = headlines.Select(l =>
            {
                var at = l.IndexOf(" KR-", StringComparison.Ordinal);
                return DisplayWidth.Of(l[..(at >= 0 ? at : l.IndexOf(" JP-", StringComparison.Ordinal))]);
            }).Distinct().ToList();
            columns.Should().ContainSingle($"every rule id starts in the same terminal column in {language}:\n{text}");
        }
    }

    [Test]
    public void Translation_fallbacks_are_counted_per_rule_language_and_field()
    {
        var fallbacks = TranslationCoverage.Of(RuleSet.Parse(Rules, "languages.yaml").Rules);

        fallbacks.Select(f => $"{f.RuleId} {f.Language}: {string.Join(",", f.Fields)}{(f.MissingTranslation ? " (none)" : string.Empty)}")
            .Should().BeEquivalentTo(
                "KR-T-PRD ja: message",
                "KR-T-PRD ko: message,remediation",
                "JP-T-DETECTOR ja: remediation",
                "JP-T-DETECTOR ko: title,remediation (none)");
        TranslationCoverage.Summary(fallbacks).Should().Be("translation fallbacks: ja 2 fields in 2 rules, ko 4 fields in 2 rules");
        fallbacks.Single(f => f.RuleId == "KR-T-PRD" && f.Language == "ja").ToString().Should().MatchRegex(@"^languages\.yaml:\d+:\d+: info H2S0314: rule KR-T-PRD's `ja` translation has no message: reports in ja show English for it$");
    }
}

using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;
using HydrogenSafety.Tests.Docs;

namespace HydrogenSafety.Tests.Reporting;

/// <summary>
/// Evidence statements and decision sentences in the report's language (<see cref="ReportOptions.Language"/>): each
/// kind of statement worded in English, Korean and Japanese, and golden reports of every format in each language
/// under <c>tests/HydrogenSafety.Tests/Reporting/Languages/evidence.*</c>. Regenerate with:
/// <c>H2SAFETY_UPDATE_DOCS=1 dotnet test tests/HydrogenSafety.Tests --filter LanguageReport</c>.
/// </summary>
public class LocalisedEvidenceTests
{
    internal const string Rules = """
        tables:
          ev_intake:
            source: { document: "KGS FP216", edition: "2024", clause: "표 2.1" }
            key: pressure
            rows:
              - { upto: 1 MPa, air_intake: 5 m }
              - { over: 1 MPa, upto: 100 MPa, air_intake: 12 m }
        rules:
          - id: KR-E-INTAKE
            title: Storage is separated from air intakes
            stage: storage
            severity: high
            jurisdictions: [KR]
            source: { document: "KGS FP216", edition: "2024", clause: "2.1.2", confidence: H }
            for: { vessel: storage_vessel, intake: air_intake }
            require: "distance(vessel, intake) >= ev_intake(vessel.pressure).air_intake"
            translations:
              ko: { title: 저장설비와 흡기구 사이의 거리 }
              ja: { title: 貯蔵設備と吸気口との距離 }
          - id: KR-E-PRESSURE
            title: Storage pressure stays within the design limit
            stage: storage
            severity: medium
            jurisdictions: [KR]
            source: { document: "KGS FP216", edition: "2024", clause: "2.2", confidence: H }
            for: { vessel: storage_vessel }
            require: "vessel.pressure <= 70 MPa"
            translations:
              ko: { title: 저장 압력은 설계 한도 이내 }
              ja: { title: 貯蔵圧力は設計限度以内 }
          - id: KR-E-PHASE
            title: Storage holds gaseous hydrogen
            stage: storage
            severity: low
            jurisdictions: [KR]
            source: { document: "KGS FP216", edition: "2024", clause: "1.1", confidence: H }
            for: { vessel: storage_vessel }
            require: "vessel.phase in ['gas']"
            translations:
              ko: { title: 저장설비는 기체 수소 }
              ja: { title: 貯蔵設備は気体水素 }
          - id: KR-E-TEMP
            title: Storage temperature is within the operating band
            stage: storage
            severity: low
            jurisdictions: [KR]
            source: { document: "KGS FP216", edition: "2024", clause: "2.3", confidence: H }
            for: { vessel: storage_vessel }
            require: "vessel.temperature between 15 degC and 25 degC"
            translations:
              ko: { title: 저장 온도는 운전 범위 이내 }
              ja: { title: 貯蔵温度は運転範囲内 }
        """;

    internal const string FacilityYaml = """
        facility:
          id: 울산-hrs
          jurisdiction: KR
        components:
          - { id: 저장-1, kind: storage_vessel, phase: liquid, pressure: 82 MPa, temperature: 30 degC, position: [0, 0] }
          - { id: TK-2, kind: storage_vessel, phase: gas, pressure: 40 MPa, position: [40, 0] }
          - { id: 흡기-1, kind: air_intake, position: [10, 0] }
        """;

    private static readonly DateOnly s_asOf = new(2026, 6, 1);

    private static ComplianceReport Evaluate()
    {
        var rules = RuleSet.Parse(Rules, "evidence.yaml");
        var facility = Facility.Parse(FacilityYaml, "station.yaml");
        return ComplianceEngine.Create(rules, new EngineOptions { AsOf = s_asOf }).Evaluate(facility);
    }

    private static string Render(string format, ReportLanguage language)
    {
        var report = Evaluate();
        return format switch
        {
            "txt" => TextReportWriter.ToText(report, new ReportOptions { Language = language }),
            "v.txt" => TextReportWriter.ToText(report, new ReportOptions { Language = language, TextDetail = TextDetail.Verbose, ShowPasses = true }),
            "explain.txt" => TextReportWriter.ToText(report, new ReportOptions { Language = language, TextDetail = TextDetail.Explain, ShowPasses = true }),
            "md" => MarkdownReportWriter.ToMarkdown(report, new ReportOptions { Language = language }),
            "json" => JsonReportWriter.ToJson(report, new ReportOptions { Language = language }),
            "junit.xml" => JUnitReportWriter.ToJUnit(report, new ReportOptions { Language = language }),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    [Test]
    public void Each_kind_of_statement_is_worded_in_each_language()
    {
        var shortBy = EvidenceSentence.Comparison(">=", "17 m", "16.5 m", EvidenceGap.Short, "0.508 m");
        ReportStrings.English.Statement(shortBy).Should().Be("expected ≥ 17 m, got 16.5 m: short by 0.508 m");
        ReportStrings.Korean.Statement(shortBy).Should().Be("기준 ≥ 17 m, 실측 16.5 m: 0.508 m 부족");
        ReportStrings.Japanese.Statement(shortBy).Should().Be("基準 ≥ 17 m、実測 16.5 m：0.508 m 不足");

        var margin = EvidenceSentence.Comparison(">=", "17 m", "20 m", EvidenceGap.Margin, "3 m");
        ReportStrings.English.Statement(margin).Should().Be("expected ≥ 17 m, got 20 m: margin 3 m");
        ReportStrings.Korean.Statement(margin).Should().Be("기준 ≥ 17 m, 실측 20 m: 3 m 여유");
        ReportStrings.Japanese.Statement(margin).Should().Be("基準 ≥ 17 m、実測 20 m：3 m 余裕");

        var exceeds = EvidenceSentence.Comparison("<=", "70 MPa", "82 MPa", EvidenceGap.Exceeds, "12 MPa");
        ReportStrings.Korean.Statement(exceeds).Should().Be("기준 ≤ 70 MPa, 실측 82 MPa: 12 MPa 초과");
        ReportStrings.Japanese.Statement(exceeds).Should().Be("基準 ≤ 70 MPa、実測 82 MPa：12 MPa 超過");

        var unknown = EvidenceSentence.Comparison("==", "true", null);
        ReportStrings.English.Statement(unknown).Should().Be("expected true, got not recorded");
        ReportStrings.Korean.Statement(unknown).Should().Be("기준 true, 실측 기록 없음");
        ReportStrings.Japanese.Statement(unknown).Should().Be("基準 true、実測 記録なし");

        var between = EvidenceSentence.Comparison("between", "[15 degC, 25 degC]", "30 degC");
        ReportStrings.English.Statement(between).Should().Be("expected between 15 degC and 25 degC, got 30 degC");
        ReportStrings.Korean.Statement(between).Should().Be("기준 15 degC ~ 25 degC, 실측 30 degC");
        ReportStrings.Japanese.Statement(between).Should().Be("基準 15 degC ～ 25 degC、実測 30 degC");

        var oneOf = EvidenceSentence.Comparison("in", "['gas']", "'liquid'");
        ReportStrings.Korean.Statement(oneOf).Should().Be("기준 ['gas'] 중 하나, 실측 'liquid'");
        ReportStrings.Japanese.Statement(oneOf).Should().Be("基準 ['gas'] のいずれか、実測 'liquid'");

        var row = EvidenceSentence.Row("1 MPa", "100 MPa", "air_intake", "12 m");
        ReportStrings.English.Statement(row).Should().Be("band over 1 MPa up to 100 MPa: air_intake 12 m");
        ReportStrings.Korean.Statement(row).Should().Be("구간 1 MPa 초과 100 MPa 이하: air_intake 12 m");
        ReportStrings.Japanese.Statement(row).Should().Be("区分 1 MPa 超 100 MPa 以下：air_intake 12 m");
        ReportStrings.Korean.Statement(EvidenceSentence.Row(null, "1 MPa", "lot_line", null)).Should().Be("구간 1 MPa 이하: lot_line 없음");
    }

    [Test]
    public void The_English_wording_of_every_evaluated_statement_is_its_Statement_byte_for_byte()
    {
        var evidence = Evaluate().Findings.SelectMany(f => f.Evidence.Concat(f.EvidenceTrace)).Where(e => e.Statement is not null).ToList();
        evidence.Should().NotBeEmpty();
        evidence.Should().OnlyContain(e => e.Sentence != null, "the evaluator records the structured form of every statement");
        foreach (var e in evidence)
        {
            ReportStrings.English.Statement(e.Sentence!).Should().Be(e.Statement);
            ReportStrings.English.Statement(e).Should().Be(e.Statement);
        }
    }

    [Test]
    public void Evidence_made_outside_the_evaluator_prints_its_statement_as_it_is()
    {
        var e = new Evidence("x >= 1", Statement: "given by hand");
        ReportStrings.Korean.Statement(e).Should().Be("given by hand");
        ReportStrings.Japanese.Statement(new Evidence("x")).Should().BeNull();
    }

    [Test]
    public void Json_keeps_its_machine_fields_and_words_the_statement_in_the_language()
    {
        var english = Render("json", ReportLanguage.English);
        var korean = Render("json", ReportLanguage.Korean);
        korean.Should().Contain("\"statement\": \"기준 ≥ 12 m, 실측 10 m: 2 m 부족\"").And.Contain("\"statement\": \"구간 1 MPa 초과 100 MPa 이하: Air intake 12 m\"");
        Render("json", ReportLanguage.Japanese).Should().Contain("\"statement\": \"基準 ≤ 70 MPa、実測 82 MPa：12 MPa 超過\"");
        static IEnumerable<string> Machine(string json) => json.Split('\n').Where(l => !l.Contains("\"statement\"", StringComparison.Ordinal)
            && !l.Contains("\"title\"", StringComparison.Ordinal) && !l.Contains("\"message\"", StringComparison.Ordinal) && !l.Contains("\"language\"", StringComparison.Ordinal));
        Machine(korean).Should().Equal(Machine(english), "required, actual, shortfall and margin are the same in every language");
    }

    [Test]
    public void Sarif_and_junit_carry_the_decision_sentence_in_the_language()
    {
        var report = Evaluate();
        var options = new ReportOptions { Language = ReportLanguage.Japanese };
        var sarif = SarifReportWriter.ToSarif([report], RuleSet.Parse(Rules, "evidence.yaml"), null, options);
        sarif.Should().Contain("基準 ≥ 12 m、実測 10 m：2 m 不足").And.NotContain("short by");
        SarifSchema.AssertValid(sarif);
        JUnitReportWriter.ToJUnit(report, new ReportOptions { Language = ReportLanguage.Korean })
            .Should().Contain("기준 ≤ 70 MPa, 실측 82 MPa: 12 MPa 초과").And.NotContain("exceeds by");
    }

    [Test]
    public void The_verbose_text_report_keeps_its_columns_with_wide_characters()
    {
        foreach (var language in new[] { ReportLanguage.Korean, ReportLanguage.Japanese })
        {
            var text = Render("v.txt", language);
            var headlines = text.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("    ", StringComparison.Ordinal)).ToList();
            headlines.Should().HaveCountGreaterThan(3);
            headlines.Select(l => DisplayWidth.Of(l[..l.IndexOf(" KR-", StringComparison.Ordinal)])).Distinct()
                .Should().ContainSingle($"every rule id starts in the same terminal column in {language}:\n{text}");
            text.Should().NotContain("expected").And.NotContain("short by").And.NotContain("margin ").And.NotContain("[table ");
        }
    }

    [TestCase("txt")]
    [TestCase("v.txt")]
    [TestCase("explain.txt")]
    [TestCase("md")]
    [TestCase("json")]
    [TestCase("junit.xml")]
    public void A_LanguageReport_of_the_evidence_matches_its_golden_file_in_each_language(string format)
    {
        foreach (var language in ReportLanguages.All)
        {
            var text = Render(format, language);
            Render(format, language).Should().Be(text, "the same facility and rules give the same report byte for byte");

            var path = RepositoryPaths.Of("tests", "HydrogenSafety.Tests", "Reporting", "Languages", $"evidence.{language.Code()}.{format}");
            if (Environment.GetEnvironmentVariable("H2SAFETY_UPDATE_DOCS") == "1")
            {
                File.WriteAllText(path, text);
            }

            File.Exists(path).Should().BeTrue($"{path} is generated by this test (H2SAFETY_UPDATE_DOCS=1)");
            File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(text, "the golden file {0} must match; regenerate it when the change is meant", path);
        }
    }
}

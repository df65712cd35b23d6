using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>The reports' words in Korean (한국어).</summary>
internal sealed class KoreanReportStrings : ReportStrings
{
    private readonly int _outcomeWidth;

    public KoreanReportStrings() => _outcomeWidth = Enum.GetValues<Outcome>().Max(o => DisplayWidth.Of(Outcome(o)));

    public override ReportLanguage Language => ReportLanguage.Korean;

    public override string Outcome(Outcome outcome) => outcome switch
    {
        Evaluation.Outcome.Pass => "통과",
        Evaluation.Outcome.Violation => "위반",
        Evaluation.Outcome.Indeterminate => "판정 불가",
        Evaluation.Outcome.Waived => "면제",
        Evaluation.Outcome.NotApplicable => "해당 없음",
        Evaluation.Outcome.Error => "오류",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public override string OutcomePhrase(Outcome outcome) => Outcome(outcome);

    public override string OutcomeLabel(Outcome outcome) => Outcome(outcome);

    public override string Severity(Severity severity) => severity switch
    {
        Rules.Severity.Info => "정보",
        Rules.Severity.Low => "낮음",
        Rules.Severity.Medium => "보통",
        Rules.Severity.High => "높음",
        Rules.Severity.Critical => "심각",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    public override string SeverityHeading(Severity severity) => $"[{Severity(severity)}]";

    public override string Status(RuleStatus status) => status switch
    {
        RuleStatus.Enforced => "의무",
        RuleStatus.Advisory => "권고",
        RuleStatus.Draft => "초안",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public override string Stage(Stage stage) => stage switch
    {
        Facilities.Stage.Production => "생산",
        Facilities.Stage.Storage => "저장",
        Facilities.Stage.Transport => "운송",
        Facilities.Stage.Utilization => "활용",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    public override string FacilitySubject => "시설";

    public override string Allowed => "허용";

    public override int OutcomeColumnWidth => _outcomeWidth;

    public override string SummaryLine(OutcomeCounts counts)
    {
        var parts = new List<string>
        {
            $"위반 {N(counts.Violation)}건",
            $"판정 불가 {N(counts.Indeterminate)}건",
            $"오류 {N(counts.Error)}건",
        };
        if (counts.Waived > 0)
        {
            parts.Add($"면제 {N(counts.Waived)}건");
        }

        parts.Add($"통과 {N(counts.Pass)}건");
        parts.Add($"해당 없음 {N(counts.NotApplicable)}건");
        return string.Join(", ", parts);
    }

    public override string TextHeader(string facilityId, string? file, int evaluated, int ruleCount, string asOf) =>
        $"시설 {facilityId}{(file is null ? string.Empty : $" ({file})")}: 규칙 {N(ruleCount)}개 중 {N(evaluated)}개 평가, 기준일 {asOf}";

    public override string RulesEvaluated(int evaluated, int ruleCount) => $"규칙 {N(ruleCount)}개 중 {N(evaluated)}개 평가";

    public override string EvaluatedOf(int evaluated, int ruleCount) => $"{N(ruleCount)}개 중 {N(evaluated)}개 평가";

    public override string ProfileFact(string name) => $"프로파일 {name}";

    public override string AsOfFact(string asOf) => $"기준일 {asOf}";

    public override string NoFindings => "검사 결과 없음";

    public override string NoProblemsOrWaivers => "위반, 판정 불가, 오류 및 면제 없음";

    public override string WarningsHeading => "[경고]";

    public override string ErrorLabel => "오류";

    public override string WaivedLabel => "면제";

    public override string TableTag(string table) => $"표 {table}";

    private protected override string ComparisonStatement(EvidenceSentence s)
    {
        var got = s.Actual ?? "기록 없음";
        var limit = s.Limit == "unknown" ? UnknownValue : s.Limit ?? string.Empty;
        var required = s.Operator switch
        {
            "==" => limit,
            "!=" => $"{limit} 이외",
            "in" => $"{limit} 중 하나",
            "not in" => $"{limit} 모두 아님",
            "between" => s.Bounds() is (var low, { } high) ? $"{low} ~ {high}" : limit,
            _ => $"{EvidenceSentence.Symbol(s.Operator)} {limit}",
        };
        var gap = s.Gap switch
        {
            EvidenceGap.Short => $": {s.GapText} 부족",
            EvidenceGap.Exceeds => $": {s.GapText} 초과",
            EvidenceGap.Margin => $": {s.GapText} 여유",
            _ => string.Empty,
        };
        return $"기준 {required}, 실측 {got}{gap}";
    }

    private protected override string NegatedComparisonStatement(EvidenceSentence s)
    {
        if (s.Actual is null)
        {
            return $"{s.Column} 판정 불가: 기록 없음";
        }

        var sides = s.Sides((value, item) => $"{value} = 목록의 {item}", value => $"{value}: 목록에 없음");
        var gap = s.Gap switch
        {
            EvidenceGap.Short => $": {s.GapText} 부족",
            EvidenceGap.Exceeds => $": {s.GapText} 초과",
            EvidenceGap.Margin => $": {s.GapText} 여유",
            _ => string.Empty,
        };
        return s.Holds ? $"'not' 불충족: {s.Column} 성립 ({sides}){gap}" : $"'not' 충족: {s.Column} 불성립 ({sides}){gap}";
    }

    private protected override string DefinedStatement(EvidenceSentence s) => (s.Negated, s.Holds) switch
    {
        (false, false) => $"기준 {s.Column} 기록, 실측 기록 없음",
        (false, true) => $"{s.Column} 기록: {s.Actual}",
        (true, false) => $"기준 {s.Column} 기록 없음, 실측 {s.Actual}",
        (true, true) => $"{s.Column} 기록 없음",
    };

    private protected override string ExistsStatement(EvidenceSentence s)
    {
        var what = s.What("중");
        var found = s.FoundList(n => $" 외 {N(n)}개");
        return (s.Negated, s.Holds) switch
        {
            (false, false) => $"기준 {what} 1개 이상, 실측 {N(s.Looked)}개 중 없음",
            (false, true) => $"{what}: {found}",
            (true, false) => $"기준 {what} 없음, 실측 {found}",
            (true, true) => $"{what} 없음 ({N(s.Looked)}개 중)",
        };
    }

    private protected override string Band(string? over, string? upTo) => (over, upTo) switch
    {
        ({ } o, { } u) => $"{o} 초과 {u} 이하",
        ({ } o, null) => $"{o} 초과",
        (null, { } u) => $"{u} 이하",
        _ => "전 구간",
    };

    private protected override string RowStatement(string band, string column, string? cell) =>
        cell is null ? $"구간 {band}: {column} 없음" : $"구간 {band}: {column} {cell}";

    public override string EvidenceLabel => "근거";

    public override string MissingLabel => "누락";

    public override string SourceLabel => "출처";

    public override string AtLabel => "위치";

    public override string MoreEvidence(int count) => $" (외 {N(count)}건, -v로 모두 표시)";

    public override string TraceLabel => "추적";

    public override string RemediationLabel => "조치";

    public override string WaiverDetail(string reason, string approvedBy, string expires, string wasOutcome) =>
        $"{reason} (승인: {approvedBy}, 만료일: {expires}; 원래 결과: {wasOutcome})";

    public override string TableRow(string table, string? row) => row is null ? $"표 {table}" : $"표 {table}, 행 {RowBand(row)}";

    public override string OutcomeHeader => "결과";

    public override string CountHeader => "건수";

    public override string SeverityHeader => "심각도";

    public override string RuleHeader => "규칙";

    public override string SubjectsHeader => "대상";

    public override string MessageHeader => "내용";

    public override string SourceHeader => "출처";

    public override string TitleHeader => "제목";

    public override string NoProblems => "위반, 판정 불가 또는 오류가 없습니다.";

    public override string ProblemsHeading => "위반, 판정 불가 및 오류";

    public override string WaivedHeading => "면제";

    public override string PassesHeading => "통과 및 해당 없음";

    public override string WarningsTitle => "경고";

    public override string More(int count) => $"… 외 {N(count)}건 (JSON 또는 SARIF 보고서를 참조하십시오).";

    public override string PageTitle(string facilityId) => $"h2safety 보고서: {facilityId}";

    public override string PageTitleMany(int count) => $"h2safety 보고서: 시설 {N(count)}곳";

    public override string PageHeading => "수소 안전 적합성 보고서";

    public override string FacilityHeading => "시설";

    public override string FileFact => "파일";

    public override string JurisdictionFact => "관할";

    public override string RulesFact => "규칙";

    public override string ProfileLabel => "프로파일";

    public override string AsOfLabel => "기준일";

    public override string DigestFact => "규칙 다이제스트";

    public override string SummaryCaption => "요약";

    public override string PlanCaption(string facilityIdHtml, int separationsDrawn) =>
        $"{facilityIdHtml} 배치도: 위치 단위는 미터(x 동쪽, y 북쪽)입니다. 위반된 이격거리 {N(separationsDrawn)}건을 측정 거리와 요구 거리와 함께 선으로 표시했으며, 점선 원은 요구 이격 범위입니다.";

    public override string NotDrawn => "표시하지 않은 설비(위치 없음): ";

    public override string FindingsHeading => "검사 결과";

    public override string StageHeading(string stage) => $"단계: {stage}";

    public override string WaiversHeading => "면제";

    public override string WasHeader => "원래 결과";

    public override string ReasonHeader => "사유";

    public override string ApprovedByHeader => "승인자";

    public override string ExpiresHeader => "만료일";

    public override string FindingHeader => "검사 결과";

    public override string WarningBadge => "경고";

    public override string Footer(string tool) => $"{tool}(으)로 작성했습니다. 검사 결과는 근거 문서를 인용합니다. 조치하기 전에 인용된 판(edition)을 확인하십시오.";

    public override string CompareHeader(string facilityId, string? file, int profiles, string asOf) =>
        $"시설 {facilityId}{(file is null ? string.Empty : $" ({file})")}: 프로파일 {N(profiles)}개 비교, 기준일 {asOf}.";

    public override string JurisdictionKept(string jurisdiction) =>
        $"시설의 관할({jurisdiction})을 유지합니다: 모든 프로파일에서 다른 관할의 규칙은 제외됩니다.";

    public override string JurisdictionSetAside(string jurisdiction) =>
        $"각 프로파일의 규칙이 적용되도록 시설의 관할({jurisdiction})을 적용하지 않습니다(--keep-jurisdiction으로 유지).";

    public override string CompareRules(int count) => $"규칙 {N(count)}개";

    public override string RulesSelected(int count, string outcomes) => $"{CompareRules(count)} 선택; {outcomes}";

    public override string PartsNote => ": 한 프로파일은 통과, 다른 프로파일은 위반";

    public override string NoRuleApplies => "이 프로파일들에서 선택된 규칙 중 이 시설에 해당하는 규칙이 없습니다(--all로 해당 없는 규칙도 표시).";

    public override string NoRuleSelected => "선택된 규칙 없음";

    public override string Verdict(string verdict) => verdict switch
    {
        "fails" => "위반",
        "passes" => "통과",
        "data missing" => "자료 누락",
        "does not apply" => "해당 없음",
        "no rule" => "규칙 없음",
        _ => verdict,
    };

    public override string CompareField(string field) => field switch
    {
        "source" => "출처",
        "for" => "대상",
        "when" => "조건",
        "requires" => "요건",
        "with" => "매개변수",
        _ => field,
    };

    public override string TopicByTopicHeading => "주제별 결과";

    public override string PartingHeading => "한 프로파일은 통과하고 다른 프로파일은 위반하는 항목";

    public override string CompareProfileHeader => "| 프로파일 | 제목 | 선택된 규칙 | 결과 |";

    public override (string Topic, string Parts) CompareTopicHeader => ("주제", "통과/위반 갈림");

    public override (string Rule, string Requires) CompareRuleHeader => ("규칙", "요건");

    public override string Yes => "예";

    public override string VerdictUnder(string verdict, string profile) => $"{profile}에서 {verdict}";

    public override string ProfileFails(string profile, string rule, string title) => $"{profile}에서 {rule} 위반: {title}";

    public override (string And, string When) CompareJoins => (" 그리고 ", ", 조건 ");

    public override string CompareNeeds(string actual, string op, string required) => $"실측 {actual}, 기준 {op} {required}";

    public override string CompareMissing(string missing) => $"누락: {missing}";

    public override string CompareNotSelected(bool notInProfile) =>
        notInProfile ? "프로파일에 없음" : "선택되지 않음 (관할, 날짜 또는 상태)";

    public override string IdColumn => "ID";

    public override string StageColumn => "단계";

    public override string SeverityColumn => "심각도";

    public override string StatusColumn => "상태";

    public override string CitationColumn => "출처";

    public override string TitleColumn => "제목";

    public override string RuleCount(int count) => $"규칙 {N(count)}개";

    public override string StatusCounts(int enforced, int advisory, int draft) => $"의무 {N(enforced)}개, 권고 {N(advisory)}개, 초안 {N(draft)}개";

    internal override string PlanTitle(string facilityId, int components, int separations) =>
        $"{facilityId} 배치도: 설비 {N(components)}개, 위반된 이격거리 {N(separations)}건";

    internal override string PlanAxisX => "x, 동쪽 (m)";

    internal override string PlanAxisY => "y, 북쪽 (m)";

    internal override string PlanLegend => "범례";

    internal override string PlanViolatedLegend => "위반된 이격거리: 측정 거리 < 요구 거리";

    internal override string PlanClearanceLegend => "요구 이격 범위 (r = 반지름)";

    internal override string PlanWaivedLegend => "면제된 이격거리";

    internal override string PlanCategory(SitePlanSvg.KindCategory category) => category switch
    {
        SitePlanSvg.KindCategory.Vessel => "저장탱크, 용기, 실린더",
        SitePlanSvg.KindCategory.Transport => "튜브트레일러, 탱크로리, 차량, 배관",
        SitePlanSvg.KindCategory.Process => "수전해 설비, 압축기, 연료전지 …",
        SitePlanSvg.KindCategory.Dispenser => "디스펜서(충전기)",
        SitePlanSvg.KindCategory.Detector => "가스·화염 검지기",
        SitePlanSvg.KindCategory.Safety => "긴급차단, 방출관, 방호벽, 환기",
        SitePlanSvg.KindCategory.Exposure => "보호 대상 (경계선, 건물, 흡기구 …)",
        _ => "기타",
    };

    internal override string PlanRequired(string distance) => $"{distance} 필요";

    internal override string PlanClearanceTitle(string from, string required, string rule) => $"{from} 주위 요구 이격 범위: {required} ({rule})";

    internal override string PlanSeparationTitle(string from, string to, string measured, string rules) => $"{from}–{to} 거리 {measured}; {rules}";

    internal override string PlanComponentTitle(string id, string kind, string x, string y) => $"{id} ({kind}) 위치 x {x} m, y {y} m";

    public override string RuleListSummary(int listed, int total, string? profile, string statusCounts) =>
        profile is null ? $"{RuleCount(listed)}: {statusCounts}" : $"프로파일 {profile}이(가) 규칙 {N(total)}개 중 {N(listed)}개 선택: {statusCounts}";

    // ---- phrases (ReportStrings.Phrases.cs) ----

    private protected override string SubjectsWhole => "시설 전체에 대해 (시설당 결과 1건)";

    private protected override string SubjectsEach(string joined, bool several) =>
        several ? $"각 {joined}에 대해 (서로 다른 설비)" : $"각 {joined}에 대해";

    private protected override string AnyComponent => "모든 설비";

    private protected override string KindWord(string kind) => kind;

    private protected override (string Comma, string Or, string And, string Where) SubjectJoins => (", ", " 또는 ", " 및 ", ", 조건: ");

    internal override string NoComponentMatches(string kinds) => $"규칙의 대상에 해당하는 설비 없음 ({kinds})";

    internal override string UnknownValue => "미상";

    internal override string ErrorValue => "(오류)";

    internal override string JUnitLabel(string field) => field switch
    {
        "subjects" => "대상",
        "citation" => "출처",
        "remediation" => "조치",
        _ => field,
    };

    internal override string AdvisorySkip(string status, string failure) => $"{status} 규칙이므로 실행을 실패시키지 않음: {failure}";
}

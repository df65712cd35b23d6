using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>The reports' words in Japanese (日本語).</summary>
internal sealed class JapaneseReportStrings : ReportStrings
{
    private readonly int _outcomeWidth;

    public JapaneseReportStrings() => _outcomeWidth = Enum.GetValues<Outcome>().Max(o => DisplayWidth.Of(Outcome(o)));

    public override ReportLanguage Language => ReportLanguage.Japanese;

    public override string Outcome(Outcome outcome) => outcome switch
    {
        Evaluation.Outcome.Pass => "適合",
        Evaluation.Outcome.Violation => "違反",
        Evaluation.Outcome.Indeterminate => "判定不能",
        Evaluation.Outcome.Waived => "免除",
        Evaluation.Outcome.NotApplicable => "対象外",
        Evaluation.Outcome.Error => "エラー",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public override string OutcomePhrase(Outcome outcome) => Outcome(outcome);

    public override string OutcomeLabel(Outcome outcome) => Outcome(outcome);

    public override string Severity(Severity severity) => severity switch
    {
        Rules.Severity.Info => "情報",
        Rules.Severity.Low => "低",
        Rules.Severity.Medium => "中",
        Rules.Severity.High => "高",
        Rules.Severity.Critical => "重大",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    public override string SeverityHeading(Severity severity) => $"[{Severity(severity)}]";

    public override string Status(RuleStatus status) => status switch
    {
        RuleStatus.Enforced => "義務",
        RuleStatus.Advisory => "勧告",
        RuleStatus.Draft => "草案",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public override string Stage(Stage stage) => stage switch
    {
        Facilities.Stage.Production => "製造",
        Facilities.Stage.Storage => "貯蔵",
        Facilities.Stage.Transport => "輸送",
        Facilities.Stage.Utilization => "利用",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    public override string FacilitySubject => "施設";

    public override string Allowed => "許容";

    public override int OutcomeColumnWidth => _outcomeWidth;

    public override string SummaryLine(OutcomeCounts counts)
    {
        var parts = new List<string>
        {
            $"違反 {N(counts.Violation)}件",
            $"判定不能 {N(counts.Indeterminate)}件",
            $"エラー {N(counts.Error)}件",
        };
        if (counts.Waived > 0)
        {
            parts.Add($"免除 {N(counts.Waived)}件");
        }

        parts.Add($"適合 {N(counts.Pass)}件");
        parts.Add($"対象外 {N(counts.NotApplicable)}件");
        return string.Join("、", parts);
    }

    public override string TextHeader(string facilityId, string? file, int evaluated, int ruleCount, string asOf) =>
        $"施設 {facilityId}{(file is null ? string.Empty : $" ({file})")}: 規則 {N(ruleCount)}件中 {N(evaluated)}件を評価、基準日 {asOf}";

    public override string RulesEvaluated(int evaluated, int ruleCount) => $"規則 {N(ruleCount)}件中 {N(evaluated)}件を評価";

    public override string EvaluatedOf(int evaluated, int ruleCount) => $"{N(ruleCount)}件中 {N(evaluated)}件を評価";

    public override string ProfileFact(string name) => $"プロファイル {name}";

    public override string AsOfFact(string asOf) => $"基準日 {asOf}";

    public override string NoFindings => "所見なし";

    public override string NoProblemsOrWaivers => "違反・判定不能・エラー・免除なし";

    public override string WarningsHeading => "[警告]";

    public override string ErrorLabel => "エラー";

    public override string WaivedLabel => "免除";

    public override string TableTag(string table) => $"表 {table}";

    private protected override string ComparisonStatement(EvidenceSentence s)
    {
        var got = s.Actual ?? "記録なし";
        var limit = s.Limit == "unknown" ? UnknownValue : s.Limit ?? string.Empty;
        var required = s.Operator switch
        {
            "==" => limit,
            "!=" => $"{limit} 以外",
            "in" => $"{limit} のいずれか",
            "not in" => $"{limit} のいずれでもない",
            "between" => s.Bounds() is (var low, { } high) ? $"{low} ～ {high}" : limit,
            _ => $"{EvidenceSentence.Symbol(s.Operator)} {limit}",
        };
        var gap = s.Gap switch
        {
            EvidenceGap.Short => $"：{s.GapText} 不足",
            EvidenceGap.Exceeds => $"：{s.GapText} 超過",
            EvidenceGap.Margin => $"：{s.GapText} 余裕",
            _ => string.Empty,
        };
        return $"基準 {required}、実測 {got}{gap}";
    }

    private protected override string NegatedComparisonStatement(EvidenceSentence s)
    {
        if (s.Actual is null)
        {
            return $"{s.Column} は判定不能：記録なし";
        }

        var sides = s.Sides((value, item) => $"{value} = リストの {item}", value => $"{value}：リストにない");
        var gap = s.Gap switch
        {
            EvidenceGap.Short => $"：{s.GapText} 不足",
            EvidenceGap.Exceeds => $"：{s.GapText} 超過",
            EvidenceGap.Margin => $"：{s.GapText} 余裕",
            _ => string.Empty,
        };
        return s.Holds ? $"'not' を満たさない：{s.Column} が成立 ({sides}){gap}" : $"'not' を満たす：{s.Column} は不成立 ({sides}){gap}";
    }

    private protected override string DefinedStatement(EvidenceSentence s) => (s.Negated, s.Holds) switch
    {
        (false, false) => $"基準 {s.Column} 記録あり、実測 記録なし",
        (false, true) => $"{s.Column} 記録あり：{s.Actual}",
        (true, false) => $"基準 {s.Column} 記録なし、実測 {s.Actual}",
        (true, true) => $"{s.Column} 記録なし",
    };

    private protected override string ExistsStatement(EvidenceSentence s)
    {
        var what = s.What("のうち");
        var found = s.FoundList(n => $" ほか {N(n)} 件");
        return (s.Negated, s.Holds) switch
        {
            (false, false) => $"基準 {what} が1件以上、実測 {N(s.Looked)} 件中なし",
            (false, true) => $"{what}：{found}",
            (true, false) => $"基準 {what} なし、実測 {found}",
            (true, true) => $"{what} なし（{N(s.Looked)} 件中）",
        };
    }

    private protected override string Band(string? over, string? upTo) => (over, upTo) switch
    {
        ({ } o, { } u) => $"{o} 超 {u} 以下",
        ({ } o, null) => $"{o} 超",
        (null, { } u) => $"{u} 以下",
        _ => "全区分",
    };

    private protected override string RowStatement(string band, string column, string? cell) =>
        cell is null ? $"区分 {band}：{column} なし" : $"区分 {band}：{column} {cell}";

    public override string EvidenceLabel => "根拠";

    public override string MissingLabel => "不足";

    public override string SourceLabel => "出典";

    public override string AtLabel => "位置";

    public override string MoreEvidence(int count) => $" (ほか {N(count)}件、-v ですべて表示)";

    public override string TraceLabel => "追跡";

    public override string RemediationLabel => "対策";

    public override string WaiverDetail(string reason, string approvedBy, string expires, string wasOutcome) =>
        $"{reason} (承認: {approvedBy}、期限: {expires}、元の結果: {wasOutcome})";

    public override string TableRow(string table, string? row) => row is null ? $"表 {table}" : $"表 {table}、行 {RowBand(row)}";

    public override string OutcomeHeader => "結果";

    public override string CountHeader => "件数";

    public override string SeverityHeader => "重大度";

    public override string RuleHeader => "規則";

    public override string SubjectsHeader => "対象";

    public override string MessageHeader => "内容";

    public override string SourceHeader => "出典";

    public override string TitleHeader => "表題";

    public override string NoProblems => "違反・判定不能・エラーはありません。";

    public override string ProblemsHeading => "違反・判定不能・エラー";

    public override string WaivedHeading => "免除";

    public override string PassesHeading => "適合・対象外";

    public override string WarningsTitle => "警告";

    public override string More(int count) => $"… ほか {N(count)}件 (JSON または SARIF レポートを参照)。";

    public override string PageTitle(string facilityId) => $"h2safety レポート: {facilityId}";

    public override string PageTitleMany(int count) => $"h2safety レポート: {N(count)} 施設";

    public override string PageHeading => "水素安全適合性レポート";

    public override string FacilityHeading => "施設";

    public override string FileFact => "ファイル";

    public override string JurisdictionFact => "管轄";

    public override string RulesFact => "規則";

    public override string ProfileLabel => "プロファイル";

    public override string AsOfLabel => "基準日";

    public override string DigestFact => "規則ダイジェスト";

    public override string SummaryCaption => "要約";

    public override string PlanCaption(string facilityIdHtml, int separationsDrawn) =>
        $"{facilityIdHtml} の配置図: 位置はメートル単位 (x 東、y 北)。違反した離隔距離 {N(separationsDrawn)}件を実測距離と必要距離付きの線で示し、破線の円は必要な離隔範囲を示す。";

    public override string NotDrawn => "未描画 (位置なし): ";

    public override string FindingsHeading => "所見";

    public override string StageHeading(string stage) => $"段階: {stage}";

    public override string WaiversHeading => "免除";

    public override string WasHeader => "元の結果";

    public override string ReasonHeader => "理由";

    public override string ApprovedByHeader => "承認者";

    public override string ExpiresHeader => "期限";

    public override string FindingHeader => "所見";

    public override string WarningBadge => "警告";

    public override string Footer(string tool) => $"{tool} で作成。所見は出典文書を引用しています。対応の前に、引用された版を確認してください。";

    public override string CompareHeader(string facilityId, string? file, int profiles, string asOf) =>
        $"施設 {facilityId}{(file is null ? string.Empty : $" ({file})")}：プロファイル {N(profiles)}件で比較、基準日 {asOf}。";

    public override string JurisdictionKept(string jurisdiction) =>
        $"施設の管轄（{jurisdiction}）を維持します：どのプロファイルでも他の管轄の規則は除外されます。";

    public override string JurisdictionSetAside(string jurisdiction) =>
        $"各プロファイルの規則が適用されるよう、施設の管轄（{jurisdiction}）は適用しません（--keep-jurisdiction で維持）。";

    public override string CompareRules(int count) => $"規則 {N(count)}件";

    public override string RulesSelected(int count, string outcomes) => $"{CompareRules(count)}を選択；{outcomes}";

    public override string PartsNote => "：一方のプロファイルで適合、他方で違反";

    public override string NoRuleApplies => "これらのプロファイルで選択された規則のうち、この施設に該当するものはありません（--all で対象外の規則も表示）。";

    public override string NoRuleSelected => "選択された規則なし";

    public override string Verdict(string verdict) => verdict switch
    {
        "fails" => "違反",
        "passes" => "適合",
        "data missing" => "データ不足",
        "does not apply" => "対象外",
        "no rule" => "規則なし",
        _ => verdict,
    };

    public override string CompareField(string field) => field switch
    {
        "source" => "出典",
        "for" => "対象",
        "when" => "条件",
        "requires" => "要件",
        "with" => "パラメータ",
        _ => field,
    };

    public override string TopicByTopicHeading => "トピック別の結果";

    public override string PartingHeading => "一方のプロファイルで適合し他方で違反する項目";

    public override string CompareProfileHeader => "| プロファイル | 名称 | 選択された規則 | 結果 |";

    public override (string Topic, string Parts) CompareTopicHeader => ("トピック", "適合と違反の分かれ");

    public override (string Rule, string Requires) CompareRuleHeader => ("規則", "要件");

    public override string Yes => "あり";

    public override string VerdictUnder(string verdict, string profile) => $"{profile} で{verdict}";

    public override string ProfileFails(string profile, string rule, string title) => $"{profile} で {rule} に違反：{title}";

    public override (string And, string When) CompareJoins => (" かつ ", "、条件 ");

    public override string CompareNeeds(string actual, string op, string required) => $"実測 {actual}、基準 {op} {required}";

    public override string CompareMissing(string missing) => $"不足：{missing}";

    public override string CompareNotSelected(bool notInProfile) =>
        notInProfile ? "プロファイル対象外" : "選択対象外（管轄・日付・状態）";

    public override string IdColumn => "ID";

    public override string StageColumn => "段階";

    public override string SeverityColumn => "重大度";

    public override string StatusColumn => "状態";

    public override string CitationColumn => "出典";

    public override string TitleColumn => "表題";

    public override string RuleCount(int count) => $"規則 {N(count)}件";

    public override string StatusCounts(int enforced, int advisory, int draft) => $"義務 {N(enforced)}件、勧告 {N(advisory)}件、草案 {N(draft)}件";

    internal override string PlanTitle(string facilityId, int components, int separations) =>
        $"{facilityId} の配置図: 設備 {N(components)}件、違反した離隔距離 {N(separations)}件";

    internal override string PlanAxisX => "x、東 (m)";

    internal override string PlanAxisY => "y、北 (m)";

    internal override string PlanLegend => "凡例";

    internal override string PlanViolatedLegend => "違反した離隔距離: 実測距離 < 必要距離";

    internal override string PlanClearanceLegend => "必要な離隔範囲 (r = 半径)";

    internal override string PlanWaivedLegend => "免除された離隔距離";

    internal override string PlanCategory(SitePlanSvg.KindCategory category) => category switch
    {
        SitePlanSvg.KindCategory.Vessel => "貯槽、容器、シリンダー",
        SitePlanSvg.KindCategory.Transport => "トレーラー、タンクローリー、車両、配管",
        SitePlanSvg.KindCategory.Process => "水電解装置、圧縮機、燃料電池 …",
        SitePlanSvg.KindCategory.Dispenser => "ディスペンサー",
        SitePlanSvg.KindCategory.Detector => "ガス・火炎検知器",
        SitePlanSvg.KindCategory.Safety => "緊急遮断、放出管、障壁、換気",
        SitePlanSvg.KindCategory.Exposure => "保安物件等 (敷地境界、建物、給気口 …)",
        _ => "その他",
    };

    internal override string PlanRequired(string distance) => $"{distance} 必要";

    internal override string PlanClearanceTitle(string from, string required, string rule) => $"{from} の周囲に必要な離隔範囲: {required} ({rule})";

    internal override string PlanSeparationTitle(string from, string to, string measured, string rules) => $"{from}–{to} の距離 {measured}; {rules}";

    internal override string PlanComponentTitle(string id, string kind, string x, string y) => $"{id} ({kind}) 位置 x {x} m、y {y} m";

    public override string RuleListSummary(int listed, int total, string? profile, string statusCounts) =>
        profile is null ? $"{RuleCount(listed)}: {statusCounts}" : $"プロファイル {profile} が規則 {N(total)}件中 {N(listed)}件を選択: {statusCounts}";

    // ---- phrases (ReportStrings.Phrases.cs) ----

    private protected override string SubjectsWhole => "施設全体について（施設ごとに結果1件）";

    private protected override string SubjectsEach(string joined, bool several) =>
        several ? $"各 {joined} について（それぞれ別の設備）" : $"各 {joined} について";

    private protected override string AnyComponent => "すべての設備";

    private protected override string KindWord(string kind) => kind;

    private protected override (string Comma, string Or, string And, string Where) SubjectJoins => ("、", " または ", " および ", "、条件: ");

    internal override string NoComponentMatches(string kinds) => $"規則の対象に該当する設備なし（{kinds}）";

    internal override string UnknownValue => "不明";

    internal override string ErrorValue => "(エラー)";

    internal override string JUnitLabel(string field) => field switch
    {
        "subjects" => "対象",
        "citation" => "出典",
        "remediation" => "対策",
        _ => field,
    };

    internal override string AdvisorySkip(string status, string failure) => $"{status}の規則のため実行は失敗しない: {failure}";
}

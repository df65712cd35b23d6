using HydrogenSafety.Reporting;

namespace HydrogenSafety.Cli.Commands;

/// <summary>
/// The fixed words of <c>explain</c> in one language (the outcome, severity, status and stage names, and the
/// subjects phrase, come from <see cref="ReportStrings"/>). English is what <c>explain</c> has always printed.
/// </summary>
internal sealed class ExplainWords
{
    public static ExplainWords English { get; } = new();

    public static ExplainWords Korean { get; } = new()
    {
        Version = "버전",
        Status = "상태",
        Severity = "심각도",
        Stages = "단계",
        Jurisdictions = "관할",
        InEffect = "시행",
        Tags = "태그",
        Profile = "프로파일",
        Source = "출처",
        DefinedIn = "정의 위치",
        Enforced = "의무 (위반이면 'h2safety check'가 실패)",
        Advisory = "권고 (보고만 하며 실행을 실패시키지 않음)",
        Draft = "초안 (--include-drafts 없이는 평가하지 않음)",
        TailoredBy = " (프로파일 {0}에 맞춤)",
        LeftOutBy = "프로파일 {0}에서 제외",
        SelectedBy = "프로파일 {0}에서 선택",
        Everywhere = "전 지역 (관할 지정 없음)",
        FromUntil = "{0}부터 {1}까지 (포함)",
        From = "{0}부터",
        Until = "{0}까지 (포함)",
        NoDates = "시행일 지정 없음 (선택되면 항상)",
        AppliesTo = "적용 대상",
        OnlyWhen = "다음 조건일 때만:",
        Otherwise = "(그 외에는 결과가 해당 없음)",
        Always = "항상 (`when` 없음): 대상의 모든 조합을 검사한다.",
        Requirement = "요건",
        AllOf = "모두 충족:",
        MissingIsIndeterminate = "시설이 제공하지 않는 값이 필요한 요건은 판정 불가이며, 통과가 아니다.",
        Parameters = "매개변수",
        MayOverride = " (프로파일로 바꿀 수 있음)",
        Tables = "표",
        Message = "메시지",
        Remediation = "조치",
        NoneGiven = "(없음)",
        Tests = "시험 ({0}개; '{1} test'로 실행)",
        NoTests = "(없음)",
        Expects = "기대",
        ApplicableBindings = "적용 조합 {0}개",
        TableKey = "키",
        TableSource = "출처",
        ColumnsRead = "(이 규칙이 읽는 열; 표의 열은 {0}개)",
        Band = "구간",
        GapsAllowed = "(구간 사이 허용: 구간 사이의 값은 행이 없어 판정 불가)",
        OutsideEveryBand = "어느 구간에도 없는 값은 행이 없어 판정 불가이다.",
        FacilityFacts = "시설",
        Type = "유형",
        Jurisdiction = "관할",
        Area = "구역",
        At = "위치",
        NoComponents = "설비 없음",
        Measured = "측정 거리",
        FullStop = ".",
        OverUpTo = "{0} 초과 {1} 이하",
        Over = "{0} 초과",
        UpTo = "{0} 이하",
        AnyValue = "모든 값",
    };

    public static ExplainWords Japanese { get; } = new()
    {
        Version = "版",
        Status = "状態",
        Severity = "重大度",
        Stages = "段階",
        Jurisdictions = "法域",
        InEffect = "施行",
        Tags = "タグ",
        Profile = "プロファイル",
        Source = "出典",
        DefinedIn = "定義箇所",
        Enforced = "義務（違反すると 'h2safety check' は失敗）",
        Advisory = "推奨（報告のみで実行は失敗しない）",
        Draft = "草案（--include-drafts がなければ評価しない）",
        TailoredBy = "（プロファイル {0} による調整）",
        LeftOutBy = "プロファイル {0} では除外",
        SelectedBy = "プロファイル {0} で選択",
        Everywhere = "全地域（法域の指定なし）",
        FromUntil = "{0} から {1} まで（両日を含む）",
        From = "{0} から",
        Until = "{0} まで（当日を含む）",
        NoDates = "施行日の指定なし（選択されれば常に）",
        AppliesTo = "適用対象",
        OnlyWhen = "次の条件のときのみ:",
        Otherwise = "（それ以外は対象外）",
        Always = "常に（`when` なし）: 対象のすべての組合せを検査する。",
        Requirement = "要件",
        AllOf = "すべてを満たすこと:",
        MissingIsIndeterminate = "施設が与えない値を要する要件は判定不能であり、適合ではない。",
        Parameters = "パラメータ",
        MayOverride = "（プロファイルで変更できる）",
        Tables = "表",
        Message = "メッセージ",
        Remediation = "対策",
        NoneGiven = "（なし）",
        Tests = "テスト（{0}件、'{1} test' で実行）",
        NoTests = "（なし）",
        Expects = "期待",
        ApplicableBindings = "適用される組合せ {0}件",
        TableKey = "キー",
        TableSource = "出典",
        ColumnsRead = "（この規則が読む列。表の列は {0}）",
        Band = "区分",
        GapsAllowed = "（区分の間を許容: 区分の間の値には行がなく判定不能）",
        OutsideEveryBand = "どの区分にも入らない値には行がなく、判定不能となる。",
        FacilityFacts = "施設",
        Type = "種類",
        Jurisdiction = "法域",
        Area = "区域",
        At = "位置",
        NoComponents = "設備なし",
        Measured = "測定距離",
        FullStop = "。",
        OverUpTo = "{0} 超 {1} 以下",
        Over = "{0} 超",
        UpTo = "{0} 以下",
        AnyValue = "全区分",
    };

    public string Version { get; private init; } = "version";

    public string Status { get; private init; } = "Status";

    public string Severity { get; private init; } = "Severity";

    public string Stages { get; private init; } = "Stages";

    public string Jurisdictions { get; private init; } = "Jurisdictions";

    public string InEffect { get; private init; } = "In effect";

    public string Tags { get; private init; } = "Tags";

    public string Profile { get; private init; } = "Profile";

    public string Source { get; private init; } = "Source";

    public string DefinedIn { get; private init; } = "Defined in";

    public string Enforced { get; private init; } = "enforced (a violation fails 'h2safety check')";

    public string Advisory { get; private init; } = "advisory (reported, never fails a run)";

    public string Draft { get; private init; } = "draft (not evaluated unless --include-drafts)";

    public string TailoredBy { get; private init; } = " (as tailored by profile {0})";

    public string LeftOutBy { get; private init; } = "left out by profile {0}";

    public string SelectedBy { get; private init; } = "selected by profile {0}";

    public string Everywhere { get; private init; } = "everywhere (no jurisdiction named)";

    public string FromUntil { get; private init; } = "from {0} until {1} (inclusive)";

    public string From { get; private init; } = "from {0}";

    public string Until { get; private init; } = "until {0} (inclusive)";

    public string NoDates { get; private init; } = "no effective dates given (always, when selected)";

    public string AppliesTo { get; private init; } = "Applies to";

    public string OnlyWhen { get; private init; } = "Only when:";

    public string Otherwise { get; private init; } = "(otherwise the outcome is not_applicable)";

    public string Always { get; private init; } = "Always (no `when`): every binding of the subjects is checked.";

    public string Requirement { get; private init; } = "Requirement";

    public string AllOf { get; private init; } = "All of:";

    public string MissingIsIndeterminate { get; private init; } = "A requirement that needs a value the facility does not give is indeterminate, never a pass.";

    public string Parameters { get; private init; } = "Parameters";

    public string MayOverride { get; private init; } = " (a profile may override them)";

    public string Tables { get; private init; } = "Tables";

    public string Message { get; private init; } = "Message";

    public string Remediation { get; private init; } = "Remediation";

    public string NoneGiven { get; private init; } = "(none given)";

    public string Tests { get; private init; } = "Tests ({0}; run them with '{1} test')";

    public string NoTests { get; private init; } = "(none)";

    public string Expects { get; private init; } = "expects";

    /// <summary>English: <c>1 applicable binding</c>, <c>2 applicable bindings</c> (see <see cref="Bindings"/>).</summary>
    public string? ApplicableBindings { get; private init; }

    public string TableKey { get; private init; } = "key";

    public string TableSource { get; private init; } = "source";

    public string ColumnsRead { get; private init; } = "(the columns this rule reads; the table has {0})";

    public string Band { get; private init; } = "band";

    public string GapsAllowed { get; private init; } = "(gaps allowed: a value between bands has no row, and the outcome is indeterminate)";

    public string OutsideEveryBand { get; private init; } = "A value outside every band has no row: the outcome is indeterminate.";

    public string FacilityFacts { get; private init; } = "facility";

    public string Type { get; private init; } = "type";

    public string Jurisdiction { get; private init; } = "jurisdiction";

    public string Area { get; private init; } = "area";

    public string At { get; private init; } = "at";

    public string NoComponents { get; private init; } = "no components";

    public string Measured { get; private init; } = "measured";

    /// <summary>The full stop after the subjects phrase.</summary>
    public string FullStop { get; private init; } = ".";

    /// <summary>A table band with both bounds (English: <c>over {0} up to {1}</c>, as <see cref="Rules.TableRow.Describe()"/>).</summary>
    public string? OverUpTo { get; private init; }

    /// <summary>A band with a lower bound only.</summary>
    public string? Over { get; private init; }

    /// <summary>A band with an upper bound only.</summary>
    public string? UpTo { get; private init; }

    /// <summary>A band without bounds.</summary>
    public string? AnyValue { get; private init; }

    /// <summary>A table row's band in words (English: exactly <see cref="Rules.TableRow.Describe()"/>).</summary>
    public string BandOf(Rules.TableRow row) => (OverUpTo, row.Over, row.Upto) switch
    {
        (null, _, _) => row.Describe(),
        (_, { } o, { } u) => Fill(OverUpTo, o, u),
        (_, { } o, null) => Fill(Over!, o),
        (_, null, { } u) => Fill(UpTo!, u),
        _ => AnyValue!,
    };

    /// <summary>The words of <paramref name="language"/>.</summary>
    public static ExplainWords For(ReportLanguage language) => language switch
    {
        ReportLanguage.Korean => Korean,
        ReportLanguage.Japanese => Japanese,
        _ => English,
    };

    /// <summary>A pattern filled in, invariant.</summary>
    public static string Fill(string pattern, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, args);

    /// <summary>The count of applicable bindings a test expects.</summary>
    public string Bindings(int n) => ApplicableBindings is { } pattern
        ? Fill(pattern, AuthoringText.Number(n))
        : AuthoringText.Count(n, "applicable binding", "applicable bindings");
}

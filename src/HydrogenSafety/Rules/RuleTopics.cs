namespace HydrogenSafety.Rules;

/// <summary>
/// The topics of the rule packs: a rule's first tag names its topic, and coverage files file each clause under
/// one. The order is the order reports show them in (separation distances first).
/// </summary>
public static class RuleTopics
{
    private static readonly IReadOnlyList<(string Topic, string Heading)> s_topics =
    [
        ("separation", "Separation distances"),
        ("detection", "Leak and flame detection"),
        ("emergency-shutdown", "Emergency shutdown"),
        ("pressure-relief", "Pressure relief"),
        ("fueling-protocol", "Fueling protocol"),
        ("inspection", "Inspection intervals"),
        ("storage-limits", "Storage limits"),
        ("marking", "Marking and signs"),
        ("materials", "Materials and design"),
        ("ventilation", "Ventilation"),
        ("production", "Production"),
        ("transport-route", "Transport"),
        ("permit", "Permits and notifications"),
        ("certification", "Certification"),
        ("hazardous-areas", "Hazardous areas"),
        ("fire-protection", "Fire protection"),
    ];

    /// <summary>The headings in Korean and Japanese (a topic without one here falls back to English).</summary>
    private static readonly IReadOnlyDictionary<string, (string Ko, string Ja)> s_translated = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["separation"] = ("이격거리", "離隔距離"),
        ["detection"] = ("누출 및 화염 검지", "漏えい・火炎検知"),
        ["emergency-shutdown"] = ("긴급차단", "緊急遮断"),
        ["pressure-relief"] = ("압력 방출", "圧力放出"),
        ["fueling-protocol"] = ("충전 프로토콜", "充填プロトコル"),
        ["inspection"] = ("검사 주기", "検査周期"),
        ["storage-limits"] = ("저장 한도", "貯蔵量の上限"),
        ["marking"] = ("표시 및 표지", "表示と標識"),
        ["materials"] = ("재료 및 설계", "材料と設計"),
        ["ventilation"] = ("환기", "換気"),
        ["production"] = ("생산", "製造"),
        ["transport-route"] = ("운송", "輸送"),
        ["permit"] = ("허가 및 신고", "許可と届出"),
        ["certification"] = ("인증", "認証"),
        ["hazardous-areas"] = ("위험 장소", "危険区域"),
        ["fire-protection"] = ("소방 설비", "防火設備"),
    };

    private static readonly IReadOnlyDictionary<string, (int Order, string Heading)> s_index =
        s_topics.Select((t, i) => (t, i)).ToDictionary(x => x.t.Topic, x => (x.i, x.t.Heading), StringComparer.Ordinal);

    /// <summary>The topics, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = s_topics.Select(t => t.Topic).ToList();

    /// <summary>True when <paramref name="tag"/> is one of the topics.</summary>
    public static bool IsTopic(string tag) => s_index.ContainsKey(tag);

    /// <summary>The heading of a topic (<c>Separation distances</c>); for a tag that is no topic, the tag itself.</summary>
    public static string Heading(string topic) => s_index.TryGetValue(topic, out var t) ? t.Heading : topic;

    /// <summary>
    /// The heading of a topic in the language <paramref name="language"/> (<c>en</c>, <c>ko</c>, <c>ja</c>): Korean
    /// <c>이격거리</c>, Japanese <c>離隔距離</c>; English where the language or the topic has no translation.
    /// </summary>
    public static string Heading(string topic, string language) => s_translated.TryGetValue(topic, out var t) && language is "ko" or "ja"
        ? (language == "ko" ? t.Ko : t.Ja)
        : Heading(topic);

    /// <summary>
    /// The position of a topic in report order; a tag that is no topic comes after every topic (callers order
    /// those among themselves by name).
    /// </summary>
    public static int Order(string topic) => s_index.TryGetValue(topic, out var t) ? t.Order : s_topics.Count;
}

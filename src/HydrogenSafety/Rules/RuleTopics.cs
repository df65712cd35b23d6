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

    private static readonly IReadOnlyDictionary<string, (int Order, string Heading)> s_index =
        s_topics.Select((t, i) => (t, i)).ToDictionary(x => x.t.Topic, x => (x.i, x.t.Heading), StringComparer.Ordinal);

    /// <summary>The topics, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = s_topics.Select(t => t.Topic).ToList();

    /// <summary>True when <paramref name="tag"/> is one of the topics.</summary>
    public static bool IsTopic(string tag) => s_index.ContainsKey(tag);

    /// <summary>The heading of a topic (<c>Separation distances</c>); for a tag that is no topic, the tag itself.</summary>
    public static string Heading(string topic) => s_index.TryGetValue(topic, out var t) ? t.Heading : topic;

    /// <summary>
    /// The position of a topic in report order; a tag that is no topic comes after every topic (callers order
    /// those among themselves by name).
    /// </summary>
    public static int Order(string topic) => s_index.TryGetValue(topic, out var t) ? t.Order : s_topics.Count;
}

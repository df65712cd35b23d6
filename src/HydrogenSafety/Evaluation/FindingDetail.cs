namespace HydrogenSafety.Evaluation;

/// <summary>A finding's rendered message, deciding evidence, full evidence trace and translated messages.</summary>
internal sealed record FindingDetail(string Message, IReadOnlyList<Evidence> Evidence, IReadOnlyList<Evidence> Trace, IReadOnlyDictionary<string, string>? TranslatedMessages = null)
{
    /// <summary>No message and no evidence (a finding built field by field without them).</summary>
    public static FindingDetail Empty { get; } = new(string.Empty, [], []);
}

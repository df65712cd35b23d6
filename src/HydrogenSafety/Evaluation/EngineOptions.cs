namespace HydrogenSafety.Evaluation;

/// <summary>How a <see cref="ComplianceEngine"/> selects and evaluates rules.</summary>
public sealed class EngineOptions
{
    /// <summary>The date rules are judged against (effective dates, <c>today</c>); default: today (UTC).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>
    /// A profile to tailor the rules with: the name of a built-in profile (e.g. <c>kr-hydrogen</c>) or
    /// the path of a profile file. Null: every rule, untailored.
    /// </summary>
    public string? Profile { get; init; }

    /// <summary>Whether draft rules are evaluated (default false).</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Waivers applied to every facility, besides the facility's own (e.g. from <c>--waivers FILE</c>).</summary>
    public IReadOnlyList<HydrogenSafety.Facilities.WaiverDeclaration> Waivers { get; init; } = [];

    /// <summary>Evaluate as if there were no waivers at all (an audit; <c>--no-waivers</c>).</summary>
    public bool IgnoreWaivers { get; init; }
}

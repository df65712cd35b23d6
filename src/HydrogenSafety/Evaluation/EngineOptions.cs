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

    /// <summary>
    /// Whether two-subject rules gated by a constant distance bound (<c>distance(a, b) &lt; D</c> in <c>when</c> or a
    /// <c>where</c>) join only on the pairs within the bound, found with a spatial index when the facility is inserted,
    /// instead of on every pair of their kinds. Default true; false keeps the plain cross join. The reports are the
    /// same byte for byte either way (tests compare both); the switch exists for those tests and the benchmarks.
    /// </summary>
    internal bool PruneDistanceJoins { get; init; } = true;
}

namespace HydrogenSafety.Evaluation;

/// <summary>How a <see cref="ComplianceEngine"/> selects and evaluates rules.</summary>
public sealed class EngineOptions
{
    /// <summary>The date rules are judged against (effective dates, <c>today</c>); default: today (UTC).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Whether draft rules are evaluated (default false).</summary>
    public bool IncludeDrafts { get; init; }
}

namespace HydrogenSafety.Reporting;

/// <summary>What a report writer includes.</summary>
public sealed class ReportOptions
{
    /// <summary>
    /// Also list <c>pass</c> and <c>not_applicable</c> outcomes as findings. Without it, findings list
    /// only violations, indeterminate outcomes, errors and waived outcomes; the summary always counts everything.
    /// </summary>
    public bool ShowPasses { get; init; }

    /// <summary>
    /// Indeterminate outcomes do not fail the run (<c>--allow-indeterminate</c>): JUnit then skips them
    /// instead of failing them, and SARIF marks them for review (<c>kind: review</c>, <c>level: none</c>).
    /// </summary>
    public bool AllowIndeterminate { get; init; }
}

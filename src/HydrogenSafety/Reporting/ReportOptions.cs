namespace HydrogenSafety.Reporting;

/// <summary>What a report writer includes.</summary>
public sealed class ReportOptions
{
    /// <summary>
    /// Also list <c>pass</c> and <c>not_applicable</c> outcomes as findings. Without it, findings list
    /// only violations, indeterminate outcomes, errors and waived outcomes; the summary always counts everything.
    /// </summary>
    public bool ShowPasses { get; init; }
}

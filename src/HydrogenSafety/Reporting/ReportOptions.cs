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

    /// <summary>
    /// The language of the report (<c>--lang</c>): rule titles, messages and remediations from the rules'
    /// <c>translations</c> (English per missing field), and in text, Markdown and HTML the report's own words too.
    /// JSON, SARIF and JUnit keep their machine keys and outcome names in English. Default: English.
    /// </summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.English;
}

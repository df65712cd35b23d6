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

    /// <summary>
    /// How much of each finding the <c>text</c> report prints (<see cref="TextReportWriter"/>): every piece of deciding
    /// evidence (<see cref="TextDetail.Verbose"/>, the library's default and <c>h2safety check -v</c>), a block of at most
    /// four lines (<see cref="TextDetail.Compact"/>, the default of <c>h2safety check</c>), or the full evidence trace
    /// (<see cref="TextDetail.Explain"/>, <c>h2safety check --explain</c>). Other formats are not affected.
    /// </summary>
    public TextDetail TextDetail { get; init; } = TextDetail.Compact;
}

/// <summary>How much of each finding the text report prints.</summary>
public enum TextDetail
{
    /// <summary>The headline, the message, every piece of deciding evidence, what is missing, the citation and the facility line.</summary>
    Verbose,

    /// <summary>
    /// At most four lines: the headline (outcome, rule id, subjects), the message, the deciding comparison with its
    /// shortfall or margin (for an indeterminate outcome what is missing, for an error why, for a waived one the waiver),
    /// and the citation with the facility line.
    /// </summary>
    Compact,

    /// <summary>As <see cref="Verbose"/>, with the whole evidence trace (<see cref="Evaluation.Finding.EvidenceTrace"/>) instead of the deciding evidence.</summary>
    Explain,
}

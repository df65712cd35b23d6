using System.Globalization;
using System.Text;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>
/// Writes compliance reports as plain text for a terminal: a header line, the findings grouped by
/// severity (critical first), the warnings (expired or stale waivers, unknown kinds…), and a one-line summary. Lines end with <c>\n</c>; no colours (the command line adds colour on a terminal).
/// Control characters from the input (ids, attributes, messages) are escaped (<see cref="Diagnostics.PrintableText"/>).
/// </summary>
public static class TextReportWriter
{
    private static readonly Severity[] s_severitiesHighFirst =
        [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];

    /// <summary>Writes one report.</summary>
    public static void Write(TextWriter writer, ComplianceReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToText(report, options));
    }

    /// <summary>Writes several reports, one section per facility, separated by a blank line.</summary>
    public static void Write(TextWriter writer, IEnumerable<ComplianceReport> reports, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToText(reports, options));
    }

    /// <summary>One report as text.</summary>
    public static string ToText(ComplianceReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        AppendReport(text, report, options ?? new ReportOptions());
        return Diagnostics.PrintableText.Of(text.ToString());
    }

    /// <summary>Several reports as text, one section per facility, separated by a blank line.</summary>
    public static string ToText(IEnumerable<ComplianceReport> reports, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        options ??= new ReportOptions();
        var text = new StringBuilder();
        var first = true;
        foreach (var report in reports)
        {
            ArgumentNullException.ThrowIfNull(report);
            if (!first)
            {
                text.Append('\n');
            }

            AppendReport(text, report, options);
            first = false;
        }

        return Diagnostics.PrintableText.Of(text.ToString());
    }

    /// <summary>The summary line, e.g. <c>3 violations, 1 indeterminate, 0 errors, 40 passed, 20 not applicable</c>.</summary>
    /// <remarks><c>N waived</c> is added after the errors only when some outcome was waived.</remarks>
    public static string SummaryLine(OutcomeCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var parts = new List<string>
        {
            Count(counts.Violation, "violation", "violations"),
            Count(counts.Indeterminate, "indeterminate", "indeterminate"),
            Count(counts.Error, "error", "errors"),
        };
        if (counts.Waived > 0)
        {
            parts.Add(Count(counts.Waived, "waived", "waived"));
        }

        parts.Add(Count(counts.Pass, "passed", "passed"));
        parts.Add(Count(counts.NotApplicable, "not applicable", "not applicable"));
        return string.Join(", ", parts);
    }

    /// <summary>
    /// The header line of a report, without a line end, e.g.
    /// <c>facility ulsan-hrs-01 (samples/facilities/ulsan.yaml): 2 of 3 rules evaluated, as of 2026-01-05</c>.
    /// </summary>
    public static string HeaderLine(ComplianceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var file = report.FacilityFile is null ? string.Empty : $" ({ReportVocabulary.PortablePath(report.FacilityFile)})";
        return string.Create(CultureInfo.InvariantCulture,
            $"facility {report.FacilityId}{file}: {report.RulesEvaluated} of {report.RuleCount} rules evaluated, as of {ReportVocabulary.Date(report.AsOf)}");
    }

    /// <summary>The subjects of a finding as the text report prints them: <c>vessel=TK-101, intake=AI-1</c>, or <c>facility</c>.</summary>
    public static string SubjectsText(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Subjects.Count == 0
            ? "facility"
            : string.Join(", ", finding.Subjects.Select(s => $"{s.Name}={s.ComponentId}"));
    }

    /// <summary>
    /// The lines printed under a finding's headline, without indentation or line ends: the message, then
    /// <c>error:</c>, <c>waived:</c>, <c>evidence:</c>, <c>missing:</c>, <c>source:</c> and <c>at:</c> lines as they apply.
    /// </summary>
    public static IReadOnlyList<string> DetailLines(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var f = finding;
        var lines = new List<string>();
        if (!string.IsNullOrEmpty(f.Message))
        {
            lines.Add(f.Message);
        }

        if (f.Outcome == Outcome.Error && !string.IsNullOrEmpty(f.Error))
        {
            lines.Add($"error: {f.Error}");
        }

        if (f.Waiver is { } waiver)
        {
            lines.Add(WaiverText(f, waiver));
        }

        foreach (var e in f.Evidence)
        {
            lines.Add($"evidence: {DescribeEvidence(e)}");
        }

        if (f.Missing.Count > 0)
        {
            lines.Add($"missing: {string.Join(", ", f.Missing)}");
        }

        lines.Add($"source: {f.Source}");
        if (f.Location is { } location)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"at: {ReportVocabulary.PortablePath(location.File)}:{location.Line}"));
        }

        return lines;
    }

    /// <summary>
    /// One piece of evidence in words: for a comparison <c>6.2 m &gt;= 9 m  [expression]</c>, else the
    /// expression; a table lookup adds <c>; table NAME, row ROW</c>.
    /// </summary>
    public static string DescribeEvidence(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return Describe(evidence);
    }

    private static string WaiverText(Finding f, Facilities.WaiverDeclaration waiver) =>
        $"waived: {waiver.Reason} (approved by {waiver.ApprovedBy}, expires {ReportVocabulary.Date(waiver.Expires)}; was {ReportVocabulary.Name(f.WaivedOutcome ?? Outcome.Violation)})";

    private static void AppendReport(StringBuilder text, ComplianceReport report, ReportOptions options)
    {
        text.Append(HeaderLine(report)).Append('\n');

        var listed = report.Findings.Where(f => ReportVocabulary.IsListed(f.Outcome, options.ShowPasses)).ToList();
        if (listed.Count == 0)
        {
            text.Append(options.ShowPasses ? "\nno findings\n" : "\nno violations, indeterminate outcomes, errors or waivers\n");
        }

        foreach (var severity in s_severitiesHighFirst)
        {
            var group = listed.Where(f => f.Severity == severity).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            text.Append('\n').Append(ReportVocabulary.Name(severity).ToUpperInvariant()).Append('\n');
            foreach (var finding in group)
            {
                AppendFinding(text, finding);
            }
        }

        if (report.Warnings.Count > 0)
        {
            text.Append("\nWARNINGS\n");
            foreach (var warning in report.Warnings)
            {
                text.Append("  ").Append(warning.ToString()).Append('\n');
            }
        }

        text.Append('\n').Append(SummaryLine(report.Summary)).Append('\n');
    }

    private static void AppendFinding(StringBuilder text, Finding f)
    {
        var status = f.Status == RuleStatus.Enforced ? string.Empty : $" ({ReportVocabulary.Name(f.Status)})";
        text.Append(CultureInfo.InvariantCulture, $"  {ReportVocabulary.Name(f.Outcome)}  {f.RuleId}{status}  {SubjectsText(f)}\n");
        foreach (var line in DetailLines(f))
        {
            text.Append("    ").Append(line).Append('\n');
        }
    }

    private static string Describe(Evidence e)
    {
        var parts = new List<string>();
        if (e.Statement is not null)
        {
            return e.Table is null ? $"{e.Statement}  [{e.Expression}]" : $"{e.Statement}  [table {e.Table}]";
        }

        if (e.Left is not null || e.Right is not null)
        {
            var comparison = string.Join(" ", new[] { e.Left, e.Operator, e.Right }.Where(s => !string.IsNullOrEmpty(s)));
            parts.Add($"{comparison}  [{e.Expression}]");
        }
        else
        {
            parts.Add(e.Expression);
        }

        if (e.Table is not null)
        {
            parts.Add(e.Row is null ? $"table {e.Table}" : $"table {e.Table}, row {e.Row}");
        }

        return string.Join("; ", parts);
    }

    private static string Count(int n, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? singular : plural)}");
}

using System.Globalization;
using System.Text;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>
/// Writes compliance reports as plain text for a terminal: a header line, the findings grouped by
/// severity (critical first), and a one-line summary. Lines end with <c>\n</c>; no colours.
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
        return text.ToString();
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

        return text.ToString();
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

    private static void AppendReport(StringBuilder text, ComplianceReport report, ReportOptions options)
    {
        var file = report.FacilityFile is null ? string.Empty : $" ({ReportVocabulary.PortablePath(report.FacilityFile)})";
        text.Append(CultureInfo.InvariantCulture,
            $"facility {report.FacilityId}{file}: {report.RulesEvaluated} of {report.RuleCount} rules evaluated, as of {ReportVocabulary.Date(report.AsOf)}\n");

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

        text.Append('\n').Append(SummaryLine(report.Summary)).Append('\n');
    }

    private static void AppendFinding(StringBuilder text, Finding f)
    {
        var subjects = f.Subjects.Count == 0
            ? "facility"
            : string.Join(", ", f.Subjects.Select(s => $"{s.Name}={s.ComponentId}"));
        var status = f.Status == RuleStatus.Enforced ? string.Empty : $" ({ReportVocabulary.Name(f.Status)})";
        text.Append(CultureInfo.InvariantCulture, $"  {ReportVocabulary.Name(f.Outcome)}  {f.RuleId}{status}  {subjects}\n");
        if (!string.IsNullOrEmpty(f.Message))
        {
            text.Append(CultureInfo.InvariantCulture, $"    {f.Message}\n");
        }

        if (f.Outcome == Outcome.Error && !string.IsNullOrEmpty(f.Error))
        {
            text.Append(CultureInfo.InvariantCulture, $"    error: {f.Error}\n");
        }

        foreach (var e in f.Evidence)
        {
            text.Append(CultureInfo.InvariantCulture, $"    evidence: {Describe(e)}\n");
        }

        if (f.Missing.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"    missing: {string.Join(", ", f.Missing)}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"    source: {f.Source}\n");
        if (f.Location is { } location)
        {
            text.Append(CultureInfo.InvariantCulture, $"    at: {ReportVocabulary.PortablePath(location.File)}:{location.Line}\n");
        }
    }

    private static string Describe(Evidence e)
    {
        var parts = new List<string>();
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

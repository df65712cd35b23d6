using System.Globalization;
using System.Text;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>
/// Writes compliance reports as plain text for a terminal: a header line, the findings grouped by
/// severity (critical first; each finding as <see cref="ReportOptions.TextDetail"/> says), the warnings (expired or stale waivers, unknown kinds…), and a one-line summary. Lines end with <c>\n</c>; no colours (the command line adds colour on a terminal).
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
    public static string SummaryLine(OutcomeCounts counts) => SummaryLine(counts, ReportLanguage.English);

    /// <summary>The summary line in <paramref name="language"/>.</summary>
    public static string SummaryLine(OutcomeCounts counts, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return language.Strings().SummaryLine(counts);
    }

    /// <summary>
    /// The header line of a report, without a line end, e.g.
    /// <c>facility ulsan-hrs-01 (samples/facilities/ulsan.yaml): 2 of 3 rules evaluated, as of 2026-01-05</c>.
    /// </summary>
    public static string HeaderLine(ComplianceReport report) => HeaderLine(report, ReportLanguage.English);

    /// <summary>The header line of a report in <paramref name="language"/>, without a line end.</summary>
    public static string HeaderLine(ComplianceReport report, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var file = report.FacilityFile is null ? null : ReportVocabulary.PortablePath(report.FacilityFile);
        return language.Strings().TextHeader(report.FacilityId, file, report.RulesEvaluated, report.RuleCount, ReportVocabulary.Date(report.AsOf));
    }

    /// <summary>The subjects of a finding as the text report prints them: <c>vessel=TK-101, intake=AI-1</c>, or <c>facility</c>.</summary>
    public static string SubjectsText(Finding finding) => SubjectsText(finding, ReportLanguage.English);

    /// <summary>The subjects of a finding, with the word for a facility-level finding in <paramref name="language"/>.</summary>
    public static string SubjectsText(Finding finding, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Subjects.Count == 0
            ? language.Strings().FacilitySubject
            : string.Join(", ", finding.Subjects.Select(s => $"{s.Name}={s.ComponentId}"));
    }

    /// <summary>
    /// The lines printed under a finding's headline, without indentation or line ends: the message, then
    /// <c>error:</c>, <c>waived:</c>, <c>evidence:</c>, <c>missing:</c>, <c>source:</c> and <c>at:</c> lines as they apply.
    /// </summary>
    public static IReadOnlyList<string> DetailLines(Finding finding) => DetailLines(finding, ReportLanguage.English);

    /// <summary>The lines under a finding's headline in <paramref name="language"/>: its message from the rule's translation (English per missing field) and the labels of the catalog.</summary>
    public static IReadOnlyList<string> DetailLines(Finding finding, ReportLanguage language) => DetailLines(finding, language, TextDetail.Verbose);

    /// <summary>
    /// The lines under a finding's headline in <paramref name="language"/> for <paramref name="detail"/>:
    /// <see cref="TextDetail.Compact"/> gives at most three (message, deciding statement, citation and location),
    /// <see cref="TextDetail.Explain"/> lists the whole evidence trace as <c>trace:</c> lines.
    /// </summary>
    public static IReadOnlyList<string> DetailLines(Finding finding, ReportLanguage language, TextDetail detail)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (detail == TextDetail.Compact)
        {
            return CompactLines(finding, language.Strings());
        }

        var f = finding;
        var words = language.Strings();
        var lines = new List<string>();
        var message = f.MessageIn(words.Code);
        if (!string.IsNullOrEmpty(message))
        {
            lines.Add(message);
        }

        if (f.Outcome == Outcome.Error && !string.IsNullOrEmpty(f.Error))
        {
            lines.Add($"{words.ErrorLabel}: {f.Error}");
        }

        if (f.Waiver is { } waiver)
        {
            lines.Add($"{words.WaivedLabel}: {WaiverDetail(f, waiver, words)}");
        }

        if (detail == TextDetail.Explain)
        {
            foreach (var e in f.EvidenceTrace)
            {
                lines.Add($"{words.TraceLabel}: {Describe(e, words)}");
            }
        }
        else
        {
            foreach (var e in f.Evidence)
            {
                lines.Add($"{words.EvidenceLabel}: {Describe(e, words)}");
            }
        }

        if (f.Missing.Count > 0)
        {
            lines.Add($"{words.MissingLabel}: {string.Join(", ", f.Missing)}");
        }

        lines.Add($"{words.SourceLabel}: {f.Source}");
        if (f.Location is { } location)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{words.AtLabel}: {ReportVocabulary.PortablePath(location.File)}:{location.Line}"));
        }

        return lines;
    }

    /// <summary>
    /// The compact block under a headline: the message; one line that decides the outcome (the error, the waiver,
    /// what is missing, or the deciding statement with its shortfall or margin, and how many more pieces of
    /// evidence <c>-v</c> shows); the citation and the facility line on one line.
    /// </summary>
    private static List<string> CompactLines(Finding f, ReportStrings words)
    {
        var lines = new List<string>(3);
        var message = f.MessageIn(words.Code);
        if (!string.IsNullOrEmpty(message))
        {
            lines.Add(message);
        }

        if (DecidingLine(f, words) is { } deciding)
        {
            lines.Add(deciding);
        }

        var source = $"{words.SourceLabel}: {f.Source}";
        if (f.Location is { } location)
        {
            source += string.Create(CultureInfo.InvariantCulture, $"  {words.AtLabel}: {ReportVocabulary.PortablePath(location.File)}:{location.Line}");
        }

        lines.Add(source);
        return lines;
    }

    private static string? DecidingLine(Finding f, ReportStrings words)
    {
        if (f.Outcome == Outcome.Error && !string.IsNullOrEmpty(f.Error))
        {
            return $"{words.ErrorLabel}: {f.Error}";
        }

        if (f.Waiver is { } waiver)
        {
            return $"{words.WaivedLabel}: {WaiverDetail(f, waiver, words)}";
        }

        if (f.Missing.Count > 0)
        {
            return $"{words.MissingLabel}: {string.Join(", ", f.Missing)}";
        }

        var evidence = f.Evidence;
        if (evidence.Count == 0)
        {
            return null;
        }

        // The comparison that decided: the first with a shortfall (a violation) or a margin (a pass), else the first.
        var deciding = evidence.FirstOrDefault(e => e.Shortfall is not null)
            ?? evidence.FirstOrDefault(e => e.Margin is not null)
            ?? evidence.FirstOrDefault(e => e.Statement is not null)
            ?? evidence[0];
        var more = evidence.Count > 1 ? words.MoreEvidence(evidence.Count - 1) : string.Empty;
        return $"{words.EvidenceLabel}: {Statement(deciding, words)}{more}";
    }

    /// <summary>One piece of evidence without its expression: the statement, else the comparison, else the expression.</summary>
    private static string Statement(Evidence e, ReportStrings words)
    {
        if (words.Statement(e) is { } statement)
        {
            return statement;
        }

        if (e.Left is not null || e.Right is not null)
        {
            return string.Join(" ", new[] { e.Left, e.Operator, e.Right }.Where(s => !string.IsNullOrEmpty(s)));
        }

        return e.Table is not null ? words.TableRow(e.Table, e.Row) : e.Expression;
    }

    /// <summary>
    /// One piece of evidence in words: for a comparison <c>6.2 m &gt;= 9 m  [expression]</c>, else the
    /// expression; a table lookup adds <c>; table NAME, row ROW</c>.
    /// </summary>
    public static string DescribeEvidence(Evidence evidence) => DescribeEvidence(evidence, ReportLanguage.English);

    /// <summary>One piece of evidence in words, the table lookup in <paramref name="language"/>.</summary>
    public static string DescribeEvidence(Evidence evidence, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return Describe(evidence, language.Strings());
    }

    /// <summary>A waiver in words: reason, approver, expiry and the outcome it covers.</summary>
    internal static string WaiverDetail(Finding f, Facilities.WaiverDeclaration waiver, ReportStrings words) =>
        words.WaiverDetail(waiver.Reason, waiver.ApprovedBy, ReportVocabulary.Date(waiver.Expires), words.Outcome(f.WaivedOutcome ?? Outcome.Violation));

    private static void AppendReport(StringBuilder text, ComplianceReport report, ReportOptions options)
    {
        var words = options.Language.Strings();
        text.Append(HeaderLine(report, options.Language)).Append('\n');

        var listed = report.Findings.Where(f => ReportVocabulary.IsListed(f.Outcome, options.ShowPasses)).ToList();
        if (listed.Count == 0)
        {
            text.Append('\n').Append(options.ShowPasses ? words.NoFindings : words.NoProblemsOrWaivers).Append('\n');
        }

        foreach (var severity in s_severitiesHighFirst)
        {
            var group = listed.Where(f => f.Severity == severity).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            text.Append('\n').Append(words.SeverityHeading(severity)).Append('\n');
            foreach (var finding in group)
            {
                AppendFinding(text, finding, options.Language, options.TextDetail);
            }
        }

        if (report.Warnings.Count > 0)
        {
            text.Append('\n').Append(words.WarningsHeading).Append('\n');
            foreach (var warning in report.Warnings)
            {
                text.Append("  ").Append(warning.ToString()).Append('\n');
            }
        }

        text.Append('\n').Append(words.SummaryLine(report.Summary)).Append('\n');
    }

    private static void AppendFinding(StringBuilder text, Finding f, ReportLanguage language, TextDetail detail)
    {
        var words = language.Strings();
        var status = f.Status == RuleStatus.Enforced ? string.Empty : $" ({words.Status(f.Status)})";
        // Korean and Japanese pad the outcome to one column width (in terminal columns: a Hangul or kana character takes two).
        var outcome = DisplayWidth.PadRight(words.Outcome(f.Outcome), words.OutcomeColumnWidth);
        text.Append(CultureInfo.InvariantCulture, $"  {outcome}  {f.RuleId}{status}  {SubjectsText(f, language)}\n");
        foreach (var line in DetailLines(f, language, detail))
        {
            text.Append("    ").Append(line).Append('\n');
        }
    }

    private static string Describe(Evidence e, ReportStrings words)
    {
        var parts = new List<string>();
        if (words.Statement(e) is { } statement)
        {
            return e.Table is null ? $"{statement}  [{e.Expression}]" : $"{statement}  [{words.TableTag(e.Table)}]";
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
            parts.Add(words.TableRow(e.Table, e.Row));
        }

        return string.Join("; ", parts);
    }
}

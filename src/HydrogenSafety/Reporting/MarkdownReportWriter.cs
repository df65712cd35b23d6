using System.Globalization;
using System.Text;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>
/// Writes compliance reports as GitHub-flavoured Markdown, fit for a pull-request comment or a CI job
/// summary: per facility a title line, a table of counts, a table of violations, indeterminate outcomes
/// and errors by severity (rule, subjects, message, citation link), the waived findings in brief, and
/// the warnings (expired or stale waivers). Plain Markdown, no HTML; <c>\n</c> line ends; deterministic.
/// </summary>
public static class MarkdownReportWriter
{
    /// <summary>At most this many rows per findings table, so a comment stays under the hosts' size limits.</summary>
    public const int MaxRows = 200;

    /// <summary>Writes one report.</summary>
    public static void Write(TextWriter writer, ComplianceReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToMarkdown(report, options));
    }

    /// <summary>Writes several reports, one section per facility.</summary>
    public static void Write(TextWriter writer, IEnumerable<ComplianceReport> reports, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToMarkdown(reports, options));
    }

    /// <summary>One report as Markdown.</summary>
    public static string ToMarkdown(ComplianceReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ToMarkdown([report], options);
    }

    /// <summary>Several reports as Markdown, one section per facility, separated by a rule line.</summary>
    public static string ToMarkdown(IEnumerable<ComplianceReport> reports, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        options ??= new ReportOptions();
        var md = new StringBuilder();
        var first = true;
        foreach (var report in reports)
        {
            ArgumentNullException.ThrowIfNull(report);
            if (!first)
            {
                md.Append("\n---\n\n");
            }

            AppendReport(md, report, options);
            first = false;
        }

        return md.ToString();
    }

    private static void AppendReport(StringBuilder md, ComplianceReport report, ReportOptions options)
    {
        var s = report.Summary;
        var words = options.Language.Strings();
        md.Append(CultureInfo.InvariantCulture, $"## h2safety: {Escape(report.FacilityId)} — {Escape(words.SummaryLine(s))}\n\n");

        var facts = new List<string>();
        if (report.FacilityFile is not null)
        {
            facts.Add(Code(ReportVocabulary.PortablePath(report.FacilityFile)));
        }

        facts.Add(words.RulesEvaluated(report.RulesEvaluated, report.RuleCount));
        if (report.Profile is not null)
        {
            facts.Add(words.ProfileFact(Code(report.Profile)));
        }

        facts.Add(words.AsOfFact(ReportVocabulary.Date(report.AsOf)));
        md.Append(string.Join(" · ", facts)).Append("\n\n");

        md.Append(CultureInfo.InvariantCulture, $"| {words.OutcomeHeader} | {words.CountHeader} |\n| --- | ---: |\n");
        AppendCount(md, words.OutcomeLabel(Outcome.Violation), s.Violation);
        AppendCount(md, words.OutcomeLabel(Outcome.Indeterminate), s.Indeterminate);
        AppendCount(md, words.OutcomeLabel(Outcome.Error), s.Error);
        AppendCount(md, words.OutcomeLabel(Outcome.Waived), s.Waived);
        AppendCount(md, words.OutcomeLabel(Outcome.Pass), s.Pass);
        AppendCount(md, words.OutcomeLabel(Outcome.NotApplicable), s.NotApplicable);
        md.Append('\n');

        var problems = report.Findings
            .Where(f => f.Outcome is Outcome.Violation or Outcome.Indeterminate or Outcome.Error)
            .OrderByDescending(f => f.Severity)
            .ToList();
        if (problems.Count == 0)
        {
            md.Append(words.NoProblems).Append("\n\n");
        }
        else
        {
            md.Append("### ").Append(words.ProblemsHeading).Append("\n\n");
            AppendTable(md, problems, options, words);
        }

        var waived = report.Findings.Where(f => f.Outcome == Outcome.Waived).ToList();
        if (waived.Count > 0)
        {
            md.Append("### ").Append(words.WaivedHeading).Append("\n\n");
            foreach (var f in waived.Take(MaxRows))
            {
                var why = f.Waiver is { } waiver ? ReportFormatting.WaiverLine(f, waiver, words) : words.Outcome(Outcome.Waived);
                md.Append(CultureInfo.InvariantCulture, $"- {Code(f.RuleId)} ({Escape(ReportFormatting.SubjectIds(f, words))}): {Escape(why)}\n");
            }

            AppendMore(md, waived.Count, words);
            md.Append('\n');
        }

        if (options.ShowPasses)
        {
            var passes = report.Findings.Where(f => f.Outcome is Outcome.Pass or Outcome.NotApplicable).ToList();
            if (passes.Count > 0)
            {
                md.Append("### ").Append(words.PassesHeading).Append("\n\n");
                foreach (var f in passes.Take(MaxRows))
                {
                    md.Append(CultureInfo.InvariantCulture,
                        $"- {words.Outcome(f.Outcome)}: {Code(f.RuleId)} ({Escape(ReportFormatting.SubjectIds(f, words))})\n");
                }

                AppendMore(md, passes.Count, words);
                md.Append('\n');
            }
        }

        if (report.Warnings.Count > 0)
        {
            md.Append("### ").Append(words.WarningsTitle).Append("\n\n");
            foreach (var warning in report.Warnings)
            {
                md.Append(CultureInfo.InvariantCulture,
                    $"- {Code($"{ReportVocabulary.PortablePath(warning.Span.File)}:{warning.Span.Line}")} {warning.Code}: {Escape(warning.Message)}\n");
            }

            md.Append('\n');
        }
    }

    private static void AppendTable(StringBuilder md, List<Finding> findings, ReportOptions options, ReportStrings words)
    {
        md.Append(CultureInfo.InvariantCulture, $"| {words.SeverityHeader} | {words.OutcomeHeader} | {words.RuleHeader} | {words.SubjectsHeader} | {words.MessageHeader} | {words.SourceHeader} |\n");
        md.Append("| --- | --- | --- | --- | --- | --- |\n");
        foreach (var f in findings.Take(MaxRows))
        {
            var outcome = words.Outcome(f.Outcome);
            if (f.Outcome == Outcome.Indeterminate && options.AllowIndeterminate)
            {
                outcome += $" ({words.Allowed})";
            }

            if (f.Status != RuleStatus.Enforced)
            {
                outcome += $" ({words.Status(f.Status)})";
            }

            md.Append(CultureInfo.InvariantCulture,
                $"| {words.Severity(f.Severity)} | {outcome} | {Code(f.RuleId)} | {Escape(ReportFormatting.SubjectPairs(f, words))} | {Escape(ReportFormatting.MessageWithDetail(f, words))} | {CitationLink(f.Source)} |\n");
        }

        AppendMore(md, findings.Count, words);
        md.Append('\n');
    }

    private static void AppendMore(StringBuilder md, int count, ReportStrings words)
    {
        if (count > MaxRows)
        {
            md.Append('\n').Append(words.More(count - MaxRows)).Append('\n');
        }
    }

    private static void AppendCount(StringBuilder md, string name, int count) =>
        md.Append(CultureInfo.InvariantCulture, $"| {name} | {count} |\n");

    /// <summary>The citation as a Markdown link when it has an http(s) address, else as escaped text.</summary>
    internal static string CitationLink(Citation source)
    {
        var text = Escape(source.ToString());
        return ReportFormatting.HttpUrl(source) is { } url
            ? $"[{text}]({url.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)})"
            : text;
    }

    /// <summary>Text made safe for a Markdown paragraph or table cell: one line, Markdown punctuation escaped.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r':
                    break;
                case '\n':
                case '\t':
                    sb.Append(' ');
                    break;
                case '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '~' or '&':
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Inline code; backticks in the text are replaced so the span cannot be broken out of.</summary>
    private static string Code(string text) =>
        "`" + text.Replace('`', '\'').Replace('\n', ' ').Replace('\r', ' ').Replace("|", "\\|", StringComparison.Ordinal) + "`";
}

using System.Globalization;
using System.Text;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>
/// Writes compliance reports as one self-contained HTML page for inspectors: inline CSS and inline SVG
/// only (a content security policy forbids loading anything), readable offline and on paper. Per
/// facility: a summary, the site plan (when components have positions and the facility is given) with
/// each violated separation drawn, the findings grouped by stage and severity with evidence, citation
/// and remediation, then the waived findings and the warnings (expired or stale waivers). Every piece
/// of text is escaped. The only addresses on the page are links to the citations' public documents.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly Stage[] s_stages = [Stage.Production, Stage.Storage, Stage.Transport, Stage.Utilization];

    private static readonly Severity[] s_severitiesHighFirst =
        [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];

    /// <summary>Writes one report, without a site plan.</summary>
    public static void Write(TextWriter writer, ComplianceReport report, ReportOptions? options = null) =>
        Write(writer, [report], facilities: null, options);

    /// <summary>Writes one report with the site plan of <paramref name="facility"/>.</summary>
    public static void Write(TextWriter writer, ComplianceReport report, Facility? facility, ReportOptions? options = null) =>
        Write(writer, [report], facility is null ? null : [facility], options);

    /// <summary>
    /// Writes several reports on one page, one section per facility.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="reports">The reports, in the order given.</param>
    /// <param name="facilities">The facilities the reports were made from (matched by id and file), for the
    /// site plans; null or unmatched: no plan.</param>
    /// <param name="options">Whether passes are listed too.</param>
    public static void Write(TextWriter writer, IEnumerable<ComplianceReport> reports, IEnumerable<Facility>? facilities, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToHtml(reports, facilities, options));
    }

    /// <summary>One report as an HTML page, without a site plan.</summary>
    public static string ToHtml(ComplianceReport report, ReportOptions? options = null) => ToHtml([report], facilities: null, options);

    /// <summary>One report as an HTML page with the site plan of <paramref name="facility"/>.</summary>
    public static string ToHtml(ComplianceReport report, Facility? facility, ReportOptions? options = null) =>
        ToHtml([report], facility is null ? null : [facility], options);

    /// <summary>Several reports as one HTML page; see <see cref="Write(TextWriter, IEnumerable{ComplianceReport}, IEnumerable{Facility}?, ReportOptions?)"/>.</summary>
    public static string ToHtml(IEnumerable<ComplianceReport> reports, IEnumerable<Facility>? facilities, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        options ??= new ReportOptions();
        var list = reports.ToList();
        foreach (var report in list)
        {
            ArgumentNullException.ThrowIfNull(report);
        }

        var known = facilities?.ToList() ?? [];
        var html = new StringBuilder();
        var title = list.Count == 1 ? $"h2safety report: {list[0].FacilityId}" : string.Create(CultureInfo.InvariantCulture, $"h2safety report: {list.Count} facilities");
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"").Append(E(ReportFormatting.ToolName)).Append(' ').Append(E(ReportFormatting.ToolSemanticVersion)).Append("\">\n");
        html.Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<header class=\"page\"><h1>Hydrogen safety compliance report</h1>");
        if (list.Count > 1)
        {
            html.Append("<nav><ul>");
            for (var i = 0; i < list.Count; i++)
            {
                html.Append(Inv($"<li><a href=\"#facility-{i + 1}\">{E(list[i].FacilityId)}</a> — {E(TextReportWriter.SummaryLine(list[i].Summary))}</li>"));
            }

            html.Append("</ul></nav>");
        }

        html.Append("</header>\n<main>\n");
        var findingNumber = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var report = list[i];
            var facility = ReportFormatting.FacilityOf(report, known);
            var planId = i == 0 ? "site-plan" : string.Create(CultureInfo.InvariantCulture, $"site-plan-{i + 1}");
            AppendReport(html, report, facility, options, i + 1, planId, ref findingNumber);
        }

        html.Append("</main>\n<footer><p>Made by ").Append(E(ReportFormatting.ToolName)).Append(' ').Append(E(ReportFormatting.ToolSemanticVersion))
            .Append(". Findings cite their source documents; check the cited edition before acting on them.</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendReport(StringBuilder html, ComplianceReport report, Facility? facility, ReportOptions options, int number, string planId, ref int findingNumber)
    {
        var s = report.Summary;
        html.Append(Inv($"<section class=\"facility\" id=\"facility-{number}\">\n"));
        html.Append("<h2>Facility <span class=\"id\">").Append(E(report.FacilityId)).Append("</span>");
        if (facility?.Name is { } name)
        {
            html.Append(" <span class=\"name\">").Append(E(name)).Append("</span>");
        }

        html.Append("</h2>\n<dl class=\"facts\">");
        if (report.FacilityFile is not null)
        {
            Fact(html, "File", $"<code>{E(ReportVocabulary.PortablePath(report.FacilityFile))}</code>");
        }

        if (facility?.Jurisdiction is { } jurisdiction)
        {
            Fact(html, "Jurisdiction", E(jurisdiction));
        }

        Fact(html, "Rules", E(string.Create(CultureInfo.InvariantCulture, $"{report.RulesEvaluated} of {report.RuleCount} evaluated")));
        if (report.Profile is not null)
        {
            Fact(html, "Profile", E(report.Profile));
        }

        Fact(html, "As of", E(ReportVocabulary.Date(report.AsOf)));
        Fact(html, "Rule digest", $"<code>{E(report.RuleDigest)}</code>");
        html.Append("</dl>\n");

        html.Append("<table class=\"summary\"><caption>Summary: ").Append(E(TextReportWriter.SummaryLine(s))).Append("</caption>\n<tr>");
        foreach (var (label, css, _) in Counts(s))
        {
            html.Append("<th class=\"").Append(css).Append("\">").Append(label).Append("</th>");
        }

        html.Append("</tr>\n<tr>");
        foreach (var (_, css, count) in Counts(s))
        {
            html.Append(Inv($"<td class=\"{css}{(count > 0 ? " some" : string.Empty)}\">{count}</td>"));
        }

        html.Append("</tr>\n</table>\n");

        if (facility is not null && SitePlanSvg.Draw(facility, report, planId) is { } plan)
        {
            html.Append("<figure class=\"plan\">\n").Append(plan.Svg);
            html.Append("<figcaption>Site plan of ").Append(E(report.FacilityId)).Append(Inv($": positions in metres (x east, y north). {plan.SeparationsDrawn} violated separation{(plan.SeparationsDrawn == 1 ? string.Empty : "s")} drawn as lines with the measured and required distance; dashed circles show the required clearance."));
            if (plan.Unplaced.Count > 0)
            {
                html.Append(" Not drawn (no position): ").Append(E(string.Join(", ", plan.Unplaced))).Append('.');
            }

            html.Append("</figcaption>\n</figure>\n");
        }

        AppendFindings(html, report, options, ref findingNumber);
        AppendWaivers(html, report);
        html.Append("</section>\n");
    }

    private static void AppendFindings(StringBuilder html, ComplianceReport report, ReportOptions options, ref int findingNumber)
    {
        var listed = report.Findings
            .Where(f => f.Outcome != Outcome.Waived && ReportVocabulary.IsListed(f.Outcome, options.ShowPasses))
            .ToList();
        html.Append("<section class=\"findings\">\n<h3>Findings</h3>\n");
        if (listed.Count == 0)
        {
            html.Append("<p class=\"none\">No violations, indeterminate outcomes or errors.</p>\n");
        }

        foreach (var stage in s_stages.Cast<Stage?>().Append(null))
        {
            var byStage = listed.Where(f => ReportFormatting.PrimaryStage(f) == stage).ToList();
            if (byStage.Count == 0)
            {
                continue;
            }

            var stageName = stage is { } st ? ReportVocabulary.Name(st) : "facility";
            html.Append("<section class=\"stage\">\n<h4>Stage: ").Append(E(stageName)).Append("</h4>\n");
            foreach (var severity in s_severitiesHighFirst)
            {
                var group = byStage.Where(f => f.Severity == severity).ToList();
                if (group.Count == 0)
                {
                    continue;
                }

                html.Append("<h5 class=\"sev-").Append(ReportVocabulary.Name(severity)).Append("\">").Append(E(ReportVocabulary.Name(severity).ToUpperInvariant()))
                    .Append(Inv($" <span class=\"count\">({group.Count})</span></h5>\n"));
                foreach (var f in group)
                {
                    AppendFinding(html, f, ++findingNumber, options);
                }
            }

            html.Append("</section>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendFinding(StringBuilder html, Finding f, int number, ReportOptions options)
    {
        var outcome = ReportVocabulary.Name(f.Outcome);
        html.Append(Inv($"<article class=\"finding {outcome} sev-{ReportVocabulary.Name(f.Severity)}\" id=\"finding-{number}\" data-rule=\"{E(f.RuleId)}\">\n"));
        html.Append("<header><span class=\"badge outcome ").Append(outcome).Append("\">").Append(E(outcome.Replace('_', ' ')));
        if (f.Outcome == Outcome.Indeterminate && options.AllowIndeterminate)
        {
            html.Append(" (allowed)");
        }

        html.Append("</span> <span class=\"badge sev-").Append(ReportVocabulary.Name(f.Severity)).Append("\">").Append(E(ReportVocabulary.Name(f.Severity))).Append("</span> ");
        if (f.Status != RuleStatus.Enforced)
        {
            html.Append("<span class=\"badge status\">").Append(E(ReportVocabulary.Name(f.Status))).Append("</span> ");
        }

        html.Append("<code class=\"rule\">").Append(E(f.RuleId)).Append("</code> <span class=\"title\">").Append(E(f.Title)).Append("</span></header>\n");
        AppendFindingBody(html, f);
        html.Append("</article>\n");
    }

    private static void AppendFindingBody(StringBuilder html, Finding f)
    {
        html.Append("<p class=\"subjects\">").Append(f.Subjects.Count == 0
            ? "facility"
            : string.Join(", ", f.Subjects.Select(s => $"{E(s.Name)} <strong>{E(s.ComponentId)}</strong>")));
        html.Append("</p>\n");
        if (!string.IsNullOrEmpty(f.Message))
        {
            html.Append("<p class=\"message\">").Append(E(f.Message)).Append("</p>\n");
        }

        if (f.Outcome == Outcome.Error && !string.IsNullOrEmpty(f.Error))
        {
            html.Append("<p class=\"error\">Error: ").Append(E(f.Error)).Append("</p>\n");
        }

        if (f.Evidence.Count > 0)
        {
            html.Append("<ul class=\"evidence\">\n");
            foreach (var e in f.Evidence)
            {
                html.Append("<li>");
                if (e.Left is not null || e.Right is not null)
                {
                    var comparison = string.Join(" ", new[] { e.Left, e.Operator, e.Right }.Where(x => !string.IsNullOrEmpty(x)));
                    html.Append("<span class=\"values\">").Append(E(comparison)).Append("</span> ");
                }

                html.Append("<code class=\"expr\">").Append(E(e.Expression)).Append("</code>");
                if (e.Table is not null)
                {
                    html.Append(" <span class=\"table\">table ").Append(E(e.Table));
                    if (e.Row is not null)
                    {
                        html.Append(", row ").Append(E(e.Row));
                    }

                    html.Append("</span>");
                }

                html.Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (f.Missing.Count > 0)
        {
            html.Append("<p class=\"missing\">Missing: ").Append(E(string.Join(", ", f.Missing))).Append("</p>\n");
        }

        html.Append("<p class=\"source\">Source: ").Append(CitationHtml(f.Source)).Append("</p>\n");
        if (!string.IsNullOrEmpty(f.Remediation))
        {
            html.Append("<p class=\"remediation\">Remediation: ").Append(E(f.Remediation)).Append("</p>\n");
        }

        if (f.Location is { } location)
        {
            html.Append("<p class=\"location\">At <code>").Append(E(ReportVocabulary.PortablePath(location.File)))
                .Append(Inv($":{location.Line}:{location.Column}</code></p>\n"));
        }
    }

    private static void AppendWaivers(StringBuilder html, ComplianceReport report)
    {
        var waived = report.Findings.Where(f => f.Outcome == Outcome.Waived).ToList();
        if (waived.Count == 0 && report.Warnings.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"waivers\">\n<h3>Waivers</h3>\n");
        if (waived.Count > 0)
        {
            html.Append("<table class=\"waived\">\n<tr><th>Rule</th><th>Subjects</th><th>Was</th><th>Reason</th><th>Approved by</th><th>Expires</th><th>Finding</th></tr>\n");
            foreach (var f in waived)
            {
                var w = f.Waiver;
                html.Append("<tr class=\"waived\"><td><code>").Append(E(f.RuleId)).Append("</code></td><td>").Append(E(ReportFormatting.SubjectIds(f)))
                    .Append("</td><td>").Append(E(ReportVocabulary.Name(f.WaivedOutcome ?? Outcome.Violation)))
                    .Append("</td><td>").Append(E(w?.Reason ?? string.Empty))
                    .Append("</td><td>").Append(E(w?.ApprovedBy ?? string.Empty))
                    .Append("</td><td>").Append(w is null ? string.Empty : E(ReportVocabulary.Date(w.Expires)))
                    .Append("</td><td>").Append(E(ReportFormatting.MessageWithDetail(f))).Append("<br><span class=\"source\">").Append(CitationHtml(f.Source)).Append("</span></td></tr>\n");
            }

            html.Append("</table>\n");
        }

        if (report.Warnings.Count > 0)
        {
            html.Append("<ul class=\"warnings\">\n");
            foreach (var warning in report.Warnings)
            {
                html.Append("<li><span class=\"badge warning\">warning</span> <code>").Append(E(warning.Code)).Append("</code> ")
                    .Append(E(warning.Message)).Append(" <code>").Append(E(ReportVocabulary.PortablePath(warning.Span.File)))
                    .Append(Inv($":{warning.Span.Line}</code></li>\n"));
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static IEnumerable<(string Label, string Css, int Count)> Counts(OutcomeCounts s) =>
    [
        ("Violation", "violation", s.Violation),
        ("Indeterminate", "indeterminate", s.Indeterminate),
        ("Error", "error", s.Error),
        ("Waived", "waived", s.Waived),
        ("Pass", "pass", s.Pass),
        ("Not applicable", "not_applicable", s.NotApplicable),
    ];

    private static void Fact(StringBuilder html, string name, string valueHtml) =>
        html.Append("<div><dt>").Append(E(name)).Append("</dt><dd>").Append(valueHtml).Append("</dd></div>");

    private static string CitationHtml(Citation source)
    {
        var text = E(source.ToString());
        return ReportFormatting.HttpUrl(source) is { } url
            ? $"<a href=\"{E(url)}\" rel=\"noopener noreferrer\">{text}</a>"
            : text;
    }

    private static string E(string text) => SitePlanSvg.Esc(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private const string Css = """
        :root { --violation: #c62828; --indeterminate: #8d6e00; --error: #6a1b9a; --waived: #e69500; --pass: #2e7d32; --na: #757575; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1d; margin: 0 auto; max-width: 1100px; padding: 16px 24px; }
        h1 { font-size: 1.6em; margin: 0.2em 0; }
        h2 { border-bottom: 2px solid #333; padding-bottom: 4px; margin-top: 1.6em; }
        h2 .name { font-weight: normal; color: #555; font-size: 0.8em; }
        h4 { margin: 1.2em 0 0.4em; text-transform: capitalize; }
        h5 { margin: 0.8em 0 0.3em; font-size: 0.95em; letter-spacing: 0.05em; }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em; }
        dl.facts { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 0.5em 0; }
        dl.facts div { display: flex; gap: 6px; }
        dl.facts dt { font-weight: 600; color: #555; }
        dl.facts dd { margin: 0; }
        table { border-collapse: collapse; margin: 0.6em 0; }
        th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
        table.summary caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
        table.summary td { text-align: right; font-variant-numeric: tabular-nums; font-size: 1.2em; }
        table.summary td.violation.some { color: #fff; background: var(--violation); }
        table.summary td.indeterminate.some { color: #fff; background: var(--indeterminate); }
        table.summary td.error.some { color: #fff; background: var(--error); }
        table.summary td.waived.some { background: #fff1d6; }
        figure.plan { margin: 1em 0; }
        figure.plan svg { max-width: 100%; height: auto; border: 1px solid #ddd; background: #fff; }
        figcaption { color: #555; font-size: 0.9em; }
        article.finding { border: 1px solid #ddd; border-left: 6px solid var(--na); border-radius: 4px; padding: 6px 10px; margin: 6px 0; }
        article.finding.violation { border-left-color: var(--violation); }
        article.finding.indeterminate { border-left-color: var(--indeterminate); }
        article.finding.error { border-left-color: var(--error); }
        article.finding.pass { border-left-color: var(--pass); }
        article.finding p { margin: 0.25em 0; }
        article.finding .message { font-weight: 600; }
        .badge { display: inline-block; border-radius: 3px; padding: 0 6px; font-size: 0.85em; font-weight: 600; color: #fff; background: var(--na); }
        .badge.violation { background: var(--violation); }
        .badge.indeterminate { background: var(--indeterminate); }
        .badge.error { background: var(--error); }
        .badge.pass { background: var(--pass); }
        .badge.warning { background: var(--waived); }
        .badge.status { background: #455a64; }
        .badge.sev-critical { background: #b71c1c; } .badge.sev-high { background: #e53935; } .badge.sev-medium { background: #f57c00; }
        .badge.sev-low { background: #1976d2; } .badge.sev-info { background: #607d8b; }
        ul.evidence { margin: 0.3em 0; padding-left: 1.3em; }
        ul.evidence .values { font-weight: 600; }
        ul.evidence .expr { color: #444; white-space: pre-wrap; }
        .missing { color: var(--indeterminate); }
        .error { color: var(--error); }
        .location, .source, .remediation { color: #444; font-size: 0.92em; }
        section.waivers tr.waived td { background: #fffaf0; }
        ul.warnings { padding-left: 1.2em; }
        nav ul { padding-left: 1.2em; }
        footer { margin-top: 2em; color: #666; font-size: 0.85em; border-top: 1px solid #ddd; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          section.facility { break-before: page; }
          section.facility:first-of-type { break-before: auto; }
          article.finding, figure.plan, tr { break-inside: avoid; }
          h2, h3, h4, h5 { break-after: avoid; }
          nav { display: none; }
          a { color: inherit; text-decoration: none; }
          a[href]::after { content: " <" attr(href) ">"; font-size: 0.85em; color: #555; word-break: break-all; }
          figure.plan svg { border: none; }
          @page { margin: 14mm; }
        }

        """;
}

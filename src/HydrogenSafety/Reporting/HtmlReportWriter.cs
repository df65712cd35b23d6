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
public static partial class HtmlReportWriter
{
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
        var words = options.Language.Strings();
        var title = list.Count == 1 ? words.PageTitle(list[0].FacilityId) : words.PageTitleMany(list.Count);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(words.Code).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"").Append(E(ReportFormatting.ToolName)).Append(' ').Append(E(ReportFormatting.ToolSemanticVersion)).Append("\">\n");
        html.Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<header class=\"page\"><h1>").Append(E(words.PageHeading)).Append("</h1>");
        if (list.Count > 1)
        {
            html.Append("<nav><ul>");
            for (var i = 0; i < list.Count; i++)
            {
                html.Append(Inv($"<li><a href=\"#facility-{i + 1}\">{E(list[i].FacilityId)}</a> — {E(words.SummaryLine(list[i].Summary))}</li>"));
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

        html.Append("</main>\n<footer><p>").Append(words.Footer(E(ReportFormatting.ToolName) + " " + E(ReportFormatting.ToolSemanticVersion)))
            .Append("</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendReport(StringBuilder html, ComplianceReport report, Facility? facility, ReportOptions options, int number, string planId, ref int findingNumber)
    {
        var s = report.Summary;
        var words = options.Language.Strings();
        html.Append(Inv($"<section class=\"facility\" id=\"facility-{number}\">\n"));
        html.Append("<h2>").Append(E(words.FacilityHeading)).Append(" <span class=\"id\">").Append(E(report.FacilityId)).Append("</span>");
        if (facility?.Name is { } name)
        {
            html.Append(" <span class=\"name\">").Append(E(name)).Append("</span>");
        }

        html.Append("</h2>\n<dl class=\"facts\">");
        if (report.FacilityFile is not null)
        {
            Fact(html, words.FileFact, $"<code>{E(ReportVocabulary.PortablePath(report.FacilityFile))}</code>");
        }

        if (facility?.Jurisdiction is { } jurisdiction)
        {
            Fact(html, words.JurisdictionFact, E(jurisdiction));
        }

        Fact(html, words.RulesFact, E(words.EvaluatedOf(report.RulesEvaluated, report.RuleCount)));
        if (report.Profile is not null)
        {
            Fact(html, words.ProfileLabel, E(report.Profile));
        }

        Fact(html, words.AsOfLabel, E(ReportVocabulary.Date(report.AsOf)));
        Fact(html, words.DigestFact, $"<code>{E(report.RuleDigest)}</code>");
        html.Append("</dl>\n");

        html.Append("<table class=\"summary\"><caption>").Append(E(words.SummaryCaption)).Append(": ").Append(E(words.SummaryLine(s))).Append("</caption>\n<tr>");
        foreach (var (label, css, _) in Counts(s, words))
        {
            html.Append("<th class=\"").Append(css).Append("\">").Append(E(label)).Append("</th>");
        }

        html.Append("</tr>\n<tr>");
        foreach (var (_, css, count) in Counts(s, words))
        {
            html.Append(Inv($"<td class=\"{css}{(count > 0 ? " some" : string.Empty)}\">{count}</td>"));
        }

        html.Append("</tr>\n</table>\n");

        if (facility is not null && SitePlanSvg.Draw(facility, report, planId, words) is { } plan)
        {
            html.Append("<figure class=\"plan\">\n").Append(plan.Svg);
            html.Append("<figcaption>").Append(words.PlanCaption(E(report.FacilityId), plan.SeparationsDrawn));
            if (plan.Unplaced.Count > 0)
            {
                html.Append(' ').Append(E(words.NotDrawn)).Append(E(string.Join(", ", plan.Unplaced))).Append('.');
            }

            html.Append("</figcaption>\n</figure>\n");
        }

        AppendFindings(html, report, options, ref findingNumber);
        AppendWaivers(html, report, words);
        html.Append("</section>\n");
    }

    private static IEnumerable<(string Label, string Css, int Count)> Counts(OutcomeCounts s, ReportStrings words) =>
    [
        (words.OutcomeLabel(Outcome.Violation), "violation", s.Violation),
        (words.OutcomeLabel(Outcome.Indeterminate), "indeterminate", s.Indeterminate),
        (words.OutcomeLabel(Outcome.Error), "error", s.Error),
        (words.OutcomeLabel(Outcome.Waived), "waived", s.Waived),
        (words.OutcomeLabel(Outcome.Pass), "pass", s.Pass),
        (words.OutcomeLabel(Outcome.NotApplicable), "not_applicable", s.NotApplicable),
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
}

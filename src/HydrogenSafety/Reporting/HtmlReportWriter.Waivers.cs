using System.Text;
using HydrogenSafety.Evaluation;

namespace HydrogenSafety.Reporting;

/// <summary>The waivers section of a facility: the waived findings and the warnings about waivers.</summary>
public static partial class HtmlReportWriter
{
    private static void AppendWaivers(StringBuilder html, ComplianceReport report, ReportStrings words)
    {
        var waived = report.Findings.Where(f => f.Outcome == Outcome.Waived).ToList();
        if (waived.Count == 0 && report.Warnings.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"waivers\">\n<h3>").Append(E(words.WaiversHeading)).Append("</h3>\n");
        if (waived.Count > 0)
        {
            html.Append("<table class=\"waived\">\n<tr>");
            foreach (var header in new[] { words.RuleHeader, words.SubjectsHeader, words.WasHeader, words.ReasonHeader, words.ApprovedByHeader, words.ExpiresHeader, words.FindingHeader })
            {
                html.Append("<th>").Append(E(header)).Append("</th>");
            }

            html.Append("</tr>\n");
            foreach (var f in waived)
            {
                var w = f.Waiver;
                html.Append("<tr class=\"waived\"><td><code>").Append(E(f.RuleId)).Append("</code></td><td>").Append(E(ReportFormatting.SubjectIds(f, words)))
                    .Append("</td><td>").Append(E(words.Outcome(f.WaivedOutcome ?? Outcome.Violation)))
                    .Append("</td><td>").Append(E(w?.Reason ?? string.Empty))
                    .Append("</td><td>").Append(E(w?.ApprovedBy ?? string.Empty))
                    .Append("</td><td>").Append(w is null ? string.Empty : E(ReportVocabulary.Date(w.Expires)))
                    .Append("</td><td>").Append(E(ReportFormatting.MessageWithDetail(f, words))).Append("<br><span class=\"source\">").Append(CitationHtml(f.Source)).Append("</span></td></tr>\n");
            }

            html.Append("</table>\n");
        }

        if (report.Warnings.Count > 0)
        {
            html.Append("<ul class=\"warnings\">\n");
            foreach (var warning in report.Warnings)
            {
                html.Append("<li><span class=\"badge warning\">").Append(E(words.WarningBadge)).Append("</span> <code>").Append(E(warning.Code)).Append("</code> ")
                    .Append(E(warning.Message)).Append(" <code>").Append(E(ReportVocabulary.PortablePath(warning.Span.File)))
                    .Append(Inv($":{warning.Span.Line}</code></li>\n"));
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }
}

using System.Text;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>The findings section of a facility: grouped by stage, then severity, each with evidence, citation and remediation.</summary>
public static partial class HtmlReportWriter
{
    private static readonly Stage[] s_stages = [Stage.Production, Stage.Storage, Stage.Transport, Stage.Utilization];

    private static readonly Severity[] s_severitiesHighFirst =
        [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];

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
                if (e.Statement is not null)
                {
                    html.Append("<span class=\"values\">").Append(E(e.Statement)).Append("</span> ");
                }
                else if (e.Left is not null || e.Right is not null)
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
}

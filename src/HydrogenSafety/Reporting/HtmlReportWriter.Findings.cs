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
        var words = options.Language.Strings();
        html.Append("<section class=\"findings\">\n<h3>").Append(E(words.FindingsHeading)).Append("</h3>\n");
        if (listed.Count == 0)
        {
            html.Append("<p class=\"none\">").Append(E(words.NoProblems)).Append("</p>\n");
        }

        foreach (var stage in s_stages.Cast<Stage?>().Append(null))
        {
            var byStage = listed.Where(f => ReportFormatting.PrimaryStage(f) == stage).ToList();
            if (byStage.Count == 0)
            {
                continue;
            }

            var stageName = stage is { } st ? words.Stage(st) : words.FacilitySubject;
            html.Append("<section class=\"stage\">\n<h4>").Append(E(words.StageHeading(stageName))).Append("</h4>\n");
            foreach (var severity in s_severitiesHighFirst)
            {
                var group = byStage.Where(f => f.Severity == severity).ToList();
                if (group.Count == 0)
                {
                    continue;
                }

                html.Append("<h5 class=\"sev-").Append(ReportVocabulary.Name(severity)).Append("\">").Append(E(words.SeverityHeading(severity)))
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
        var words = options.Language.Strings();
        var language = words.Code;
        html.Append(Inv($"<article class=\"finding {outcome} sev-{ReportVocabulary.Name(f.Severity)}\" id=\"finding-{number}\" data-rule=\"{E(f.RuleId)}\">\n"));
        html.Append("<header><span class=\"badge outcome ").Append(outcome).Append("\">").Append(E(words.OutcomePhrase(f.Outcome)));
        if (f.Outcome == Outcome.Indeterminate && options.AllowIndeterminate)
        {
            html.Append(" (").Append(E(words.Allowed)).Append(')');
        }

        html.Append("</span> <span class=\"badge sev-").Append(ReportVocabulary.Name(f.Severity)).Append("\">").Append(E(words.Severity(f.Severity))).Append("</span> ");
        if (f.Status != RuleStatus.Enforced)
        {
            html.Append("<span class=\"badge status\">").Append(E(words.Status(f.Status))).Append("</span> ");
        }

        html.Append("<code class=\"rule\">").Append(E(f.RuleId)).Append("</code> <span class=\"title\">").Append(E(f.TitleIn(language))).Append("</span></header>\n");
        AppendFindingBody(html, f, words);
        html.Append("</article>\n");
    }

    private static void AppendFindingBody(StringBuilder html, Finding f, ReportStrings words)
    {
        var language = words.Code;
        html.Append("<p class=\"subjects\">").Append(f.Subjects.Count == 0
            ? E(words.FacilitySubject)
            : string.Join(", ", f.Subjects.Select(s => $"{E(s.Name)} <strong>{E(s.ComponentId)}</strong>")));
        html.Append("</p>\n");
        var message = f.MessageIn(language);
        if (!string.IsNullOrEmpty(message))
        {
            html.Append("<p class=\"message\">").Append(E(message)).Append("</p>\n");
        }

        if (f.Outcome == Outcome.Error && !string.IsNullOrEmpty(f.Error))
        {
            html.Append("<p class=\"error\">").Append(E(Label(words.ErrorLabel))).Append(": ").Append(E(f.Error)).Append("</p>\n");
        }

        if (f.Evidence.Count > 0)
        {
            html.Append("<ul class=\"evidence\">\n");
            foreach (var e in f.Evidence)
            {
                html.Append("<li>");
                if (words.Statement(e) is { } statement)
                {
                    html.Append("<span class=\"values\">").Append(E(statement)).Append("</span> ");
                }
                else if (e.Left is not null || e.Right is not null)
                {
                    var comparison = string.Join(" ", new[] { e.Left, e.Operator, e.Right }.Where(x => !string.IsNullOrEmpty(x)));
                    html.Append("<span class=\"values\">").Append(E(comparison)).Append("</span> ");
                }

                html.Append("<code class=\"expr\">").Append(E(e.Expression)).Append("</code>");
                if (e.Table is not null)
                {
                    html.Append(" <span class=\"table\">").Append(E(words.TableRow(e.Table, e.Row))).Append("</span>");
                }

                html.Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (f.Missing.Count > 0)
        {
            html.Append("<p class=\"missing\">").Append(E(Label(words.MissingLabel))).Append(": ").Append(E(string.Join(", ", f.Missing))).Append("</p>\n");
        }

        html.Append("<p class=\"source\">").Append(E(Label(words.SourceLabel))).Append(": ").Append(CitationHtml(f.Source)).Append("</p>\n");
        var remediation = f.RemediationIn(language);
        if (!string.IsNullOrEmpty(remediation))
        {
            html.Append("<p class=\"remediation\">").Append(E(Label(words.RemediationLabel))).Append(": ").Append(E(remediation)).Append("</p>\n");
        }

        if (f.Location is { } location)
        {
            html.Append("<p class=\"location\">").Append(E(Label(words.AtLabel))).Append(" <code>").Append(E(ReportVocabulary.PortablePath(location.File)))
                .Append(Inv($":{location.Line}:{location.Column}</code></p>\n"));
        }
    }

    /// <summary>A label as a sentence starts it: the first letter in upper case (no change for Korean or Japanese).</summary>
    private static string Label(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}

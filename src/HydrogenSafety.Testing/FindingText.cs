using System.Globalization;
using System.Text;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Testing;

/// <summary>Failure-message text for findings and reports.</summary>
internal static class FindingText
{
    public static string Name(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "pass",
        Outcome.Violation => "violation",
        Outcome.Indeterminate => "indeterminate",
        Outcome.Waived => "waived",
        Outcome.NotApplicable => "not_applicable",
        Outcome.Error => "error",
        _ => outcome.ToString(),
    };

    public static string Name(Severity severity) => severity.ToString().ToLowerInvariant();

    public static string Facility(ComplianceReport report) =>
        report.FacilityFile is null ? $"facility {report.FacilityId}" : $"facility {report.FacilityId} ({report.FacilityFile})";

    /// <summary>One finding as an indented block: a headline, then message, evidence, missing, citation and place.</summary>
    public static void Append(StringBuilder text, Finding finding)
    {
        text.Append(CultureInfo.InvariantCulture,
            $"  [{Name(finding.Severity)}] {Name(finding.Outcome)} {finding.RuleId} ({TextReportWriter.SubjectsText(finding)})");
        if (finding.Status != RuleStatus.Enforced)
        {
            text.Append(CultureInfo.InvariantCulture, $" [{finding.Status.ToString().ToLowerInvariant()}]");
        }

        text.Append('\n');
        foreach (var line in TextReportWriter.DetailLines(finding))
        {
            text.Append("      ").Append(line).Append('\n');
        }
    }

    public static string List(IEnumerable<Finding> findings)
    {
        var text = new StringBuilder();
        foreach (var finding in findings)
        {
            Append(text, finding);
        }

        return text.ToString();
    }

    public static string Plural(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}

using System.Globalization;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>The words reports print for outcomes, severities, statuses and stages, and small shared helpers.</summary>
internal static class ReportVocabulary
{
    /// <summary>The report format identifier written as <c>report</c>.</summary>
    public const string FormatId = "h2safety/1";

    /// <summary>Outcome names as the report and rule tests write them.</summary>
    public static string Name(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "pass",
        Outcome.Violation => "violation",
        Outcome.Indeterminate => "indeterminate",
        Outcome.Waived => "waived",
        Outcome.NotApplicable => "not_applicable",
        Outcome.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>Severity names as rule files write them.</summary>
    public static string Name(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Low => "low",
        Severity.Medium => "medium",
        Severity.High => "high",
        Severity.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>Status names as rule files write them.</summary>
    public static string Name(RuleStatus status) => status switch
    {
        RuleStatus.Enforced => "enforced",
        RuleStatus.Advisory => "advisory",
        RuleStatus.Draft => "draft",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Stage names as rule and facility files write them.</summary>
    public static string Name(Stage stage) => stage switch
    {
        Stage.Production => "production",
        Stage.Storage => "storage",
        Stage.Transport => "transport",
        Stage.Utilization => "utilization",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>Whether a finding with this outcome is listed (the summary counts every outcome regardless).</summary>
    public static bool IsListed(Outcome outcome, bool showPasses) =>
        showPasses || outcome is Outcome.Violation or Outcome.Indeterminate or Outcome.Error or Outcome.Waived;

    /// <summary>A file path with '/' separators, so reports read the same on every platform.</summary>
    public static string PortablePath(string path) =>
        Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;

    /// <summary>An as-of date as <c>yyyy-MM-dd</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Text.Json;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Reporting;

/// <summary>SARIF results: one per listed finding, with its kind, level, locations, fingerprint and properties.</summary>
public static partial class SarifReportWriter
{
    private static bool IsResult(Outcome outcome, ReportOptions options) =>
        outcome is Outcome.Violation or Outcome.Indeterminate or Outcome.Error or Outcome.Waived ||
        (options.ShowPasses && outcome is Outcome.Pass or Outcome.NotApplicable);

    private static void WriteResult(Utf8JsonWriter w, ComplianceReport report, Facility? facility, Finding f, int ruleIndex, ReportOptions options)
    {
        var judged = f.Outcome == Outcome.Waived ? f.WaivedOutcome ?? Outcome.Violation : f.Outcome;
        var (kind, level) = judged switch
        {
            Outcome.Pass => ("pass", "none"),
            Outcome.NotApplicable => ("notApplicable", "none"),
            Outcome.Indeterminate when options.AllowIndeterminate => ("review", "none"),
            _ => ("fail", ReportFormatting.SarifLevel(f.Severity, f.Status)),
        };

        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("kind", kind);
        w.WriteString("level", level);
        w.WriteStartObject("message");
        w.WriteString("text", ReportFormatting.MessageWithDetail(f, options.Language.Strings()));
        w.WriteEndObject();

        w.WriteStartArray("locations");
        w.WriteStartObject();
        if (report.FacilityFile is not null)
        {
            WritePhysicalLocation(w, report.FacilityFile, f.Location);
        }

        w.WriteStartArray("logicalLocations");
        WriteLogicalLocation(w, report.FacilityId, f.Subjects.Count == 0 ? null : f.Subjects[0].ComponentId);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();

        if (f.Subjects.Count > 1)
        {
            WriteRelatedLocations(w, report, facility, f.Subjects);
        }

        w.WriteStartObject("partialFingerprints");
        w.WriteString(FingerprintKey, ReportFormatting.Fingerprint(report.FacilityId, f));
        w.WriteEndObject();

        if (f.Waiver is { } waiver)
        {
            WriteSuppression(w, waiver);
        }

        WriteResultProperties(w, report, f, options.Language.Strings());
        w.WriteEndObject();
    }

    private static void WriteResultProperties(Utf8JsonWriter w, ComplianceReport report, Finding f, ReportStrings words)
    {
        var language = words.Code;
        w.WriteStartObject("properties");
        w.WriteString("outcome", ReportVocabulary.Name(f.Outcome));
        if (f.WaivedOutcome is { } was)
        {
            w.WriteString("waivedOutcome", ReportVocabulary.Name(was));
        }

        w.WriteString("severity", ReportVocabulary.Name(f.Severity));
        w.WriteString("status", ReportVocabulary.Name(f.Status));
        w.WriteString("ruleVersion", f.RuleVersion);
        w.WriteString("facility", report.FacilityId);
        ReportJson.WriteSubjects(w, f.Subjects);
        ReportJson.WriteEvidence(w, f.Evidence, words);
        ReportJson.WriteStringArray(w, "missing", f.Missing);
        ReportJson.WriteCitation(w, "citation", f.Source);
        if (f.RemediationIn(language) is { } remediation)
        {
            w.WriteString("remediation", remediation);
        }

        if (f.Outcome == Outcome.Error && f.Error is not null)
        {
            w.WriteString("error", f.Error);
        }

        w.WriteEndObject();
    }
}

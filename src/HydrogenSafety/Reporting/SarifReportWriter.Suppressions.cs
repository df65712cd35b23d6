using System.Text.Json;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Reporting;

/// <summary>Waivers in SARIF: a waived finding's accepted suppression; expired and stale waivers as tool notifications.</summary>
public static partial class SarifReportWriter
{
    private static void WriteSuppression(Utf8JsonWriter w, WaiverDeclaration waiver)
    {
        w.WriteStartArray("suppressions");
        w.WriteStartObject();
        w.WriteString("kind", "external");
        w.WriteString("status", "accepted");
        w.WriteString("justification", waiver.Reason);
        if (waiver.Span is { } waiverSpan)
        {
            w.WriteStartObject("location");
            WritePhysicalLocation(w, waiverSpan.File, waiverSpan);
            w.WriteEndObject();
        }

        w.WriteStartObject("properties");
        w.WriteString("rule", waiver.Rule);
        w.WriteString("approvedBy", waiver.ApprovedBy);
        w.WriteString("expires", ReportVocabulary.Date(waiver.Expires));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteInvocation(Utf8JsonWriter w, List<ComplianceReport> reports)
    {
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", true);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var report in reports)
        {
            foreach (var warning in report.Warnings)
            {
                w.WriteStartObject();
                w.WriteStartArray("locations");
                w.WriteStartObject();
                WritePhysicalLocation(w, warning.Span.File, warning.Span);
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteStartObject("message");
                w.WriteString("text", warning.Message);
                w.WriteEndObject();
                w.WriteString("level", warning.IsError ? "error" : "warning");
                w.WriteStartObject("descriptor");
                w.WriteString("id", warning.Code);
                w.WriteEndObject();
                w.WriteStartObject("properties");
                w.WriteString("facility", report.FacilityId);
                w.WriteEndObject();
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }
}

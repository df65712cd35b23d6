using System.Text.Json;
using HydrogenSafety.Evaluation;

namespace HydrogenSafety.Reporting;

/// <summary>
/// Writes compliance reports as JSON (format <c>h2safety/1</c>, SPEC §6): one report as an object,
/// several as an array. Indented with two spaces, <c>\n</c> line ends, UTF-8 without a byte order
/// mark, fields in a fixed order and a final newline; the same reports always give the same bytes.
/// </summary>
public static class JsonReportWriter
{
    private static readonly JsonWriterOptions s_writerOptions = ReportJson.WriterOptions;

    /// <summary>Writes one report as a JSON object.</summary>
    /// <param name="stream">Where to write UTF-8 bytes; left open.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">What to include; default: no passes.</param>
    public static void Write(Stream stream, ComplianceReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        options ??= new ReportOptions();
        using (var writer = new Utf8JsonWriter(stream, s_writerOptions))
        {
            WriteReport(writer, report, options);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes several reports as a JSON array, in the order given.</summary>
    /// <param name="stream">Where to write UTF-8 bytes; left open.</param>
    /// <param name="reports">The reports.</param>
    /// <param name="options">What to include; default: no passes.</param>
    public static void Write(Stream stream, IEnumerable<ComplianceReport> reports, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(reports);
        options ??= new ReportOptions();
        using (var writer = new Utf8JsonWriter(stream, s_writerOptions))
        {
            writer.WriteStartArray();
            foreach (var report in reports)
            {
                WriteReport(writer, report, options);
                // Each report reaches the stream when it is written: the reports may be streamed as they are evaluated.
                writer.Flush();
            }

            writer.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Renders one report into a pooled buffer: as an element of the array <see cref="Write(Stream, IEnumerable{ComplianceReport}, ReportOptions?)"/>
    /// writes (<paramref name="element"/> true), or as the whole object <see cref="Write(Stream, ComplianceReport, ReportOptions?)"/>
    /// writes. <see cref="WriteRendered"/> puts rendered reports together into the same bytes.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="options">What to include; default: no passes.</param>
    /// <param name="element">An element of an array of reports, or one report alone.</param>
    public static RenderedJsonReport Render(ComplianceReport report, ReportOptions? options = null, bool element = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= new ReportOptions();
        var rendered = new RenderedJsonReport(1 << 16) { IsArrayElement = element };
        try
        {
            using (var writer = new Utf8JsonWriter(rendered, s_writerOptions))
            {
                if (element)
                {
                    // Written inside an array so that the object carries the array's indentation and line break;
                    // the '[' itself is dropped below, and WriteRendered writes the array's brackets and commas.
                    writer.WriteStartArray();
                }

                WriteReport(writer, report, options);
                writer.Flush();
            }

            if (element)
            {
                rendered.Skip(1);
            }
            else
            {
                rendered.Append((byte)'\n');
            }

            return rendered;
        }
        catch
        {
            rendered.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes reports rendered by <see cref="Render"/>, in the order given, disposing each once written: the same
    /// bytes <see cref="Write(Stream, IEnumerable{ComplianceReport}, ReportOptions?)"/> (elements) or
    /// <see cref="Write(Stream, ComplianceReport, ReportOptions?)"/> (one report alone) writes.
    /// </summary>
    /// <param name="stream">Where to write UTF-8 bytes; left open; flushed after each report.</param>
    /// <param name="reports">The rendered reports: all elements, or one report alone.</param>
    public static void WriteRendered(Stream stream, IEnumerable<RenderedJsonReport> reports)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(reports);
        var count = 0;
        var array = true;
        foreach (var report in reports)
        {
            using (report)
            {
                if (!report.IsArrayElement)
                {
                    array = false;
                    stream.Write(report.Bytes);
                    continue;
                }

                stream.Write(count == 0 ? "["u8 : ","u8);
                stream.Write(report.Bytes);
                stream.Flush();
                count++;
            }
        }

        if (array)
        {
            stream.Write(count == 0 ? "[]\n"u8 : "\n]\n"u8);
        }
    }

    /// <summary>One report as JSON text (an object).</summary>
    public static string ToJson(ComplianceReport report, ReportOptions? options = null) =>
        ReportJson.ToText(stream => Write(stream, report, options));

    /// <summary>Several reports as JSON text (an array).</summary>
    public static string ToJson(IEnumerable<ComplianceReport> reports, ReportOptions? options = null) =>
        ReportJson.ToText(stream => Write(stream, reports, options));

    private static void WriteReport(Utf8JsonWriter w, ComplianceReport report, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        w.WriteStartObject();
        w.WriteString("report", ReportVocabulary.FormatId);

        w.WriteStartObject("facility");
        w.WriteString("id", report.FacilityId);
        ReportJson.WriteStringOrNull(w, "file", report.FacilityFile is null ? null : ReportVocabulary.PortablePath(report.FacilityFile));
        w.WriteEndObject();

        w.WriteStartObject("rules");
        w.WriteNumber("count", report.RuleCount);
        w.WriteNumber("evaluated", report.RulesEvaluated);
        w.WriteNumber("not_selected", report.RulesNotSelected);
        ReportJson.WriteStringOrNull(w, "profile", report.Profile);
        w.WriteString("digest", report.RuleDigest);
        w.WriteEndObject();

        w.WriteString("as_of", ReportVocabulary.Date(report.AsOf));
        if (options.Language != ReportLanguage.English)
        {
            // Titles, messages and remediations below are in this language (English where a rule has no translation).
            w.WriteString("language", options.Language.Code());
        }

        w.WritePropertyName("summary");
        WriteCounts(w, report.Summary);

        w.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            if (ReportVocabulary.IsListed(finding.Outcome, options.ShowPasses))
            {
                WriteFinding(w, finding, options.Language.Strings());
            }
        }

        w.WriteEndArray();

        w.WriteStartArray("rule_results");
        foreach (var result in report.RuleResults)
        {
            w.WriteStartObject();
            w.WriteString("rule", result.RuleId);
            w.WriteNumber("bindings", result.Bindings);
            ReportJson.WriteCountFields(w, result.Outcomes);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("warnings");
        foreach (var warning in report.Warnings)
        {
            w.WriteStartObject();
            w.WriteString("code", warning.Code);
            w.WriteString("message", warning.Message);
            w.WriteString("file", ReportVocabulary.PortablePath(warning.Span.File));
            w.WriteNumber("line", warning.Span.Line);
            w.WriteNumber("column", warning.Span.Column);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f, ReportStrings words)
    {
        var language = words.Code;
        w.WriteStartObject();
        w.WriteString("rule", f.RuleId);
        w.WriteString("title", f.TitleIn(language));
        w.WriteString("version", f.RuleVersion);
        w.WriteString("outcome", ReportVocabulary.Name(f.Outcome));
        w.WriteString("severity", ReportVocabulary.Name(f.Severity));
        w.WriteString("status", ReportVocabulary.Name(f.Status));
        ReportJson.WriteStages(w, f.Stages);
        ReportJson.WriteSubjects(w, f.Subjects);
        w.WriteString("message", f.MessageIn(language));
        ReportJson.WriteEvidence(w, f.Evidence, words);
        if (!f.EvidenceTrace.SequenceEqual(f.Evidence))
        {
            // The full trace only where it holds more than the deciding evidence (SPEC §6).
            ReportJson.WriteEvidence(w, f.EvidenceTrace, words, "evidence_trace");
        }

        ReportJson.WriteStringArray(w, "missing", f.Missing);
        ReportJson.WriteCitation(w, "source", f.Source);
        ReportJson.WriteStringOrNull(w, "remediation", f.RemediationIn(language));

        if (f.Location is { } location)
        {
            w.WriteStartObject("location");
            w.WriteString("file", ReportVocabulary.PortablePath(location.File));
            w.WriteNumber("line", location.Line);
            w.WriteNumber("column", location.Column);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("location");
        }

        if (f.Outcome == Outcome.Error)
        {
            ReportJson.WriteStringOrNull(w, "error", f.Error);
        }

        if (f.Waiver is { } waiver)
        {
            w.WriteStartObject("waiver");
            w.WriteString("rule", waiver.Rule);
            w.WriteString("was", ReportVocabulary.Name(f.WaivedOutcome ?? Outcome.Violation));
            w.WriteString("reason", waiver.Reason);
            w.WriteString("approved_by", waiver.ApprovedBy);
            w.WriteString("expires", ReportVocabulary.Date(waiver.Expires));
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter w, OutcomeCounts counts)
    {
        w.WriteStartObject();
        ReportJson.WriteCountFields(w, counts);
        w.WriteEndObject();
    }
}

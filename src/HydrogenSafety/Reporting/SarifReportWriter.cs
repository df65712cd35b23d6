using System.Text.Json;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>
/// Writes compliance reports as SARIF 2.1.0 (for code-scanning viewers): one run whatever the number
/// of facilities; <c>tool.driver.rules</c> holds every rule of the rule set (when given) with help text
/// and citation; each violation, indeterminate outcome and error is a result with an explicit
/// <c>level</c>, located at the line of its first subject in the facility file, with the other subjects
/// as related locations and a <c>partialFingerprints</c> entry that stays the same across runs; a waived
/// finding is a result with an accepted external suppression. Expired and stale waivers are tool
/// notifications of the invocation. Indented with two spaces, <c>\n</c> line ends, UTF-8 without a
/// byte order mark; the same reports always give the same bytes.
/// </summary>
/// <remarks>
/// A facility file given as a relative path is written as that relative URI; an absolute path inside the
/// current directory is made relative to it, any other absolute path becomes a <c>file:</c> URI.
/// </remarks>
public static partial class SarifReportWriter
{
    /// <summary>The schema written as <c>$schema</c>: the OASIS SARIF 2.1.0 schema (errata 01).</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>The key of our entry in <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "h2safetyFinding/v1";

    private static readonly JsonWriterOptions s_writerOptions = ReportJson.WriterOptions;

    /// <summary>Writes one report as a SARIF log; the rules are those the findings name.</summary>
    public static void Write(Stream stream, ComplianceReport report, ReportOptions? options = null) =>
        Write(stream, [report], rules: null, facilities: null, options);

    /// <summary>Writes several reports as one SARIF run; the rules are those the findings name.</summary>
    public static void Write(Stream stream, IEnumerable<ComplianceReport> reports, ReportOptions? options = null) =>
        Write(stream, reports, rules: null, facilities: null, options);

    /// <summary>Writes one report as a SARIF log with every rule of <paramref name="rules"/> in <c>tool.driver.rules</c>.</summary>
    public static void Write(Stream stream, ComplianceReport report, RuleSet? rules, ReportOptions? options = null) =>
        Write(stream, [report], rules, facilities: null, options);

    /// <summary>
    /// Writes several reports as one SARIF run.
    /// </summary>
    /// <param name="stream">Where to write UTF-8 bytes; left open.</param>
    /// <param name="reports">The reports, one per facility.</param>
    /// <param name="rules">The rule set evaluated (as tailored by a profile): every rule it selects goes into
    /// <c>tool.driver.rules</c>. Null: only the rules the findings name.</param>
    /// <param name="facilities">The facilities the reports were made from, so that the other subjects of a
    /// finding get their own line as related locations. Null: related locations name the file only.</param>
    /// <param name="options">Passes (as <c>pass</c>/<c>notApplicable</c> results) and indeterminate handling.</param>
    public static void Write(Stream stream, IEnumerable<ComplianceReport> reports, RuleSet? rules, IEnumerable<Facility>? facilities = null, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(reports);
        var list = reports.ToList();
        foreach (var report in list)
        {
            ArgumentNullException.ThrowIfNull(report);
        }

        using (var writer = new Utf8JsonWriter(stream, s_writerOptions))
        {
            WriteLog(writer, list, rules, facilities?.ToList() ?? [], options ?? new ReportOptions());
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>One report as SARIF text; the rules are those the findings name.</summary>
    public static string ToSarif(ComplianceReport report, ReportOptions? options = null) =>
        ToSarif([report], rules: null, facilities: null, options);

    /// <summary>One report as SARIF text with every rule of <paramref name="rules"/>.</summary>
    public static string ToSarif(ComplianceReport report, RuleSet? rules, ReportOptions? options = null) =>
        ToSarif([report], rules, facilities: null, options);

    /// <summary>Several reports as SARIF text (one run); the rules are those the findings name.</summary>
    public static string ToSarif(IEnumerable<ComplianceReport> reports, ReportOptions? options = null) =>
        ToSarif(reports, rules: null, facilities: null, options);

    /// <summary>Several reports as SARIF text (one run); see <see cref="Write(Stream, IEnumerable{ComplianceReport}, RuleSet?, IEnumerable{Facility}?, ReportOptions?)"/>.</summary>
    public static string ToSarif(IEnumerable<ComplianceReport> reports, RuleSet? rules, IEnumerable<Facility>? facilities = null, ReportOptions? options = null) =>
        ReportJson.ToText(stream => Write(stream, reports, rules, facilities, options));

    private static void WriteLog(Utf8JsonWriter w, List<ComplianceReport> reports, RuleSet? rules, List<Facility> facilities, ReportOptions options)
    {
        var descriptors = RuleDescriptors(reports, rules, options.Language.Code());
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < descriptors.Count; i++)
        {
            index[descriptors[i].Id] = i;
        }

        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();

        WriteDriver(w, descriptors);

        WriteInvocation(w, reports);
        if (options.Language != ReportLanguage.English)
        {
            // SARIF's run.language: the language of the messages (rule titles, messages, remediations) in this run.
            w.WriteString("language", options.Language.Code());
        }

        w.WriteString("columnKind", "utf16CodeUnits");

        w.WriteStartArray("results");
        foreach (var report in reports)
        {
            var facility = ReportFormatting.FacilityOf(report, facilities);
            foreach (var finding in report.Findings)
            {
                if (IsResult(finding.Outcome, options))
                {
                    WriteResult(w, report, facility, finding, index[finding.RuleId], options);
                }
            }
        }

        w.WriteEndArray();

        WriteFacilities(w, reports);

        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary><c>properties.facilities</c>: what each report was made from and its summary.</summary>
    private static void WriteFacilities(Utf8JsonWriter w, List<ComplianceReport> reports)
    {
        w.WriteStartObject("properties");
        w.WriteStartArray("facilities");
        foreach (var report in reports)
        {
            w.WriteStartObject();
            w.WriteString("id", report.FacilityId);
            ReportJson.WriteStringOrNull(w, "file", report.FacilityFile is null ? null : ArtifactUri(report.FacilityFile));
            w.WriteString("asOf", ReportVocabulary.Date(report.AsOf));
            ReportJson.WriteStringOrNull(w, "profile", report.Profile);
            w.WriteString("ruleDigest", report.RuleDigest);
            w.WriteNumber("rulesEvaluated", report.RulesEvaluated);
            w.WriteNumber("ruleCount", report.RuleCount);
            w.WriteStartObject("summary");
            ReportJson.WriteCountFields(w, report.Summary);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}

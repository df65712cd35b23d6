using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HydrogenSafety.Diagnostics;
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
public static class SarifReportWriter
{
    /// <summary>The schema written as <c>$schema</c>: the OASIS SARIF 2.1.0 schema (errata 01).</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>The key of our entry in <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "h2safetyFinding/v1";

    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

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
    public static string ToSarif(IEnumerable<ComplianceReport> reports, RuleSet? rules, IEnumerable<Facility>? facilities = null, ReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(stream, reports, rules, facilities, options);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteLog(Utf8JsonWriter w, List<ComplianceReport> reports, RuleSet? rules, List<Facility> facilities, ReportOptions options)
    {
        var descriptors = RuleDescriptors(reports, rules);
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

        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", ReportFormatting.ToolName);
        w.WriteString("fullName", "h2safety: hydrogen facility safety checker");
        w.WriteString("version", ReportFormatting.ToolVersion);
        w.WriteString("semanticVersion", ReportFormatting.ToolSemanticVersion);
        w.WriteStartArray("rules");
        foreach (var descriptor in descriptors)
        {
            WriteRule(w, descriptor);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        WriteInvocation(w, reports);
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

        w.WriteStartObject("properties");
        w.WriteStartArray("facilities");
        foreach (var report in reports)
        {
            w.WriteStartObject();
            w.WriteString("id", report.FacilityId);
            WriteStringOrNull(w, "file", report.FacilityFile is null ? null : ArtifactUri(report.FacilityFile));
            w.WriteString("asOf", ReportVocabulary.Date(report.AsOf));
            WriteStringOrNull(w, "profile", report.Profile);
            w.WriteString("ruleDigest", report.RuleDigest);
            w.WriteNumber("rulesEvaluated", report.RulesEvaluated);
            w.WriteNumber("ruleCount", report.RuleCount);
            var s = report.Summary;
            w.WriteStartObject("summary");
            w.WriteNumber("violation", s.Violation);
            w.WriteNumber("indeterminate", s.Indeterminate);
            w.WriteNumber("error", s.Error);
            w.WriteNumber("waived", s.Waived);
            w.WriteNumber("pass", s.Pass);
            w.WriteNumber("not_applicable", s.NotApplicable);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static bool IsResult(Outcome outcome, ReportOptions options) =>
        outcome is Outcome.Violation or Outcome.Indeterminate or Outcome.Error or Outcome.Waived ||
        (options.ShowPasses && outcome is Outcome.Pass or Outcome.NotApplicable);

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

    private static void WriteRule(Utf8JsonWriter w, RuleDescriptor r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("name", PascalName(r.Id));
        w.WriteStartObject("shortDescription");
        w.WriteString("text", r.Title);
        w.WriteEndObject();
        w.WriteStartObject("fullDescription");
        w.WriteString("text", FullDescription(r));
        w.WriteEndObject();
        if (ReportFormatting.HttpUrl(r.Source) is { } url)
        {
            w.WriteString("helpUri", url);
        }

        w.WriteStartObject("help");
        w.WriteString("text", HelpText(r));
        w.WriteString("markdown", HelpMarkdown(r));
        w.WriteEndObject();

        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", ReportFormatting.SarifLevel(r.Severity));
        w.WriteEndObject();

        w.WriteStartObject("properties");
        w.WriteStartArray("tags");
        foreach (var tag in r.Tags.Distinct(StringComparer.Ordinal).Take(20))
        {
            w.WriteStringValue(tag);
        }

        w.WriteEndArray();
        w.WriteString("severity", ReportVocabulary.Name(r.Severity));
        w.WriteString("status", ReportVocabulary.Name(r.Status));
        WriteStringOrNull(w, "stage", r.Stages.Count == 0 ? null : ReportVocabulary.Name(r.Stages[0]));
        w.WriteStartArray("stages");
        foreach (var stage in r.Stages)
        {
            w.WriteStringValue(ReportVocabulary.Name(stage));
        }

        w.WriteEndArray();
        w.WriteString("ruleVersion", r.Version);
        WriteCitation(w, "citation", r.Source);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, ComplianceReport report, Facility? facility, Finding f, int ruleIndex, ReportOptions options)
    {
        var judged = f.Outcome == Outcome.Waived ? f.WaivedOutcome ?? Outcome.Violation : f.Outcome;
        var (kind, level) = judged switch
        {
            Outcome.Pass => ("pass", "none"),
            Outcome.NotApplicable => ("notApplicable", "none"),
            Outcome.Indeterminate when options.AllowIndeterminate => ("review", "none"),
            _ => ("fail", ReportFormatting.SarifLevel(f.Severity)),
        };

        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("kind", kind);
        w.WriteString("level", level);
        w.WriteStartObject("message");
        w.WriteString("text", ReportFormatting.MessageWithDetail(f));
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
            w.WriteStartArray("relatedLocations");
            for (var i = 1; i < f.Subjects.Count; i++)
            {
                var subject = f.Subjects[i];
                w.WriteStartObject();
                w.WriteNumber("id", i);
                if (report.FacilityFile is not null)
                {
                    var span = facility?.Components.FirstOrDefault(c => string.Equals(c.Id, subject.ComponentId, StringComparison.Ordinal))?.Span;
                    WritePhysicalLocation(w, report.FacilityFile, span);
                }

                w.WriteStartArray("logicalLocations");
                WriteLogicalLocation(w, report.FacilityId, subject.ComponentId);
                w.WriteEndArray();
                w.WriteStartObject("message");
                w.WriteString("text", $"{subject.Name} {subject.ComponentId}");
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartObject("partialFingerprints");
        w.WriteString(FingerprintKey, ReportFormatting.Fingerprint(report.FacilityId, f));
        w.WriteEndObject();

        if (f.Waiver is { } waiver)
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

        WriteResultProperties(w, report, f);
        w.WriteEndObject();
    }

    private static void WriteResultProperties(Utf8JsonWriter w, ComplianceReport report, Finding f)
    {
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
        w.WriteStartObject("subjects");
        foreach (var subject in f.Subjects)
        {
            w.WriteString(subject.Name, subject.ComponentId);
        }

        w.WriteEndObject();
        w.WriteStartArray("evidence");
        foreach (var e in f.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("expression", e.Expression);
            WriteStringIfPresent(w, "left", e.Left);
            WriteStringIfPresent(w, "operator", e.Operator);
            WriteStringIfPresent(w, "right", e.Right);
            WriteStringIfPresent(w, "table", e.Table);
            WriteStringIfPresent(w, "row", e.Row);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("missing");
        foreach (var missing in f.Missing)
        {
            w.WriteStringValue(missing);
        }

        w.WriteEndArray();
        WriteCitation(w, "citation", f.Source);
        if (f.Remediation is not null)
        {
            w.WriteString("remediation", f.Remediation);
        }

        if (f.Outcome == Outcome.Error && f.Error is not null)
        {
            w.WriteString("error", f.Error);
        }

        w.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter w, string file, SourceSpan? span)
    {
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", ArtifactUri(file));
        w.WriteEndObject();
        if (span is not null && span.Line >= 1)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", span.Line);
            w.WriteNumber("startColumn", Math.Max(1, span.Column));
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteLogicalLocation(Utf8JsonWriter w, string facilityId, string? componentId)
    {
        w.WriteStartObject();
        if (componentId is null)
        {
            w.WriteString("name", facilityId);
            w.WriteString("fullyQualifiedName", facilityId);
            w.WriteString("kind", "module");
        }
        else
        {
            w.WriteString("name", componentId);
            w.WriteString("fullyQualifiedName", $"{facilityId}/{componentId}");
            w.WriteString("kind", "object");
        }

        w.WriteEndObject();
    }

    private static void WriteCitation(Utf8JsonWriter w, string name, Citation source)
    {
        w.WriteStartObject(name);
        w.WriteString("document", source.Document);
        WriteStringIfPresent(w, "edition", source.Edition);
        WriteStringIfPresent(w, "clause", source.Clause);
        WriteStringIfPresent(w, "url", source.Url);
        w.WriteEndObject();
    }

    /// <summary>A file path as a SARIF artifact URI: relative when it can be, escaped per segment.</summary>
    internal static string ArtifactUri(string file)
    {
        var path = file;
        if (Path.IsPathRooted(path))
        {
            var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
            if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return new Uri(Path.GetFullPath(path)).AbsoluteUri;
            }

            path = relative;
        }

        var segments = ReportVocabulary.PortablePath(path).Split('/');
        var start = 0;
        while (start < segments.Length - 1 && segments[start] == ".")
        {
            start++;
        }

        return string.Join("/", segments.Skip(start).Select(s => s == ".." ? s : Uri.EscapeDataString(s)));
    }

    private static List<RuleDescriptor> RuleDescriptors(List<ComplianceReport> reports, RuleSet? rules)
    {
        var list = new List<RuleDescriptor>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (rules is not null)
        {
            foreach (var rule in rules.Rules)
            {
                if (!rules.Excluded.Contains(rule.Id) && seen.Add(rule.Id))
                {
                    list.Add(RuleDescriptor.From(rule));
                }
            }
        }

        var extra = new SortedDictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var finding in reports.SelectMany(r => r.Findings))
        {
            if (!seen.Contains(finding.RuleId) && !extra.ContainsKey(finding.RuleId))
            {
                extra[finding.RuleId] = RuleDescriptor.From(finding);
            }
        }

        list.AddRange(extra.Values);
        return list;
    }

    private static string FullDescription(RuleDescriptor r)
    {
        var text = new StringBuilder(r.Title.TrimEnd('.')).Append('.');
        if (r.Requirement is not null)
        {
            text.Append(" Requires: ").Append(r.Requirement).Append('.');
        }

        if (r.Applicability is not null)
        {
            text.Append(" Applies when: ").Append(r.Applicability).Append('.');
        }

        text.Append(" Source: ").Append(r.Source).Append('.');
        return text.ToString();
    }

    private static string HelpText(RuleDescriptor r)
    {
        var text = new StringBuilder(r.Title);
        if (r.Remediation is not null)
        {
            text.Append("\n\nRemediation: ").Append(r.Remediation);
        }

        text.Append("\n\nSource: ").Append(r.Source);
        if (r.Source.Url is not null)
        {
            text.Append(" <").Append(r.Source.Url).Append('>');
        }

        return text.ToString();
    }

    private static string HelpMarkdown(RuleDescriptor r)
    {
        var text = new StringBuilder("**").Append(MarkdownReportWriter.Escape(r.Title)).Append("**");
        if (r.Remediation is not null)
        {
            text.Append("\n\n**Remediation:** ").Append(MarkdownReportWriter.Escape(r.Remediation));
        }

        text.Append("\n\n**Source:** ").Append(MarkdownReportWriter.CitationLink(r.Source));
        return text.ToString();
    }

    /// <summary><c>KR-HPG-PROTECTED-FACILITY-DIST</c> → <c>KrHpgProtectedFacilityDist</c>.</summary>
    private static string PascalName(string id)
    {
        var name = new StringBuilder(id.Length);
        var upper = true;
        foreach (var c in id)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            name.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            upper = false;
        }

        return name.Length == 0 ? id : name.ToString();
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteStringIfPresent(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>What SARIF says about a rule, from its definition or, failing that, from one of its findings.</summary>
    private sealed record RuleDescriptor(
        string Id, string Title, Severity Severity, RuleStatus Status, IReadOnlyList<Stage> Stages, string Version,
        Citation Source, string? Remediation, IReadOnlyList<string> Tags, string? Requirement, string? Applicability)
    {
        public static RuleDescriptor From(RuleDefinition rule) => new(
            rule.Id, rule.Title, rule.Severity, rule.Status, rule.Stages, rule.Version, rule.Source, rule.Remediation, rule.Tags,
            rule.Require.Count == 0 ? null : string.Join(" and ", rule.Require.Select(r => OneLine(r.Text))),
            rule.When is null ? null : OneLine(rule.When.Text));

        public static RuleDescriptor From(Finding f) => new(
            f.RuleId, f.Title, f.Severity, f.Status, f.Stages, f.RuleVersion, f.Source, f.Remediation, [], null, null);

        private static string OneLine(string text) => string.Join(" ", text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
    }
}

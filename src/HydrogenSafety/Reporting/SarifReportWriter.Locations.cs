using System.Text.Json;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Reporting;

/// <summary>SARIF locations: physical (artifact URI and region), logical (facility and component) and related.</summary>
public static partial class SarifReportWriter
{
    /// <summary>The other subjects of a finding (all but the first), each at its component's line when known.</summary>
    private static void WriteRelatedLocations(Utf8JsonWriter w, ComplianceReport report, Facility? facility, IReadOnlyList<SubjectBinding> subjects)
    {
        w.WriteStartArray("relatedLocations");
        for (var i = 1; i < subjects.Count; i++)
        {
            var subject = subjects[i];
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
}

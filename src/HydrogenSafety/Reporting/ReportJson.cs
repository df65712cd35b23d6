using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>JSON pieces the JSON and SARIF writers write alike.</summary>
internal static class ReportJson
{
    /// <summary>
    /// Two-space indents, <c>\n</c> line ends; operators such as <c>&gt;=</c> and non-ASCII text stay readable
    /// (the output is a file, never embedded in HTML). A new value on every call: there is no shared static state.
    /// </summary>
    public static JsonWriterOptions WriterOptions => new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>What <paramref name="write"/> writes to a stream, as UTF-8 text.</summary>
    public static string ToText(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary><c>"stage"</c> (the first stage, or null) and <c>"stages"</c> (all of them).</summary>
    public static void WriteStages(Utf8JsonWriter w, IReadOnlyList<Stage> stages)
    {
        WriteStringOrNull(w, "stage", stages.Count == 0 ? null : ReportVocabulary.Name(stages[0]));
        WriteStringArray(w, "stages", stages.Select(ReportVocabulary.Name));
    }

    /// <summary><c>"subjects"</c>: an object from each subject's name to its component id.</summary>
    public static void WriteSubjects(Utf8JsonWriter w, IReadOnlyList<SubjectBinding> subjects)
    {
        w.WriteStartObject("subjects");
        foreach (var subject in subjects)
        {
            w.WriteString(subject.Name, subject.ComponentId);
        }

        w.WriteEndObject();
    }

    /// <summary><c>"evidence"</c>: one object per comparison, fields without a value left out.</summary>
    public static void WriteEvidence(Utf8JsonWriter w, IReadOnlyList<Evidence> evidence, string name = "evidence") =>
        WriteEvidence(w, evidence, ReportStrings.English, name);

    /// <summary><c>"evidence"</c> with each <c>statement</c> in the words' language (the machine fields as they are).</summary>
    public static void WriteEvidence(Utf8JsonWriter w, IReadOnlyList<Evidence> evidence, ReportStrings words, string name = "evidence")
    {
        w.WriteStartArray(name);
        foreach (var e in evidence)
        {
            w.WriteStartObject();
            w.WriteString("expression", e.Expression);
            WriteStringIfPresent(w, "left", e.Left);
            WriteStringIfPresent(w, "operator", e.Operator);
            WriteStringIfPresent(w, "right", e.Right);
            WriteStringIfPresent(w, "table", e.Table);
            WriteStringIfPresent(w, "row", e.Row);
            WriteStringIfPresent(w, "statement", words.Statement(e));
            WriteQuantityIfPresent(w, "required", e.Required);
            WriteQuantityIfPresent(w, "actual", e.Actual);
            WriteQuantityIfPresent(w, "shortfall", e.Shortfall);
            WriteQuantityIfPresent(w, "margin", e.Margin);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>A canonical quantity <c>{ "value": 17, "unit": "m" }</c> named <paramref name="name"/>, when there is one.</summary>
    private static void WriteQuantityIfPresent(Utf8JsonWriter w, string name, EvidenceQuantity? quantity)
    {
        if (quantity is null)
        {
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("value", quantity.Value);
        w.WriteString("unit", quantity.Unit);
        w.WriteEndObject();
    }

    /// <summary>A citation as an object named <paramref name="name"/>; edition, clause and url only when given.</summary>
    public static void WriteCitation(Utf8JsonWriter w, string name, Citation source)
    {
        w.WriteStartObject(name);
        w.WriteString("document", source.Document);
        WriteStringIfPresent(w, "edition", source.Edition);
        WriteStringIfPresent(w, "clause", source.Clause);
        WriteStringIfPresent(w, "url", source.Url);
        w.WriteEndObject();
    }

    /// <summary>The six outcome counts as fields of the current object, worst first.</summary>
    public static void WriteCountFields(Utf8JsonWriter w, OutcomeCounts counts)
    {
        w.WriteNumber("violation", counts.Violation);
        w.WriteNumber("indeterminate", counts.Indeterminate);
        w.WriteNumber("error", counts.Error);
        w.WriteNumber("waived", counts.Waived);
        w.WriteNumber("pass", counts.Pass);
        w.WriteNumber("not_applicable", counts.NotApplicable);
    }

    /// <summary>An array of strings named <paramref name="name"/>.</summary>
    public static void WriteStringArray(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    /// <summary>The string, or JSON <c>null</c> when there is none.</summary>
    public static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
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

    /// <summary>The string, or nothing at all when there is none.</summary>
    public static void WriteStringIfPresent(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}

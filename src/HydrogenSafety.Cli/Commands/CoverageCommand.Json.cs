using System.Text.Json;
using HydrogenSafety.Coverage;

namespace HydrogenSafety.Cli.Commands;

/// <summary>The coverage report as JSON (<c>h2safety/coverage/1</c>).</summary>
internal static partial class CoverageCommand
{
    private static string Json(CoverageReport report) => AuthoringJson.Document(json =>
    {
        json.WriteStartObject();
        json.WriteString("coverage", "h2safety/coverage/1");
        AuthoringJson.WriteNullable(json, "profile", report.Profile);
        json.WriteNumber("rules_considered", report.RuleCount);
        json.WriteNumber("clauses_listed", Listed(report));
        json.WriteNumber("clauses_encoded", Encoded(report));
        json.WriteNumber("share_encoded", Math.Round(TotalShare(report), 4));
        json.WriteStartArray("documents");
        foreach (var document in report.Documents)
        {
            WriteDocument(json, document);
        }

        json.WriteEndArray();
        json.WriteStartArray("without_list");
        foreach (var document in report.WithoutList)
        {
            json.WriteStartObject();
            json.WriteString("document", document.Document);
            WriteIds(json, "rules", document.Rules);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteDocument(Utf8JsonWriter json, DocumentCoverage document)
    {
        json.WriteStartObject();
        json.WriteString("document", document.List.Document);
        json.WriteString("edition", document.List.Edition);
        AuthoringJson.WriteNullable(json, "url", document.List.Url);
        json.WriteString("confidence", Rules.Citation.ConfidenceLetter(document.List.Confidence));
        json.WriteString("file", AuthoringText.DisplayFile(document.List.File));
        json.WriteNumber("clauses_listed", document.Clauses.Count);
        json.WriteNumber("encoded", document.Encoded);
        json.WriteNumber("not_encoded", document.NotEncoded);
        json.WriteNumber("unknown", document.Unknown);
        json.WriteNumber("share_encoded", Math.Round(document.Share, 4));
        json.WriteStartArray("clauses");
        foreach (var clause in document.Clauses)
        {
            json.WriteStartObject();
            json.WriteString("clause", clause.Clause.Clause);
            json.WriteString("title", clause.Clause.Title);
            json.WriteString("topic", clause.Clause.Topic);
            json.WriteString("status", CoverageWords.Of(clause.Status));
            AuthoringJson.WriteNullable(json, "reason", clause.Clause.NotEncoded is { } reason ? CoverageWords.Of(reason) : null);
            AuthoringJson.WriteNullable(json, "note", clause.Clause.Note);
            WriteIds(json, "rules", clause.Rules);
            json.WriteNumber("line", clause.Clause.Span.Line);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("unlisted");
        foreach (var rule in document.Unlisted)
        {
            json.WriteStartObject();
            json.WriteString("rule", rule.Id);
            AuthoringJson.WriteNullable(json, "clause", rule.Source.Clause);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteIds(Utf8JsonWriter json, string name, IEnumerable<Rules.RuleDefinition> rules)
    {
        json.WriteStartArray(name);
        foreach (var rule in rules)
        {
            json.WriteStringValue(rule.Id);
        }

        json.WriteEndArray();
    }
}

using System.Text.Json;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Cli.Commands;

/// <summary>
/// The comparison as JSON (<c>h2safety/compare/1</c>). Keys and machine values (outcomes, verdicts, severities,
/// statuses, counts) are English whatever <c>--lang</c>; the text meant for people (profile and rule titles, topic
/// headings, the subjects phrase, why a rule is not selected, finding messages) follows <c>--lang</c>.
/// </summary>
internal static partial class CompareCommand
{
    private static string Json(Comparison comparison, Facility facility, CompareSettings settings) =>
        AuthoringJson.Document(json => WriteComparison(json, comparison, facility, settings));

    private static void WriteComparison(Utf8JsonWriter json, Comparison comparison, Facility facility, CompareSettings settings)
    {
        var words = Reporting.ReportLanguages.Strings(settings.Language);
        json.WriteStartObject();
        json.WriteString("compare", "h2safety/compare/1");
        json.WriteStartObject("facility");
        json.WriteString("id", facility.Id);
        AuthoringJson.WriteNullable(json, "file", facility.File);
        AuthoringJson.WriteNullable(json, "jurisdiction", facility.Jurisdiction);
        json.WriteBoolean("jurisdiction_kept", settings.KeepJurisdiction || facility.Jurisdiction is null);
        json.WriteEndObject();
        json.WriteString("as_of", AuthoringText.Date(comparison.Columns[0].Report.AsOf));
        json.WriteString("group_by", settings.GroupBy);
        json.WriteStartArray("profiles");
        foreach (var column in comparison.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Profile.Name);
            json.WriteString("title", column.Profile.TitleIn(words.Code));
            json.WriteNumber("rules_selected", column.Report.RuleResults.Count);
            WriteCounts(json, "summary", column.Report.Summary);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("topics");
        foreach (var topic in comparison.Topics)
        {
            json.WriteStartObject();
            json.WriteString("topic", topic.Name);
            json.WriteString("heading", words.Language == Reporting.ReportLanguage.English ? Heading(topic) : Heading(topic, words));
            json.WriteStartObject("verdicts");
            foreach (var (column, i) in comparison.Columns.Select((c, i) => (c, i)))
            {
                json.WriteString(column.Profile.Name, Verdict(topic, i));
            }

            json.WriteEndObject();
            json.WriteBoolean("passes_one_fails_another", Parts(topic, comparison.Columns.Count));
            json.WriteStartArray("rules");
            foreach (var row in topic.Rows)
            {
                WriteRow(json, comparison, row, words);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter json, Comparison comparison, Row row, Reporting.ReportStrings words)
    {
        json.WriteStartObject();
        json.WriteString("id", row.Rule.Id);
        json.WriteString("title", row.Rule.TitleIn(words.Code));
        json.WriteString("subjects", AuthoringText.SubjectsPhrase(row.Rule, words));
        AuthoringJson.WriteNullable(json, "when", row.Rule.When?.Text);
        json.WriteStartArray("require");
        foreach (var require in row.Rule.Require)
        {
            json.WriteStringValue(require.Text);
        }

        json.WriteEndArray();
        AuthoringJson.WriteSource(json, row.Rule.Source);
        json.WriteStartObject("outcomes");
        foreach (var (column, i) in comparison.Columns.Select((c, i) => (c, i)))
        {
            WriteCell(json, column.Profile.Name, row.Cells[i], words);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>One rule under one profile: why it is not selected, or its severity, outcomes, parameters and findings.</summary>
    private static void WriteCell(Utf8JsonWriter json, string profile, Cell cell, Reporting.ReportStrings words)
    {
        json.WriteStartObject(profile);
        json.WriteBoolean("selected", cell.Selected);
        if (!cell.Selected)
        {
            json.WriteString("reason", words.CompareNotSelected(cell.NotInProfile));
            json.WriteEndObject();
            return;
        }

        json.WriteString("severity", AuthoringText.Word(cell.Rule!.Severity));
        json.WriteString("status", AuthoringText.Word(cell.Rule.Status));
        json.WriteString("outcome", cell.Summary);
        WriteCounts(json, "counts", cell.Counts);
        json.WriteStartObject("params");
        foreach (var (name, value) in cell.Rule.Params)
        {
            json.WriteString(name, value.ToString());
        }

        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var finding in cell.Findings)
        {
            json.WriteStartObject();
            json.WriteString("outcome", OutcomeNames.Of(finding.Outcome));
            json.WriteStartObject("subjects");
            foreach (var subject in finding.Subjects)
            {
                json.WriteString(subject.Name, subject.ComponentId);
            }

            json.WriteEndObject();
            json.WriteString("message", finding.MessageIn(words.Code));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, OutcomeCounts counts)
    {
        json.WriteStartObject(name);
        foreach (var (outcome, count) in AuthoringText.WorstFirst(counts))
        {
            json.WriteNumber(OutcomeNames.Of(outcome), count);
        }

        json.WriteEndObject();
    }
}

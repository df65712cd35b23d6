using System.Globalization;
using System.Text;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Reporting;

namespace HydrogenSafety.Cli.Commands;

/// <summary>The comparison as text for a terminal: per topic the outcome under each profile, then each rule side by side.</summary>
internal static partial class CompareCommand
{
    private static string Header(Comparison comparison, Facility facility, CompareSettings settings)
    {
        var words = settings.Language.Strings();
        var sb = new StringBuilder();
        var asOf = comparison.Columns[0].Report.AsOf;
        sb.Append(words.CompareHeader(facility.Id, facility.File, comparison.Columns.Count, AuthoringText.Date(asOf))).Append('\n');
        if (facility.Jurisdiction is { } jurisdiction)
        {
            sb.Append(settings.KeepJurisdiction ? words.JurisdictionKept(jurisdiction) : words.JurisdictionSetAside(jurisdiction)).Append('\n');
        }

        return sb.ToString();
    }

    private static string ProfileSummary(Column column, ReportStrings words) =>
        words.RulesSelected(column.Report.RuleResults.Count, AuthoringText.Outcomes(column.Report.Summary, words));

    private static string Text(Comparison comparison, Facility facility, CompareSettings settings)
    {
        var words = settings.Language.Strings();
        var labels = Labels(words);
        var sb = new StringBuilder();
        sb.Append(Header(comparison, facility, settings)).Append('\n');
        var width = comparison.Columns.Max(c => c.Argument.Length);
        foreach (var column in comparison.Columns)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {column.Argument.PadRight(width)}  {column.Profile.TitleIn(words.Code)}\n  {new string(' ', width)}  {ProfileSummary(column, words)}\n");
        }

        if (comparison.Topics.Count == 0)
        {
            sb.Append('\n').Append(words.NoRuleApplies).Append('\n');
        }

        foreach (var topic in comparison.Topics)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n== {Heading(topic, words)} ({words.CompareRules(topic.Rows.Count)}){(Parts(topic, comparison.Columns.Count) ? words.PartsNote : string.Empty)}\n");
            foreach (var (column, i) in comparison.Columns.Select((c, i) => (c, i)))
            {
                var cells = topic.Rows.Select(r => r.Cells[i]).ToList();
                var outcomes = OutcomeCounts.Of(cells.SelectMany(c => c.Findings).Select(f => f.Outcome));
                var selected = cells.Count(c => c.Selected);
                sb.Append(CultureInfo.InvariantCulture, $"   {column.Argument.PadRight(width)}  {(selected == 0 ? words.NoRuleSelected : $"{words.CompareRules(selected)}: {AuthoringText.Outcomes(outcomes, words)}")}\n");
            }

            foreach (var row in topic.Rows)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\n{row.Rule.Id}  {row.Rule.TitleIn(Reporting.ReportLanguages.Code(settings.Language))}\n");
                sb.Append(CultureInfo.InvariantCulture, $"{labels["source"]}{AuthoringText.OneLine(AuthoringText.Citation(row.Rule.Source))}\n");
                sb.Append(CultureInfo.InvariantCulture, $"{labels["for"]}{AuthoringText.SubjectsPhrase(row.Rule, words)}\n");
                if (row.Rule.When is { } when)
                {
                    AppendLines(sb, labels["when"], when.Text);
                }

                foreach (var require in row.Rule.Require)
                {
                    AppendLines(sb, labels["requires"], require.Text);
                }

                foreach (var (column, i) in comparison.Columns.Select((c, i) => (c, i)))
                {
                    var cell = row.Cells[i];
                    sb.Append(CultureInfo.InvariantCulture, $"  {(column.Argument + ":").PadRight(width + 1)}  {cell.SummaryIn(words)}");
                    if (cell.Selected && cell.Rule is { } rule)
                    {
                        sb.Append(CultureInfo.InvariantCulture, $" [{SeverityWord(rule.Severity, words)}, {StatusWord(rule.Status, words)}]");
                        if (ParamsDiffer(row))
                        {
                            sb.Append(CultureInfo.InvariantCulture, $" {words.CompareField("with")} {string.Join(", ", rule.Params.Select(p => $"params.{p.Key} = {p.Value}"))}");
                        }
                    }

                    sb.Append('\n');
                    foreach (var finding in cell.Findings.Where(f => f.Outcome is not (Outcome.Pass or Outcome.NotApplicable)))
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"  {new string(' ', width + 1)}    {OutcomeWord(finding.Outcome, words)}{Binding(finding, words)}: {AuthoringText.OneLine(finding.MessageIn(words.Code))}\n");
                    }
                }
            }
        }

        return sb.ToString();
    }

    private static void AppendLines(StringBuilder sb, string label, string text)
    {
        var lines = text.Trim().Split('\n');
        sb.Append(label).Append(lines[0].TrimEnd()).Append('\n');
        foreach (var line in lines.Skip(1))
        {
            sb.Append(new string(' ', DisplayWidth.Of(label))).Append(line.TrimEnd()).Append('\n');
        }
    }

    /// <summary>
    /// The field labels of a rule (<c>source</c>, <c>for</c>, <c>when</c>, <c>requires</c>), each with its colon and
    /// padded to one width in terminal columns (a Hangul or kana character takes two), so the values line up.
    /// </summary>
    private static Dictionary<string, string> Labels(ReportStrings words)
    {
        string[] fields = ["source", "for", "when", "requires"];
        var width = fields.Max(f => DisplayWidth.Of(words.CompareField(f) + ":")) + 1;
        return fields.ToDictionary(f => f, f => "  " + DisplayWidth.PadRight(words.CompareField(f) + ":", width), StringComparer.Ordinal);
    }

    /// <summary>An outcome: the machine name in English (as before), the word of the language otherwise.</summary>
    private static string OutcomeWord(Outcome outcome, ReportStrings words) =>
        words.Language == ReportLanguage.English ? OutcomeNames.Of(outcome) : words.Outcome(outcome);

    private static string SeverityWord(Rules.Severity severity, ReportStrings words) =>
        words.Language == ReportLanguage.English ? AuthoringText.Word(severity) : words.Severity(severity);

    private static string StatusWord(Rules.RuleStatus status, ReportStrings words) =>
        words.Language == ReportLanguage.English ? AuthoringText.Word(status) : words.Status(status);

    private static bool ParamsDiffer(Row row)
    {
        var texts = row.Cells.Where(c => c.Selected && c.Rule is not null)
            .Select(c => string.Join(";", c.Rule!.Params.Select(p => $"{p.Key}={p.Value}")))
            .Distinct(StringComparer.Ordinal)
            .Count();
        return texts > 1;
    }

    /// <summary>" (A, B)" before a message, left out when the message already starts with the first id.</summary>
    private static string Binding(Finding finding, ReportStrings words)
    {
        var ids = finding.Subjects.Count == 0 ? words.FacilitySubject : string.Join(", ", finding.Subjects.Select(s => s.ComponentId));
        return finding.Subjects.Count > 0 && finding.MessageIn(words.Code).StartsWith(finding.Subjects[0].ComponentId, StringComparison.Ordinal) ? string.Empty : $" ({ids})";
    }
}

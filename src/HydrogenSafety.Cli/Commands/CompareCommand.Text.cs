using System.Globalization;
using System.Text;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Cli.Commands;

/// <summary>The comparison as text for a terminal: per topic the outcome under each profile, then each rule side by side.</summary>
internal static partial class CompareCommand
{
    private static string Header(Comparison comparison, Facility facility, CompareSettings settings)
    {
        var sb = new StringBuilder();
        var asOf = comparison.Columns[0].Report.AsOf;
        sb.Append(CultureInfo.InvariantCulture, $"Facility {facility.Id}{(facility.File is { } file ? $" ({file})" : string.Empty)} under {AuthoringText.Number(comparison.Columns.Count)} profiles, as of {AuthoringText.Date(asOf)}.\n");
        if (facility.Jurisdiction is { } jurisdiction)
        {
            sb.Append(settings.KeepJurisdiction
                ? $"The facility's jurisdiction ({jurisdiction}) is kept: rules of other jurisdictions are left out under every profile.\n"
                : $"The facility's jurisdiction ({jurisdiction}) is set aside so that each profile's own rules apply (--keep-jurisdiction keeps it).\n");
        }

        return sb.ToString();
    }

    private static string ProfileSummary(Column column)
    {
        var selected = column.Report.RuleResults.Count;
        return $"{AuthoringText.Count(selected, "rule", "rules")} selected; {AuthoringText.Outcomes(column.Report.Summary)}";
    }

    private static string Text(Comparison comparison, Facility facility, CompareSettings settings)
    {
        var sb = new StringBuilder();
        sb.Append(Header(comparison, facility, settings)).Append('\n');
        var width = comparison.Columns.Max(c => c.Argument.Length);
        foreach (var column in comparison.Columns)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {column.Argument.PadRight(width)}  {column.Profile.Title}\n  {new string(' ', width)}  {ProfileSummary(column)}\n");
        }

        if (comparison.Topics.Count == 0)
        {
            sb.Append("\nNo selected rule applies to this facility under these profiles (--all lists the rules that do not apply).\n");
        }

        foreach (var topic in comparison.Topics)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n== {Heading(topic)} ({AuthoringText.Count(topic.Rows.Count, "rule", "rules")}){(Parts(topic, comparison.Columns.Count) ? ": passes one profile, fails another" : string.Empty)}\n");
            foreach (var (column, i) in comparison.Columns.Select((c, i) => (c, i)))
            {
                var cells = topic.Rows.Select(r => r.Cells[i]).ToList();
                var outcomes = OutcomeCounts.Of(cells.SelectMany(c => c.Findings).Select(f => f.Outcome));
                var selected = cells.Count(c => c.Selected);
                sb.Append(CultureInfo.InvariantCulture, $"   {column.Argument.PadRight(width)}  {(selected == 0 ? "no rule selected" : $"{AuthoringText.Count(selected, "rule", "rules")}: {AuthoringText.Outcomes(outcomes)}")}\n");
            }

            foreach (var row in topic.Rows)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\n{row.Rule.Id}  {row.Rule.TitleIn(Reporting.ReportLanguages.Code(settings.Language))}\n");
                sb.Append(CultureInfo.InvariantCulture, $"  source:   {AuthoringText.OneLine(AuthoringText.Citation(row.Rule.Source))}\n");
                sb.Append(CultureInfo.InvariantCulture, $"  for:      {AuthoringText.SubjectsPhrase(row.Rule)}\n");
                if (row.Rule.When is { } when)
                {
                    AppendLines(sb, "  when:     ", when.Text);
                }

                foreach (var require in row.Rule.Require)
                {
                    AppendLines(sb, "  requires: ", require.Text);
                }

                foreach (var (column, i) in comparison.Columns.Select((c, i) => (c, i)))
                {
                    var cell = row.Cells[i];
                    sb.Append(CultureInfo.InvariantCulture, $"  {(column.Argument + ":").PadRight(width + 1)}  {cell.Summary}");
                    if (cell.Selected && cell.Rule is { } rule)
                    {
                        sb.Append(CultureInfo.InvariantCulture, $" [{AuthoringText.Word(rule.Severity)}, {AuthoringText.Word(rule.Status)}]");
                        if (ParamsDiffer(row))
                        {
                            sb.Append(CultureInfo.InvariantCulture, $" with {string.Join(", ", rule.Params.Select(p => $"params.{p.Key} = {p.Value}"))}");
                        }
                    }

                    sb.Append('\n');
                    foreach (var finding in cell.Findings.Where(f => f.Outcome is not (Outcome.Pass or Outcome.NotApplicable)))
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"  {new string(' ', width + 1)}    {OutcomeNames.Of(finding.Outcome)}{Binding(finding)}: {AuthoringText.OneLine(finding.Message)}\n");
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
            sb.Append(new string(' ', label.Length)).Append(line.TrimEnd()).Append('\n');
        }
    }

    private static bool ParamsDiffer(Row row)
    {
        var texts = row.Cells.Where(c => c.Selected && c.Rule is not null)
            .Select(c => string.Join(";", c.Rule!.Params.Select(p => $"{p.Key}={p.Value}")))
            .Distinct(StringComparer.Ordinal)
            .Count();
        return texts > 1;
    }

    /// <summary>" (A, B)" before a message, left out when the message already starts with the first id.</summary>
    private static string Binding(Finding finding)
    {
        var ids = finding.Subjects.Count == 0 ? "facility" : string.Join(", ", finding.Subjects.Select(s => s.ComponentId));
        return finding.Subjects.Count > 0 && finding.Message.StartsWith(finding.Subjects[0].ComponentId, StringComparison.Ordinal) ? string.Empty : $" ({ids})";
    }
}

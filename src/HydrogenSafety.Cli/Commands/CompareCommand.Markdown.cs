using System.Globalization;
using System.Text;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Cli.Commands;

/// <summary>The comparison as Markdown: a table of the profiles, then a table per topic.</summary>
internal static partial class CompareCommand
{
    private static string Markdown(Comparison comparison, Facility facility, CompareSettings settings)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# {AuthoringText.Cell(facility.Id)}: {string.Join(" vs ", comparison.Columns.Select(c => c.Argument))}\n\n");
        sb.Append(Header(comparison, facility, settings)).Append('\n');
        sb.Append("| profile | title | rules selected | outcomes |\n|---|---|---:|---|\n");
        foreach (var column in comparison.Columns)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| `{column.Argument}` | {AuthoringText.Cell(column.Profile.Title)} | {AuthoringText.Number(column.Report.RuleResults.Count)} | {AuthoringText.Outcomes(column.Report.Summary)} |\n");
        }

        foreach (var topic in comparison.Topics)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n## {AuthoringText.Cell(topic.Name)}\n\n");
            sb.Append("| rule | requires | ").Append(string.Join(" | ", comparison.Columns.Select(c => $"`{c.Argument}`"))).Append(" |\n");
            sb.Append("|---|---|").Append(string.Concat(comparison.Columns.Select(_ => "---|"))).Append('\n');
            foreach (var row in topic.Rows)
            {
                var requires = string.Join(" and ", row.Rule.Require.Select(r => AuthoringText.Code(r.Text)));
                if (row.Rule.When is { } when)
                {
                    requires += " when " + AuthoringText.Code(when.Text);
                }

                sb.Append(CultureInfo.InvariantCulture, $"| `{row.Rule.Id}` {AuthoringText.Cell(row.Rule.TitleIn(Reporting.ReportLanguages.Code(settings.Language)))} | {requires} | ");
                sb.Append(string.Join(" | ", row.Cells.Select(c => c.Selected && c.Rule is { } rule
                    ? $"{(c.Counts.Violation > 0 ? "**" + c.Summary + "**" : c.Summary)} ({AuthoringText.Word(rule.Severity)})"
                    : c.Summary)));
                sb.Append(" |\n");
            }
        }

        return sb.ToString();
    }
}

using System.Globalization;
using System.Text;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Cli.Commands;

/// <summary>
/// The comparison as Markdown: the profiles, a verdict per topic and profile, the rules where the station passes
/// one profile and fails another, then a table per topic of what each requires and the outcome under each.
/// </summary>
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

        AppendGlance(sb, comparison);
        AppendParting(sb, comparison);
        foreach (var topic in comparison.Topics)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n## {AuthoringText.Cell(Heading(topic))}\n\n");
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
                sb.Append(string.Join(" | ", row.Cells.Select(MarkdownCell)));
                sb.Append(" |\n");
            }
        }

        return sb.ToString();
    }

    private static string MarkdownCell(Cell cell)
    {
        if (!cell.Selected || cell.Rule is not { } rule)
        {
            return cell.Summary;
        }

        var text = $"{(cell.Counts.Violation > 0 ? "**" + cell.Summary + "**" : cell.Summary)} ({AuthoringText.Word(rule.Severity)}{(rule.Status == Rules.RuleStatus.Advisory ? ", advisory" : string.Empty)})";
        return Numbers(cell) is { } numbers ? $"{text}: {AuthoringText.Cell(numbers)}" : text;
    }

    /// <summary>One line per topic: its verdict under each profile, and whether the station passes one and fails another.</summary>
    private static void AppendGlance(StringBuilder sb, Comparison comparison)
    {
        if (comparison.Topics.Count == 0)
        {
            return;
        }

        sb.Append("\n## Topic by topic\n\n| topic | ").Append(string.Join(" | ", comparison.Columns.Select(c => $"`{c.Argument}`"))).Append(" | passes one, fails another |\n");
        sb.Append("|---|").Append(string.Concat(comparison.Columns.Select(_ => "---|"))).Append("---|\n");
        foreach (var topic in comparison.Topics)
        {
            var cells = comparison.Columns.Select((_, i) =>
            {
                var rules = topic.Rows.Count(r => r.Cells[i].Selected);
                var verdict = Verdict(topic, i);
                return rules == 0 ? verdict : $"{(verdict == "fails" ? "**fails**" : verdict)} ({AuthoringText.Count(rules, "rule", "rules")})";
            });
            sb.Append(CultureInfo.InvariantCulture, $"| [{AuthoringText.Cell(Heading(topic))}](#{Slug(Heading(topic))}) | {string.Join(" | ", cells)} | {(Parts(topic, comparison.Columns.Count) ? "**yes**" : string.Empty)} |\n");
        }
    }

    /// <summary>The rules behind a parting: each rule that fails under one profile while another profile's rule on the topic passes.</summary>
    private static void AppendParting(StringBuilder sb, Comparison comparison)
    {
        var parting = comparison.Topics.Where(t => Parts(t, comparison.Columns.Count)).ToList();
        if (parting.Count == 0)
        {
            return;
        }

        sb.Append("\n## Where the station passes one and fails the other\n\n");
        foreach (var topic in parting)
        {
            var verdicts = comparison.Columns.Select((c, i) => $"{Verdict(topic, i)} under `{c.Argument}`");
            sb.Append(CultureInfo.InvariantCulture, $"- **{AuthoringText.Cell(Heading(topic))}**: {string.Join(", ", verdicts)}.\n");
            foreach (var (column, i) in comparison.Columns.Select((c, i) => (c, i)))
            {
                foreach (var row in topic.Rows.Where(r => Verdict([r.Cells[i]]) == "fails"))
                {
                    var numbers = Numbers(row.Cells[i]) is { } n ? $" ({AuthoringText.Cell(n)})" : string.Empty;
                    sb.Append(CultureInfo.InvariantCulture, $"  - `{column.Argument}` fails `{row.Rule.Id}` {AuthoringText.Cell(row.Rule.Title)}{numbers}.\n");
                }
            }
        }
    }

    /// <summary>The anchor GitHub gives a heading.</summary>
    private static string Slug(string heading) =>
        new string(heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-').Select(c => c == ' ' ? '-' : c).ToArray());
}

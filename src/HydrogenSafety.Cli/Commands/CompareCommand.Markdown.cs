using System.Globalization;
using System.Text;
using HydrogenSafety.Facilities;
using HydrogenSafety.Reporting;

namespace HydrogenSafety.Cli.Commands;

/// <summary>
/// The comparison as Markdown: the profiles, a verdict per topic and profile, the rules where the station passes
/// one profile and fails another, then a table per topic of what each requires and the outcome under each.
/// </summary>
internal static partial class CompareCommand
{
    private static string Markdown(Comparison comparison, Facility facility, CompareSettings settings)
    {
        var words = settings.Language.Strings();
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# {AuthoringText.Cell(facility.Id)}: {string.Join(" vs ", comparison.Columns.Select(c => c.Argument))}\n\n");
        sb.Append(Header(comparison, facility, settings)).Append('\n');
        sb.Append(words.CompareProfileHeader).Append("\n|---|---|---:|---|\n");
        foreach (var column in comparison.Columns)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| `{column.Argument}` | {AuthoringText.Cell(column.Profile.TitleIn(words.Code))} | {AuthoringText.Number(column.Report.RuleResults.Count)} | {AuthoringText.Outcomes(column.Report.Summary, words)} |\n");
        }

        AppendGlance(sb, comparison, words);
        AppendParting(sb, comparison, words);
        foreach (var topic in comparison.Topics)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n## {AuthoringText.Cell(Heading(topic, words))}\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"| {words.CompareRuleHeader.Rule} | {words.CompareRuleHeader.Requires} | ").Append(string.Join(" | ", comparison.Columns.Select(c => $"`{c.Argument}`"))).Append(" |\n");
            sb.Append("|---|---|").Append(string.Concat(comparison.Columns.Select(_ => "---|"))).Append('\n');
            foreach (var row in topic.Rows)
            {
                var requires = string.Join(words.CompareJoins.And, row.Rule.Require.Select(r => AuthoringText.Code(r.Text)));
                if (row.Rule.When is { } when)
                {
                    requires += words.CompareJoins.When + AuthoringText.Code(when.Text);
                }

                sb.Append(CultureInfo.InvariantCulture, $"| `{row.Rule.Id}` {AuthoringText.Cell(row.Rule.TitleIn(Reporting.ReportLanguages.Code(settings.Language)))} | {requires} | ");
                sb.Append(string.Join(" | ", row.Cells.Select(c => MarkdownCell(c, words))));
                sb.Append(" |\n");
            }
        }

        return sb.ToString();
    }

    private static string MarkdownCell(Cell cell, Reporting.ReportStrings words)
    {
        var summary = cell.SummaryIn(words);
        if (!cell.Selected || cell.Rule is not { } rule)
        {
            return summary;
        }

        var english = words.Language == Reporting.ReportLanguage.English;
        var severity = english ? AuthoringText.Word(rule.Severity) : words.Severity(rule.Severity);
        var advisory = english ? "advisory" : words.Status(Rules.RuleStatus.Advisory);
        var text = $"{(cell.Counts.Violation > 0 ? "**" + summary + "**" : summary)} ({severity}{(rule.Status == Rules.RuleStatus.Advisory ? ", " + advisory : string.Empty)})";
        return Numbers(cell, words) is { } numbers ? $"{text}: {AuthoringText.Cell(numbers)}" : text;
    }

    /// <summary>One line per topic: its verdict under each profile, and whether the station passes one and fails another.</summary>
    private static void AppendGlance(StringBuilder sb, Comparison comparison, Reporting.ReportStrings words)
    {
        if (comparison.Topics.Count == 0)
        {
            return;
        }

        sb.Append(CultureInfo.InvariantCulture, $"\n## {words.TopicByTopicHeading}\n\n| {words.CompareTopicHeader.Topic} | ").Append(string.Join(" | ", comparison.Columns.Select(c => $"`{c.Argument}`"))).Append(CultureInfo.InvariantCulture, $" | {words.CompareTopicHeader.Parts} |\n");
        sb.Append("|---|").Append(string.Concat(comparison.Columns.Select(_ => "---|"))).Append("---|\n");
        foreach (var topic in comparison.Topics)
        {
            var cells = comparison.Columns.Select((_, i) =>
            {
                var rules = topic.Rows.Count(r => r.Cells[i].Selected);
                var verdict = Verdict(topic, i);
                var shown = words.Verdict(verdict);
                return rules == 0 ? shown : $"{(verdict == "fails" ? $"**{shown}**" : shown)} ({words.CompareRules(rules)})";
            });
            var heading = Heading(topic, words);
            sb.Append(CultureInfo.InvariantCulture, $"| [{AuthoringText.Cell(heading)}](#{Slug(heading)}) | {string.Join(" | ", cells)} | {(Parts(topic, comparison.Columns.Count) ? $"**{words.Yes}**" : string.Empty)} |\n");
        }
    }

    /// <summary>The rules behind a parting: each rule that fails under one profile while another profile's rule on the topic passes.</summary>
    private static void AppendParting(StringBuilder sb, Comparison comparison, Reporting.ReportStrings words)
    {
        var parting = comparison.Topics.Where(t => Parts(t, comparison.Columns.Count)).ToList();
        if (parting.Count == 0)
        {
            return;
        }

        sb.Append(CultureInfo.InvariantCulture, $"\n## {words.PartingHeading}\n\n");
        foreach (var topic in parting)
        {
            var verdicts = comparison.Columns.Select((c, i) => words.VerdictUnder(words.Verdict(Verdict(topic, i)), $"`{c.Argument}`"));
            sb.Append(CultureInfo.InvariantCulture, $"- **{AuthoringText.Cell(Heading(topic, words))}**: {string.Join(", ", verdicts)}.\n");
            foreach (var (column, i) in comparison.Columns.Select((c, i) => (c, i)))
            {
                foreach (var row in topic.Rows.Where(r => Verdict([r.Cells[i]]) == "fails"))
                {
                    var numbers = Numbers(row.Cells[i], words) is { } n ? $" ({AuthoringText.Cell(n)})" : string.Empty;
                    sb.Append(CultureInfo.InvariantCulture, $"  - {words.ProfileFails($"`{column.Argument}`", $"`{row.Rule.Id}`", AuthoringText.Cell(row.Rule.TitleIn(words.Code)))}{numbers}.\n");
                }
            }
        }
    }

    /// <summary>The anchor GitHub gives a heading.</summary>
    private static string Slug(string heading) =>
        new string(heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-').Select(c => c == ' ' ? '-' : c).ToArray());
}

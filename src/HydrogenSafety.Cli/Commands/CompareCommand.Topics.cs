using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Cli.Commands;

/// <summary>
/// Verdicts per topic and profile, and where they part: the same facility passing under one profile and failing
/// under another. Topics come in <see cref="RuleTopics"/> order (separation distances first), other tags after, by name.
/// </summary>
internal static partial class CompareCommand
{
    /// <summary>What a set of cells says of the facility: <c>fails</c>, <c>data missing</c>, <c>passes</c>, <c>does not apply</c> or <c>no rule</c>.</summary>
    private static string Verdict(IReadOnlyList<Cell> cells)
    {
        var selected = cells.Where(c => c.Selected).ToList();
        if (selected.Count == 0)
        {
            return "no rule";
        }

        var outcomes = selected.SelectMany(c => c.Findings).Select(f => f.Outcome).ToList();
        return outcomes.Contains(Outcome.Violation) || outcomes.Contains(Outcome.Error) ? "fails"
            : outcomes.Contains(Outcome.Indeterminate) ? "data missing"
            : outcomes.Contains(Outcome.Pass) || outcomes.Contains(Outcome.Waived) ? "passes"
            : "does not apply";
    }

    /// <summary>The verdict of a topic under the profile of column <paramref name="column"/>.</summary>
    private static string Verdict(Topic topic, int column) => Verdict(topic.Rows.Select(r => r.Cells[column]).ToList());

    /// <summary>True when, of the verdicts, one is <c>fails</c> and another <c>passes</c>: the station passes one and fails the other.</summary>
    private static bool Parts(IEnumerable<string> verdicts)
    {
        var list = verdicts.ToList();
        return list.Contains("fails") && list.Contains("passes");
    }

    private static bool Parts(Topic topic, int columns) => Parts(Enumerable.Range(0, columns).Select(i => Verdict(topic, i)));

    private static bool Parts(Row row) => Parts(row.Cells.Select(c => Verdict([c])));

    /// <summary>The heading of a topic: <c>Separation distances</c>, or the tag itself.</summary>
    private static string Heading(Topic topic) => RuleTopics.Heading(topic.Name);

    /// <summary>The heading of a topic in the words' language (<c>이격거리</c>, <c>離隔距離</c>).</summary>
    private static string Heading(Topic topic, Reporting.ReportStrings words) => words.TopicHeading(topic.Name);

    /// <summary>Topics in report order.</summary>
    private static IEnumerable<IGrouping<string, Row>> InTopicOrder(IEnumerable<IGrouping<string, Row>> groups) =>
        groups.OrderBy(g => RuleTopics.Order(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal);

    /// <summary>
    /// The numbers behind a violation or missing data: the first failing comparison of the first such finding
    /// (<c>6 m &lt; needs &gt;= 8 m</c>, as <c>left op right</c>), or what was missing.
    /// </summary>
    private static string? Numbers(Cell cell, Reporting.ReportStrings words)
    {
        var finding = cell.Findings.FirstOrDefault(f => f.Outcome == Outcome.Violation) ?? cell.Findings.FirstOrDefault(f => f.Outcome == Outcome.Indeterminate);
        if (finding is null)
        {
            return null;
        }

        if (finding.Outcome == Outcome.Indeterminate)
        {
            return finding.Missing.Count > 0 ? words.CompareMissing(string.Join(", ", finding.Missing)) : null;
        }

        var evidence = finding.Evidence.FirstOrDefault(e => e.Left is not null && e.Operator is not null && e.Right is not null);
        return evidence is null ? null : words.CompareNeeds(evidence.Left!, evidence.Operator!, evidence.Right!);
    }
}

using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Cli.Commands;

/// <summary>The comparison: per profile a column, per rule a row of cells, rows grouped into topics.</summary>
internal static partial class CompareCommand
{
    /// <summary>One profile's side: its name as given, the profile, the tailored rules and the report.</summary>
    private sealed record Column(string Argument, Profiles.Profile Profile, RuleSet Rules, ComplianceReport Report);

    /// <summary>One rule under one profile; <paramref name="NotInProfile"/> says why an unselected rule is missing.</summary>
    private sealed record Cell(bool Selected, bool NotInProfile, RuleDefinition? Rule, IReadOnlyList<Finding> Findings)
    {
        /// <summary>Why the rule has no result here, in English (the English JSON's <c>reason</c>), or <c>null</c> when selected.</summary>
        public string? Reason => Selected ? null : Reporting.ReportStrings.English.CompareNotSelected(NotInProfile);

        public OutcomeCounts Counts => OutcomeCounts.Of(Findings.Select(f => f.Outcome));

        public bool Applies => Selected && Findings.Any(f => f.Outcome != Outcome.NotApplicable);

        public string Summary => !Selected ? Reason! : AuthoringText.Outcomes(Counts);

        /// <summary>The summary with the outcomes in the words' language (English: <see cref="Summary"/>).</summary>
        public string SummaryIn(Reporting.ReportStrings words) => !Selected ? words.CompareNotSelected(NotInProfile) : AuthoringText.Outcomes(Counts, words);
    }

    private sealed record Row(RuleDefinition Rule, IReadOnlyList<Cell> Cells);

    private sealed record Topic(string Name, IReadOnlyList<Row> Rows);

    private sealed record Comparison(IReadOnlyList<Column> Columns, IReadOnlyList<Topic> Topics);

    private static Comparison Build(IReadOnlyList<Column> columns, CompareSettings settings)
    {
        var ids = columns.SelectMany(c => c.Report.RuleResults.Select(r => r.RuleId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var rows = new List<Row>();
        foreach (var id in ids)
        {
            var cells = columns.Select(column =>
            {
                var rule = column.Rules.Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
                if (!column.Report.RuleResults.Any(r => string.Equals(r.RuleId, id, StringComparison.Ordinal)))
                {
                    return new Cell(false, column.Rules.Excluded.Contains(id), rule, []);
                }

                return new Cell(true, false, rule, column.Report.Findings.Where(f => string.Equals(f.RuleId, id, StringComparison.Ordinal)).ToList());
            }).ToList();
            if (!settings.All && !cells.Any(c => c.Applies))
            {
                continue;
            }

            rows.Add(new Row(cells.First(c => c.Rule is not null).Rule!, cells));
        }

        var topics = InTopicOrder(rows.GroupBy(r => TopicOf(r.Rule, settings.GroupBy), StringComparer.Ordinal))
            .Select(g => new Topic(g.Key, g.ToList()))
            .ToList();
        return new Comparison(columns, topics);
    }

    private static string TopicOf(RuleDefinition rule, string groupBy) =>
        groupBy == "tag" && rule.Tags.Count > 0 ? rule.Tags[0] : AuthoringText.Word(rule.Stages[0]);
}

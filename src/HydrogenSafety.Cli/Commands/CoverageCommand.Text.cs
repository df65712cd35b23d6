using System.Globalization;
using System.Text;
using HydrogenSafety.Coverage;

namespace HydrogenSafety.Cli.Commands;

/// <summary>The coverage report as text: per document a summary line, then each clause with its status.</summary>
internal static partial class CoverageCommand
{
    private static string Text(CoverageReport report)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Clause coverage of {AuthoringText.Count(report.Documents.Count, "document", "documents")} with a clause list; {AuthoringText.Count(report.RuleCount, "rule", "rules")} considered{(report.Profile is { } p ? $" (profile {p})" : string.Empty)}.\n");
        foreach (var document in report.Documents)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{AuthoringText.OneLine(document.List.Document)}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  list: {AuthoringText.DisplayFile(document.List.File)} (confidence {Rules.Citation.ConfidenceLetter(document.List.Confidence)}); edition: {AuthoringText.OneLine(document.List.Edition)}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  {Summary(document)}\n");
            var width = document.Clauses.Select(c => c.Clause.Clause.Length).DefaultIfEmpty(0).Max();
            foreach (var clause in document.Clauses)
            {
                var status = clause.Status switch
                {
                    ClauseStatus.Encoded => "encoded    ",
                    ClauseStatus.NotEncoded => "not encoded",
                    _ => "unknown    ",
                };
                var detail = clause.Status == ClauseStatus.Encoded ? RuleList(clause) : Reason(clause);
                sb.Append(CultureInfo.InvariantCulture, $"  {status}  {AuthoringText.OneLine(clause.Clause.Clause).PadRight(width)}  {AuthoringText.OneLine(clause.Clause.Title)}\n");
                sb.Append(CultureInfo.InvariantCulture, $"  {new string(' ', 11)}  {new string(' ', width)}  -> {AuthoringText.OneLine(detail)}\n");
            }

            if (document.Unlisted.Count > 0)
            {
                sb.Append("  rules citing a clause the list does not name (add it to the list):\n");
                foreach (var rule in document.Unlisted)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"    {rule.Id}  {AuthoringText.OneLine(rule.Source.Clause ?? "(no clause)")}\n");
                }
            }
        }

        if (report.WithoutList.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\nDocuments cited without a clause list ({AuthoringText.Number(report.WithoutList.Count)}):\n");
            foreach (var document in report.WithoutList)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  {AuthoringText.OneLine(document.Document)}: {string.Join(", ", document.Rules.Select(r => r.Id))}\n");
            }
        }

        sb.Append(CultureInfo.InvariantCulture, $"\nencoded {AuthoringText.Number(Encoded(report))} of {AuthoringText.Count(Listed(report), "listed clause", "listed clauses")} ({Percent(TotalShare(report))})\n");
        return sb.ToString();
    }

    private static string Summary(DocumentCoverage document) =>
        $"encoded {AuthoringText.Number(document.Encoded)} of {AuthoringText.Count(document.Clauses.Count, "clause", "clauses")} ({Percent(document.Share)}); " +
        $"not encoded {AuthoringText.Number(document.NotEncoded)}; unknown {AuthoringText.Number(document.Unknown)}; " +
        $"{AuthoringText.Count(document.Citing.Count, "rule cites", "rules cite")} it, {AuthoringText.Number(document.Unlisted.Count)} at a clause not listed";
}

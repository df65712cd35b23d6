using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;
using HydrogenSafety.Units;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Rules;

/// <summary>
/// Reads a table's <c>rows:</c> (bands above <c>over</c>, exclusive, up to <c>upto</c>, inclusive, plus columns)
/// and checks them as written, without sorting: the same columns in every row, each column of one type, no overlapping bands, and no
/// gap between bands unless gaps are allowed.
/// </summary>
internal static class TableRowsReader
{
    /// <summary>Relative tolerance when comparing band bounds written in different units.</summary>
    private const double Tolerance = 1e-9;

    /// <summary>Reads and checks the rows; <paramref name="key"/> is <c>null</c> when the table's key could not be read.</summary>
    public static IReadOnlyList<TableRow>? Read(YamlNode node, Dimension? key, bool gapsAllowed, YamlReadContext context)
    {
        if (context.Sequence(node, "rows") is not { } list)
        {
            return null;
        }

        if (list.Items.Count == 0)
        {
            context.Error(DiagnosticCodes.InvalidTable, list.Span, "the table has no rows");
            return null;
        }

        if (list.Items.Count > YamlLimits.MaxTableRows)
        {
            context.Error(DiagnosticCodes.LimitExceeded, list.Span, $"too many table rows: {list.Items.Count}; the limit is {YamlLimits.MaxTableRows}");
            return null;
        }

        var errors = context.ErrorCount;
        var rows = new List<TableRow>();
        var kinds = new TableColumnKinds();
        foreach (var item in list.Items)
        {
            if (context.Mapping(item, "rows") is { } map && ReadRow(map, key, kinds, context) is { } row)
            {
                rows.Add(row);
            }
        }

        if (context.ErrorCount != errors || key is null)
        {
            return null;
        }

        CheckColumns(rows, context);
        CheckOverlaps(rows, context);
        if (!gapsAllowed)
        {
            CheckGaps(rows, context);
        }

        return context.ErrorCount == errors ? rows : null;
    }

    private static TableRow? ReadRow(YamlMapping map, Dimension? key, TableColumnKinds kinds, YamlReadContext context)
    {
        var errors = context.ErrorCount;
        var over = Bound(map, "over", key, context);
        var upto = Bound(map, "upto", key, context);
        var columns = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        foreach (var entry in map.Entries.Where(e => e.Name is not ("over" or "upto")))
        {
            if (!RuleNameReader.IsIdentifier(entry.Name))
            {
                context.Error(DiagnosticCodes.InvalidTable, entry.Key.Span,
                    $"`{entry.Name}` is not a valid column name (ASCII letters, digits and `_`, starting with a letter or `_`)");
            }
            else if (AttributeValueReader.ReadFree(entry.Value, entry.Name, context) is { } value)
            {
                kinds.Check(entry.Name, value, entry.Value.Span, context);
                columns[entry.Name] = value;
            }
        }

        var span = SourceSpan.At(map.Span.File, map.Span.Line, map.Span.Column);
        if (over is { } low && upto is { } high && !(low.Value < high.Value - Slack(low.Value, high.Value)))
        {
            context.Error(DiagnosticCodes.InvalidTable, span, $"the band's `over` ({low}) must be below its `upto` ({high})");
        }

        return context.ErrorCount == errors ? new TableRow(over, upto, columns, span) : null;
    }

    private static Quantity? Bound(YamlMapping map, string name, Dimension? key, YamlReadContext context)
    {
        var entry = map.Find(name);
        if (entry is null || key is not { } dimension)
        {
            return null;
        }

        return entry.Value is YamlScalar { IsNull: true }
            ? null
            : AttributeValueReader.ReadQuantity(entry.Value, name, dimension, context);
    }

    private static void CheckColumns(List<TableRow> rows, YamlReadContext context)
    {
        var first = rows[0];
        foreach (var row in rows.Skip(1))
        {
            var missing = first.Columns.Keys.Where(c => !row.Columns.ContainsKey(c)).ToList();
            var extra = row.Columns.Keys.Where(c => !first.Columns.ContainsKey(c)).ToList();
            if (missing.Count + extra.Count == 0)
            {
                continue;
            }

            var parts = new List<string>();
            if (missing.Count > 0)
            {
                parts.Add("lacks " + string.Join(", ", missing.Select(c => $"`{c}`")));
            }

            if (extra.Count > 0)
            {
                parts.Add("has " + string.Join(", ", extra.Select(c => $"`{c}`")) + " that the first row has not");
            }

            context.Error(DiagnosticCodes.InvalidTable, row.Span,
                $"every row must have the same columns as the first row (line {first.Span.Line}); this row {string.Join(" and ", parts)}");
        }
    }

    /// <summary>Sweeps the bands by lower bound; each band that starts below the highest upper bound seen so far overlaps that band.</summary>
    private static void CheckOverlaps(List<TableRow> rows, YamlReadContext context)
    {
        var ordered = rows.Select((row, index) => (row, index)).OrderBy(x => Low(x.row)).ThenBy(x => x.index).ToList();
        var reach = ordered[0];
        foreach (var current in ordered.Skip(1))
        {
            var lower = Low(current.row);
            var upper = High(reach.row);
            if (lower < upper - Slack(lower, upper))
            {
                var (earlier, later) = reach.index < current.index ? (reach.row, current.row) : (current.row, reach.row);
                context.Error(DiagnosticCodes.TableOverlap, later.Span,
                    $"the band of line {later.Span.Line} ({later.Describe()}) overlaps the band of line {earlier.Span.Line} ({earlier.Describe()})");
            }

            if (High(current.row) > upper)
            {
                reach = current;
            }
        }
    }

    /// <summary>Sweeps the bands by lower bound; a band that starts above the highest upper bound seen so far leaves a gap.</summary>
    private static void CheckGaps(List<TableRow> rows, YamlReadContext context)
    {
        var ordered = rows.OrderBy(Low).ToList();
        var reach = ordered[0];
        foreach (var next in ordered.Skip(1))
        {
            if (reach.Upto is { } end && next.Over is { } start && start.Value - end.Value > Slack(start.Value, end.Value))
            {
                context.Error(DiagnosticCodes.TableGap, next.Span,
                    $"a gap between the band of line {reach.Span.Line} (up to {end}) and the band of line {next.Span.Line} (over {start}): " +
                    "no row holds the values between them; close the gap or write `gaps: allowed`");
            }

            if (High(next) > High(reach))
            {
                reach = next;
            }
        }
    }

    private static double Low(TableRow row) => row.Over?.Value ?? double.NegativeInfinity;

    private static double High(TableRow row) => row.Upto?.Value ?? double.PositiveInfinity;

    private static double Slack(double a, double b) =>
        double.IsFinite(a) && double.IsFinite(b) ? Tolerance * Math.Max(Math.Abs(a), Math.Abs(b)) : 0;
}

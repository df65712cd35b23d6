using HydrogenSafety.Diagnostics;
using HydrogenSafety.Units;

namespace HydrogenSafety.Rules;

/// <summary>A banded lookup table, callable from expressions by its name: <c>name(key).column</c>.</summary>
public sealed class LookupTable
{
    /// <summary>The name used in expressions.</summary>
    public required string Name { get; init; }

    /// <summary>Where the table's values come from.</summary>
    public Citation? Source { get; init; }

    /// <summary>The dimension of the lookup value.</summary>
    public required Dimension KeyDimension { get; init; }

    /// <summary>Whether gaps between bands are allowed (a value in a gap has no row: indeterminate).</summary>
    public bool GapsAllowed { get; init; }

    /// <summary>The bands in order.</summary>
    public required IReadOnlyList<TableRow> Rows { get; init; }

    /// <summary>Where the table is declared.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>The row for a key in canonical units, or <c>null</c> when no band holds it.</summary>
    public TableRow? Find(double canonicalKey)
    {
        // A loop, not FirstOrDefault with a lambda: requirements look rows up once per binding, and the lambda would
        // allocate a closure and a delegate each time.
        var rows = Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Contains(canonicalKey))
            {
                return rows[i];
            }
        }

        return null;
    }
}

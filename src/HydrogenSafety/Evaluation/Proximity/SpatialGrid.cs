using HydrogenSafety.Evaluation.Facts;

namespace HydrogenSafety.Evaluation.Proximity;

/// <summary>
/// A uniform grid over component positions (the horizontal plane), cells as wide as a reach: every component within
/// the reach of a point, horizontally, is in the 3 × 3 cells around the point's cell. Built for one query set, then read.
/// </summary>
internal sealed class SpatialGrid
{
    private readonly double _cell;
    private readonly Dictionary<(long, long), List<int>> _cells = [];

    /// <param name="reach">The query distance in metres (positive); cells are this wide.</param>
    /// <param name="items">The components to index, each with its position in the caller's order (<see cref="Query"/> returns these numbers).</param>
    public SpatialGrid(double reach, IReadOnlyList<(int Number, double X, double Y)> items)
    {
        // A zero bound still needs a cell: every pair closer than a millimetre is a candidate, and is decided exactly.
        _cell = Math.Max(reach, 1e-3);
        foreach (var (number, x, y) in items)
        {
            var key = Cell(x, y);
            if (!_cells.TryGetValue(key, out var list))
            {
                _cells[key] = list = [];
            }

            list.Add(number);
        }
    }

    /// <summary>Whether a position can be placed in a grid cell (finite, and not so far out that its cell number overflows).</summary>
    public static bool Placeable(double x, double y, double reach) =>
        double.IsFinite(x) && double.IsFinite(y) && Math.Abs(x / Math.Max(reach, 1e-3)) < 1e15 && Math.Abs(y / Math.Max(reach, 1e-3)) < 1e15;

    /// <summary>Adds to <paramref name="into"/> the numbers of the items in the 3 × 3 cells around (x, y).</summary>
    public void Query(double x, double y, List<int> into)
    {
        var (cx, cy) = Cell(x, y);
        for (var dx = -1L; dx <= 1; dx++)
        {
            for (var dy = -1L; dy <= 1; dy++)
            {
                if (_cells.TryGetValue((cx + dx, cy + dy), out var list))
                {
                    into.AddRange(list);
                }
            }
        }
    }

    /// <summary>The horizontal position of a component, when it has one the grid can place.</summary>
    public static (double X, double Y)? PlaceOf(ComponentFact c, double reach) =>
        c.Component.Position is { } p && Placeable(p.X, p.Y, reach) ? (p.X, p.Y) : null;

    private (long, long) Cell(double x, double y) => ((long)Math.Floor(x / _cell), (long)Math.Floor(y / _cell));
}

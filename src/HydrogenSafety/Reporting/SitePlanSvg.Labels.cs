namespace HydrogenSafety.Reporting;

/// <summary>Label placement on the site plan.</summary>
public static partial class SitePlanSvg
{
    // Where labels may go: along a separation line (fractions), off it (px), around a clearance circle (degrees).
    private static readonly double[] s_alongLine = [0.5, 0.35, 0.65, 0.2, 0.8];
    private static readonly double[] s_offLine = [9, -9, 18, -18];
    private static readonly double[] s_aroundCircle = [-45, -135, 45, 135, -90, 90, -20, -160];

    /// <summary>
    /// Places labels greedily: the first candidate position whose box (text width estimated from its
    /// length) stays inside the plan and overlaps nothing placed before; the first candidate when none fits.
    /// </summary>
    private sealed class LabelPlacer(double left, double top, double right, double bottom)
    {
        private readonly List<(double X1, double Y1, double X2, double Y2)> _taken = [];

        public void Occupy(double x1, double y1, double x2, double y2) => _taken.Add((x1, y1, x2, y2));

        public (double X, double Y) Place(string text, IEnumerable<(double X, double Y)> candidates) =>
            Place(text, candidates.Select(c => (c.X, c.Y, "middle")), out _);

        public (double X, double Y) Place(string text, IEnumerable<(double X, double Y, string Anchor)> candidates, out string anchor)
        {
            var width = (text.Length * 6.2) + 4;
            (double X, double Y, string Anchor)? first = null;
            foreach (var c in candidates)
            {
                first ??= c;
                var x1 = c.Anchor switch { "start" => c.X - 2, "end" => c.X - width + 2, _ => c.X - (width / 2) };
                var box = (x1, c.Y - 11, x1 + width, c.Y + 3);
                if (box.x1 < left || box.Item3 > right || box.Item2 < top || box.Item4 > bottom || _taken.Any(t => Overlaps(t, box)))
                {
                    continue;
                }

                _taken.Add(box);
                anchor = c.Anchor;
                return (c.X, c.Y);
            }

            var fallback = first ?? (left, top, "start");
            anchor = fallback.Anchor;
            return (fallback.X, fallback.Y);
        }

        private static bool Overlaps((double X1, double Y1, double X2, double Y2) a, (double X1, double Y1, double X2, double Y2) b) =>
            a.X1 < b.X2 && b.X1 < a.X2 && a.Y1 < b.Y2 && b.Y1 < a.Y2;
    }
}

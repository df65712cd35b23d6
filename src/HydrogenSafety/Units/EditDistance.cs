namespace HydrogenSafety.Units;

/// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
internal static class EditDistance
{
    public static int Between(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        // Three rows of the distance table (the swap looks two rows back) instead of the whole table.
        var width = b.Length + 1;
        Span<int> buffer = width <= 128 ? stackalloc int[3 * width] : new int[3 * width];
        var before = buffer[..width];
        var previous = buffer.Slice(width, width);
        var current = buffer.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, before[j - 2] + 1);
                }

                current[j] = d;
            }

            var spare = before;
            before = previous;
            previous = current;
            current = spare;
        }

        return previous[width - 1];
    }
}

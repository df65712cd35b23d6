namespace HydrogenSafety.Benchmarks;

/// <summary>Timing of alternated smoke rows (each row once per round, so load and GC state fall on all alike) and their median.</summary>
public static class Alternated
{
    /// <summary>Runs every action once per round for <paramref name="iterations"/> rounds, adding each run's milliseconds to its list.</summary>
    public static void Time(int iterations, IReadOnlyList<(Func<object> Action, List<double> Ms)> rows)
    {
        for (var i = 0; i < iterations; i++)
        {
            foreach (var (action, ms) in rows)
            {
                var sw = System.Diagnostics.Stopwatch.StartNew();
                action();
                ms.Add(sw.Elapsed.TotalMilliseconds);
            }
        }
    }

    /// <summary>The median of the timings.</summary>
    public static double Median(List<double> xs)
    {
        var s = xs.Order().ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[(s.Length / 2) - 1] + s[s.Length / 2]) / 2;
    }
}

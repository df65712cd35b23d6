namespace HydrogenSafety.Benchmarks;

/// <summary>Timing of alternated smoke rows (each row once per round, so load falls on all alike, each run from a collected heap) and their median.</summary>
public static class Alternated
{
    /// <summary>Runs every action once per round for <paramref name="iterations"/> rounds, adding each run's milliseconds to its list.</summary>
    public static void Time(int iterations, IReadOnlyList<(Func<object> Action, List<double> Ms)> rows)
    {
        for (var i = 0; i < iterations; i++)
        {
            foreach (var (action, ms) in rows)
            {
                // Each run starts on a collected heap, so that no run pays for the garbage of the one before it.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
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

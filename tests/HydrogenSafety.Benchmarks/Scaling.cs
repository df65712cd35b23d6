using System.Diagnostics;
using System.Globalization;
using HydrogenSafety.Benchmarks.Suites;
using HydrogenSafety.Benchmarks.Workloads;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Benchmarks;

/// <summary>
/// <c>--scaling [OUTPUT.png] [MAX_COMPONENTS] [MAX_FACILITIES]</c>: how the cost grows with the built-in rules,
/// (a) one facility of 50 → 5000 components, (b) 1 → 10,000 facilities of 50 components in parallel; prints a
/// table and draws both curves, log–log, into one PNG (docs/scaling.png). Wall time on a shared machine: a shape,
/// not a record.
/// </summary>
public static class Scaling
{
    private static readonly int[] ComponentSizes = [50, 100, 250, 500, 1000, 2500, 5000];
    private static readonly int[] FacilityCounts = [1, 10, 100, 1000, 10000];

    public static int Run(string output, int maxComponents, int maxFacilities)
    {
        var engine = ComplianceEngine.Create(RuleSet.BuiltIn, Scenarios.Options);
        engine.Evaluate(SyntheticFacilities.Create(50)); // JIT and warm-up

        var componentSizes = ComponentSizes.Where(n => n <= maxComponents).ToArray();
        var componentMs = new List<double>();
        Console.WriteLine("components  ms (best)  findings  alloc MB");
        foreach (var n in componentSizes)
        {
            var facility = SyntheticFacilities.Create(n);
            var runs = n <= 1000 ? 3 : 1;
            var best = double.MaxValue;
            var findings = 0;
            var alloc = 0L;
            for (var r = 0; r < runs; r++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var sw = Stopwatch.StartNew();
                findings = engine.Evaluate(facility).Findings.Count;
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
                alloc = GC.GetTotalAllocatedBytes(precise: true) - before;
            }

            componentMs.Add(best);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n,10}  {best,9:F1}  {findings,8}  {alloc / 1048576.0,8:F1}"));
        }

        var facilityCounts = FacilityCounts.Where(n => n <= maxFacilities).ToArray();
        var facilityMs = new List<double>();
        Console.WriteLine("facilities (50 components, Parallel.ForEach)  ms  ms per facility");
        foreach (var n in facilityCounts)
        {
            var facilities = SyntheticFacilities.Many(n, 50);
            var sw = Stopwatch.StartNew();
            ParallelRun.Evaluate(engine, facilities);
            var ms = sw.Elapsed.TotalMilliseconds;
            facilityMs.Add(ms);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n,10}  {ms,10:F1}  {ms / n,8:F3}"));
        }

        Plot(output, componentSizes, componentMs, facilityCounts, facilityMs);
        Console.WriteLine($"plot written to {output}; load average {Smoke.LoadAverage()}");
        return 0;
    }

    private static void Plot(string output, int[] sizes, List<double> sizeMs, int[] counts, List<double> countMs)
    {
        var plot = new ScottPlot.Plot();
        Series(plot, sizes, sizeMs, "one facility of N components (ms to evaluate)");
        Series(plot, counts, countMs, "N facilities of 50 components, 2 cores (ms for all)");
        plot.Title("HydrogenSafety, built-in rules: cost as N grows (log-log)");
        plot.XLabel("N: components of one facility, or number of facilities");
        plot.YLabel("wall time (ms)");
        static string Power(double v) => Math.Pow(10, v).ToString(v < 0 ? "0.###" : "#,0", CultureInfo.InvariantCulture);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Power, IntegerTicksOnly = true, MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator() };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Power, IntegerTicksOnly = true, MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator() };
        plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        plot.SavePng(output, 900, 560);
    }

    private static void Series(ScottPlot.Plot plot, int[] xs, List<double> ys, string label)
    {
        var scatter = plot.Add.Scatter(xs.Select(x => Math.Log10(x)).ToArray(), ys.Select(y => Math.Log10(Math.Max(y, 0.001))).ToArray());
        scatter.LineWidth = 2;
        scatter.MarkerSize = 8;
        scatter.LegendText = label;
    }
}

using HydrogenSafety.Benchmarks.Workloads;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Benchmarks;

/// <summary>The smoke-mode rows of the consequence-pack overhead (issue 13; see <see cref="Suites.ConsequencePackBenchmarks"/>).</summary>
public static class ConsequenceSmoke
{
    public static void Add(Action<string, Func<object>, string> measure)
    {
        var facility = ConsequenceFacilities.Create(1000);
        var withSet = RuleSet.Load(Scenarios.RulesDirectory);
        var withoutSet = ConsequenceFacilities.WithoutConsequencePack();
        var with = ComplianceEngine.Create(withSet, Scenarios.Options);
        var without = ComplianceEngine.Create(withoutSet, Scenarios.Options);
        var report = with.Evaluate(facility);
        var pack = report.Findings.Count(f => f.RuleId.StartsWith("INTL-CONSEQ-", StringComparison.Ordinal));
        var note = $"{ConsequenceFacilities.LeakScenarios(facility)} leak scenarios; {withSet.Rules.Count} vs {withoutSet.Rules.Count} rules; {pack} consequence findings";
        measure("built-in without intl/consequence: 1000 comps with leaks", () => without.Evaluate(facility).Findings.Count, note);
        measure("built-in with intl/consequence: 1000 comps with leaks", () => with.Evaluate(facility).Findings.Count, note);
    }

    /// <summary>
    /// <c>--consequence-overhead</c>: these rows alone. The two engines are run alternately (without, with, without, …) so
    /// that a shared machine's load and the GC's state fall on both alike; best and median of
    /// <paramref name="iterations"/> each, the allocation per call, and the overhead from the medians and the bests.
    /// </summary>
    public static int Run(int iterations)
    {
        var rows = new List<(string Name, Func<object> Action, string Note, List<double> Ms, long Bytes)>();
        Add((name, action, note) => rows.Add((name, action, note, [], 0)));
        for (var r = 0; r < rows.Count; r++)
        {
            rows[r].Action(); // warm-up (JIT, caches)
            var before = GC.GetTotalAllocatedBytes(precise: true);
            rows[r].Action();
            rows[r] = rows[r] with { Bytes = GC.GetTotalAllocatedBytes(precise: true) - before };
        }

        Alternated.Time(iterations, rows.Select(r => (r.Action, r.Ms)).ToList());


        var inv = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var (name, _, note, ms, bytes) in rows)
        {
            Console.WriteLine(string.Create(inv, $"{name,-60} best {ms.Min(),9:F2} ms  median {Alternated.Median(ms),9:F2} ms  {bytes / 1e6,7:F1} MB  {note}"));
        }

        // Each round runs both back to back: the median of the rounds' own ratios is the least moved by a machine whose speed drifts.
        var roundRatios = rows[0].Ms.Zip(rows[1].Ms, (without, with) => with / without).ToList();
        Console.WriteLine(string.Create(inv,
            $"overhead of the pack: {(Alternated.Median(roundRatios) - 1) * 100:F1} % (median of the rounds' ratios), {(Alternated.Median(rows[1].Ms) / Alternated.Median(rows[0].Ms) - 1) * 100:F1} % (medians), {(rows[1].Ms.Min() / rows[0].Ms.Min() - 1) * 100:F1} % (bests), allocation {((double)rows[1].Bytes / rows[0].Bytes - 1) * 100:F1} %; {iterations} alternated runs each; load average {Smoke.LoadAverage()}"));
        return 0;
    }
}

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

    /// <summary><c>--consequence-overhead</c>: these rows alone, best of <paramref name="iterations"/>, and the overhead.</summary>
    public static int Run(int iterations)
    {
        var rows = new List<(string Name, double Ms, string Note)>();
        Add((name, action, note) =>
        {
            action();
            var best = double.MaxValue;
            for (var i = 0; i < iterations; i++)
            {
                var sw = System.Diagnostics.Stopwatch.StartNew();
                action();
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            }

            rows.Add((name, best, note));
        });
        foreach (var (name, ms, note) in rows)
        {
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name,-60} {ms,10:F2} ms  {note}"));
        }

        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"overhead of the pack: {(rows[1].Ms / rows[0].Ms - 1) * 100:F1} % (best of {iterations}); load average {Smoke.LoadAverage()}"));
        return 0;
    }
}

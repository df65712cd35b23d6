using System.Globalization;
using HydrogenSafety.Benchmarks.Workloads;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Benchmarks;

/// <summary>
/// <c>--prune-ab [--iterations N]</c>: distance-gated joins pruned (relation facts from a spatial index) against the plain
/// cross join (<see cref="EngineOptions.PruneDistanceJoins"/> false), on the synthetic 1000-component facility as a
/// fueling station and as a production plant (the two shipped gated rules apply to one each). The engines run
/// alternately so that the machine's load falls on both alike; best and median per row, allocation per call, and a
/// check that both engines give the same JSON report.
/// </summary>
public static class PruneSmoke
{
    public static int Run(int iterations)
    {
        var onlyGated = Path.Combine(Path.GetTempPath(), $"h2safety-gated-{Environment.ProcessId}.yaml");
        File.WriteAllText(onlyGated, "profile: gated-only\ntitle: the distance-gated rules\ninclude:\n  - ids: [\"JP-HPG-FLOW-PREVENTION-OPENINGS\", \"KR-KGS-STATION-WALL-WITHIN-30M\"]\n");
        var rows = new List<(string Name, Func<object> Action, List<double> Ms, long Bytes)>();
        foreach (var (label, profile) in new[] { ("built-in", (string?)null), ("the 2 gated rules", onlyGated) })
        {
            var pruned = ComplianceEngine.Create(RuleSet.BuiltIn, new EngineOptions { AsOf = Scenarios.Options.AsOf, Profile = profile });
            var plain = ComplianceEngine.Create(RuleSet.BuiltIn, new EngineOptions { AsOf = Scenarios.Options.AsOf, Profile = profile, PruneDistanceJoins = false });
            foreach (var type in new[] { "fueling_station", "production_plant" })
            {
                var facility = SyntheticFacilities.Create(1000, type: type);
                var a = pruned.Evaluate(facility);
                var b = plain.Evaluate(facility);
                var options = new ReportOptions { ShowPasses = true };
                if (JsonReportWriter.ToJson(a, options) != JsonReportWriter.ToJson(b, options))
                {
                    throw new InvalidOperationException($"{label}, {type}: the pruned and unpruned reports differ");
                }

                var name = $"{label}, 1000 comps, {type}";
                rows.Add(($"{name}: cross join", () => plain.Evaluate(facility).Findings.Count, [], 0));
                rows.Add(($"{name}: pruned", () => pruned.Evaluate(facility).Findings.Count, [], 0));
            }
        }

        File.Delete(onlyGated);
        for (var r = 0; r < rows.Count; r++)
        {
            rows[r].Action();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            rows[r].Action();
            rows[r] = rows[r] with { Bytes = GC.GetTotalAllocatedBytes(precise: true) - before };
        }

        Alternated.Time(iterations, rows.Select(r => (r.Action, r.Ms)).ToList());


        var inv = CultureInfo.InvariantCulture;
        foreach (var (name, _, ms, bytes) in rows)
        {
            Console.WriteLine(string.Create(inv, $"{name,-62} best {ms.Min(),9:F2} ms  median {Alternated.Median(ms),9:F2} ms  {bytes / 1e6,7:F1} MB"));
        }

        Console.WriteLine(string.Create(inv, $"reports identical (JSON with passes); {iterations} alternated runs each; load average {Smoke.LoadAverage()}"));
        return 0;
    }
}

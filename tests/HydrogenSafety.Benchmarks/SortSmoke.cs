using System.Globalization;
using HydrogenSafety.Benchmarks.Workloads;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Benchmarks;

/// <summary>
/// <c>--sort-ab [--iterations N]</c>: the report sort alone (issue 13 point 5), each rule's run of the 1000-component
/// consequence facility's findings sorted by <see cref="FindingOrder"/> against <see cref="FindingRunSort"/>, from the
/// report's order and from a shuffle of each run (the same shuffle for both), alternated; best and median per row, and
/// a check that both give the same list.
/// </summary>
public static class SortSmoke
{
    public static int Run(int iterations)
    {
        var facility = ConsequenceFacilities.Create(1000);
        var report = ComplianceEngine.Create(RuleSet.BuiltIn, Scenarios.Options).Evaluate(facility);
        var reported = report.Findings.ToList();
        var runs = new List<(int Start, int Count)>();
        for (var i = 0; i < reported.Count;)
        {
            var j = i + 1;
            while (j < reported.Count && reported[j].Severity == reported[i].Severity && string.Equals(reported[j].RuleId, reported[i].RuleId, StringComparison.Ordinal))
            {
                j++;
            }

            runs.Add((i, j - i));
            i = j;
        }

        var shuffled = reported.ToList();
        var random = new Random(13);
        foreach (var (start, count) in runs)
        {
            for (var i = count - 1; i > 0; i--)
            {
                var k = random.Next(i + 1);
                (shuffled[start + i], shuffled[start + k]) = (shuffled[start + k], shuffled[start + i]);
            }
        }

        List<Finding> Plain(List<Finding> input)
        {
            var list = input.ToList();
            foreach (var (start, count) in runs)
            {
                list.Sort(start, count, FindingOrder.Instance);
            }

            return list;
        }

        List<Finding> Keyed(List<Finding> input)
        {
            var list = input.ToList();
            var sorter = FindingRunSort.For(facility.Components);
            foreach (var (start, count) in runs)
            {
                sorter.Sort(list, start, count);
            }

            return list;
        }

        foreach (var input in new[] { reported, shuffled })
        {
            if (!Plain(input).SequenceEqual(Keyed(input), ReferenceEqualityComparer.Instance))
            {
                throw new InvalidOperationException("the keyed sort and FindingOrder give different lists");
            }
        }

        var rows = new List<(string Name, Func<object> Action, List<double> Ms)>
        {
            ("from report order: FindingOrder", () => Plain(reported), []),
            ("from report order: keyed", () => Keyed(reported), []),
            ("shuffled runs: FindingOrder", () => Plain(shuffled), []),
            ("shuffled runs: keyed", () => Keyed(shuffled), []),
        };
        foreach (var row in rows)
        {
            row.Action();
        }

        Alternated.Time(iterations, rows.Select(r => (r.Action, r.Ms)).ToList());


        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{reported.Count} findings in {runs.Count} runs, longest {runs.Max(r => r.Count)}"));
        foreach (var (name, _, ms) in rows)
        {
            Console.WriteLine(string.Create(inv, $"{name,-36} best {ms.Min(),8:F2} ms  median {Alternated.Median(ms),8:F2} ms"));
        }

        Console.WriteLine(string.Create(inv, $"same lists; {iterations} alternated runs each; load average {Smoke.LoadAverage()}"));
        return 0;
    }
}

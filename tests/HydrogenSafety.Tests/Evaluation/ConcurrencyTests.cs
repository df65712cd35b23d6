using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;
using HydrogenSafety.Tests.Docs;

namespace HydrogenSafety.Tests.Evaluation;

/// <summary>One compiled engine, many threads: every evaluation gives the same findings.</summary>
public class ConcurrencyTests
{
    [Test]
    public void Engine_shared_by_threads_gives_identical_results()
    {
        var engine = ComplianceEngine.Create(RuleSet.BuiltIn, new EngineOptions { AsOf = new DateOnly(2026, 6, 1) });
        var facilities = Directory.GetFiles(RepositoryPaths.Of("samples", "facilities"), "*.yaml").Order(StringComparer.Ordinal).Select(Facility.Load).ToList();
        var expected = facilities.Select(f => Render(engine.Evaluate(f))).ToList();

        var results = new string[8 * 25];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = Render(engine.Evaluate(facilities[i % facilities.Count])));

        for (var i = 0; i < results.Length; i++)
        {
            results[i].Should().Be(expected[i % facilities.Count]);
        }
    }

    private static string Render(ComplianceReport report) => string.Join("\n", report.Findings.Select(f =>
        $"{f.RuleId} {f.BindingKey} {f.Outcome} {f.Message} {string.Join("|", f.Evidence)} {string.Join(",", f.Missing)}"));
}

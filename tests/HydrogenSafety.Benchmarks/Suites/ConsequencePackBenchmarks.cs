using BenchmarkDotNet.Attributes;
using HydrogenSafety.Benchmarks.Workloads;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Benchmarks.Suites;

/// <summary>
/// Issue 13: the cost of the <c>intl/consequence</c> pack on a 1000-component facility whose pressure components
/// record leak scenarios (<see cref="ConsequenceFacilities"/>), the built-in packs with and without it. Target: with
/// the pack within 10 % of without. Run: <c>--filter '*ConsequencePack*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class ConsequencePackBenchmarks
{
    private ComplianceEngine _with = null!;
    private ComplianceEngine _without = null!;
    private Facility _facility = null!;

    [GlobalSetup]
    public void Setup()
    {
        _with = ComplianceEngine.Create(RuleSet.Load(Scenarios.RulesDirectory), Scenarios.Options);
        _without = ComplianceEngine.Create(ConsequenceFacilities.WithoutConsequencePack(), Scenarios.Options);
        _facility = ConsequenceFacilities.Create(1000);
    }

    [Benchmark(Baseline = true)]
    public int WithoutConsequencePack() => _without.Evaluate(_facility).Findings.Count;

    [Benchmark]
    public int WithConsequencePack() => _with.Evaluate(_facility).Findings.Count;
}

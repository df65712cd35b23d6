using BenchmarkDotNet.Attributes;
using HydrogenSafety.Benchmarks.Workloads;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Benchmarks.Suites;

/// <summary>
/// The built-in rules on the 1000-component facility of <see cref="EvaluateBenchmarks"/>, with the distance-gated joins
/// pruned (relation facts from a spatial index, the default) and as plain cross joins (<c>PruneDistanceJoins = false</c>).
/// </summary>
[MemoryDiagnoser]
public class PruneBenchmarks
{
    private ComplianceEngine _engine = null!;
    private Facility _facility = null!;

    [Params(false, true)]
    public bool Pruned { get; set; }

    [Params(1000)]
    public int Components { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = ComplianceEngine.Create(RuleSet.BuiltIn, new EngineOptions { AsOf = Scenarios.Options.AsOf, PruneDistanceJoins = Pruned });
        _facility = SyntheticFacilities.Create(Components);
    }

    [Benchmark]
    public int BuiltIn_Evaluate() => _engine.Evaluate(_facility).Findings.Count;
}

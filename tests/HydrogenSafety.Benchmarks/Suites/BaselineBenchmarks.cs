using BenchmarkDotNet.Attributes;
using HydrogenSafety.Benchmarks.Baselines;
using HydrogenSafety.Benchmarks.Workloads;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Benchmarks.Suites;

/// <summary>
/// Scenario 4: the same ten rules (<see cref="TenRules"/>) on the same facility: (a) hand-written C#,
/// the baseline of the ratios; (b) Microsoft RulesEngine 6.0.1; (c) HydrogenSafety. The setup throws
/// unless all three find the same violations.
/// </summary>
[MemoryDiagnoser]
public class BaselineBenchmarks
{
    private ComplianceEngine _ours = null!;
    private RulesEngineTenRules _rulesEngine = null!;
    private Facility _facility = null!;

    [Params(50, 1000)]
    public int Components { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ours = ComplianceEngine.Create(Scenarios.TenRuleSet(), Scenarios.Options);
        _rulesEngine = new RulesEngineTenRules();
        _facility = SyntheticFacilities.Create(Components);
        Scenarios.CheckBaselinesAgree(_facility, _ours, _rulesEngine);
    }

    [Benchmark(Baseline = true)]
    public int HandWritten() => HandWrittenTenRules.Evaluate(_facility).Count;

    [Benchmark]
    public int RulesEngine() => _rulesEngine.Evaluate(_facility).Count;

    [Benchmark]
    public int HydrogenSafety() => _ours.Evaluate(_facility).Findings.Count;

    /// <summary>Our engine's NRules session and fact propagation alone, no actions: the floor on NRules.</summary>
    [Benchmark]
    public int NRulesFloorNoActions() => NRulesFloor.InsertWithoutFiring(_ours, _facility);
}

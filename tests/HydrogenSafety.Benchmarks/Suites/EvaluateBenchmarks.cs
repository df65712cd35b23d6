using BenchmarkDotNet.Attributes;
using HydrogenSafety.Benchmarks.Workloads;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Benchmarks.Suites;

/// <summary>Scenario 2: one facility evaluated with the built-in rules (all 15 selected: the facility names no jurisdiction).</summary>
[MemoryDiagnoser]
public class EvaluateBenchmarks
{
    private ComplianceEngine _engine = null!;
    private Facility _facility = null!;

    [Params(50, 250, 1000)]
    public int Components { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = ComplianceEngine.Create(RuleSet.BuiltIn, Scenarios.Options);
        _facility = SyntheticFacilities.Create(Components);
    }

    [Benchmark]
    public int BuiltIn_Evaluate() => _engine.Evaluate(_facility).Findings.Count;
}

/// <summary>Scenario 3: 400 facilities of 50 components, one shared engine, in parallel and (for the speed-up) sequentially.</summary>
[MemoryDiagnoser]
public class ParallelBenchmarks
{
    private ComplianceEngine _engine = null!;
    private IReadOnlyList<Facility> _facilities = [];

    [Params(400)]
    public int Facilities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = ComplianceEngine.Create(RuleSet.BuiltIn, Scenarios.Options);
        _facilities = SyntheticFacilities.Many(Facilities, 50);
    }

    [Benchmark]
    public int Parallel_ForEach() => ParallelRun.Evaluate(_engine, _facilities);

    [Benchmark]
    public int Sequential() => _facilities.Sum(f => _engine.Evaluate(f).Findings.Count);
}

/// <summary>The parallel run shared by the benchmark, the smoke mode and the peak-memory mode.</summary>
public static class ParallelRun
{
    /// <summary>Evaluates every facility with <c>Parallel.ForEach</c> over one engine; returns the total number of findings.</summary>
    public static int Evaluate(ComplianceEngine engine, IReadOnlyList<Facility> facilities)
    {
        var total = 0;
        Parallel.ForEach(facilities, f => Interlocked.Add(ref total, engine.Evaluate(f).Findings.Count));
        return total;
    }
}

/// <summary>
/// An incremental update in an open session (<see cref="ComplianceEngine.OpenSession"/>): one gas
/// detector's alarm setpoint toggles between 20 and 35 %LFL, which changes its own finding and every
/// aggregate over gas detectors. Each operation is one <see cref="ComplianceSession.Upsert"/>.
/// </summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private ComplianceSession _session = null!;
    private Component _low = null!;
    private Component _high = null!;
    private bool _toggle;

    [Params(50, 1000)]
    public int Components { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var engine = ComplianceEngine.Create(RuleSet.BuiltIn, Scenarios.Options);
        var facility = SyntheticFacilities.Create(Components);
        (_low, _high) = SyntheticFacilities.DetectorVariants(facility);
        _session = engine.OpenSession(facility);
    }

    [Benchmark]
    public int Incremental_Upsert()
    {
        _toggle = !_toggle;
        _session.Upsert(_toggle ? _high : _low);
        return _session.Findings.Count;
    }
}

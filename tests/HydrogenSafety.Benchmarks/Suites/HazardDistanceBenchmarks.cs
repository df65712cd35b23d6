using BenchmarkDotNet.Attributes;
using HydrogenSafety.Consequences;

namespace HydrogenSafety.Benchmarks.Suites;

/// <summary>
/// One advisory distance evaluation of the consequence models (issue 13: target ≤ 50 µs): the whole chain
/// uncached (throat search, notional nozzle, flame, then the 4.732 kW/m2 root and the 4 % extent), the heat-flux
/// root alone on a worked release (a model keeps no distances), and a hit in an engine's <see cref="HazardCache"/>
/// (what every further exposure pair of the same vessel costs). Run: <c>--filter '*HazardDistance*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class HazardDistanceBenchmarks
{
    private static readonly ReleaseKey Key = ReleaseKey.OfComponent(70, 288, 0.001);
    private ReleaseModel _model = null!;
    private HazardCache _cache = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = Key.Work();
        _cache = new HazardCache();
        _cache.DistanceToHeatFlux(Key, 4732);
    }

    [Benchmark(Baseline = true)]
    public double FullChainUncached()
    {
        var model = Key.Work();
        return model.DistanceToHeatFlux(4732) + model.DistanceToMoleFraction(0.04);
    }

    [Benchmark]
    public double HeatFluxDistanceOnly() => _model.DistanceToHeatFlux(4732);

    [Benchmark]
    public double CachedHeatFluxDistance() => _cache.DistanceToHeatFlux(Key, 4732);
}

using BenchmarkDotNet.Attributes;
using HydrogenSafety.Consequences;

namespace HydrogenSafety.Benchmarks.Suites;

/// <summary>
/// One advisory distance evaluation of the consequence models (issue 13: target ≤ 50 µs): the whole chain
/// uncached (throat search, notional nozzle, flame, then the 4.732 kW/m2 root and the 4 % extent), and the
/// heat-flux root alone on a worked release. Run: <c>--filter '*HazardDistance*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class HazardDistanceBenchmarks
{
    private ReleaseModel _model = null!;

    [GlobalSetup]
    public void Setup() => _model = NewModel();

    [Benchmark(Baseline = true)]
    public double FullChainUncached()
    {
        var model = NewModel();
        return model.DistanceToHeatFlux(4732) + model.DistanceToMoleFraction(0.04);
    }

    [Benchmark]
    public double HeatFluxDistanceOnly() => _model.DistanceToHeatFlux(4732);

    private static ReleaseModel NewModel() =>
        new(AbelNobleHydrogen.Default, 70.101325e6, 288, 0.001, 1, NotionalNozzleModel.YuceilOtugen, 288);
}

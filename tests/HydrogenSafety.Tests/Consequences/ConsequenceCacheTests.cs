using HydrogenSafety.Consequences;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Consequences;

/// <summary>The per-state cache of release models and the per-model cache of heat-flux distances (not timing).</summary>
public sealed class ConsequenceCacheTests
{
    [Test]
    public void The_same_release_state_gives_one_model_and_equal_distances()
    {
        // A state no other test uses, so that the cache starts without it.
        var a = new ReleaseScenario(Quantity.From(43.21, "MPa"), Quantity.From(291.5, "K"), Quantity.From(1.37, "mm"));
        var b = new ReleaseScenario(Quantity.From(43.21, "MPa"), Quantity.From(291.5, "K"), Quantity.From(1.37, "mm"));
        var first = HazardCalculator.Model(a);
        var second = HazardCalculator.Model(b);
        second.Should().BeSameAs(first, "an equal state is served from the cache");

        var before = first.CachedFluxDistances;
        var d1 = first.DistanceToHeatFlux(4732);
        first.CachedFluxDistances.Should().Be(before + 1);
        var d2 = second.DistanceToHeatFlux(4732);
        first.CachedFluxDistances.Should().Be(before + 1, "the second request is a cache hit");
        d2.Should().Be(d1);
        d1.Should().Be(first.Flame.AxialDistanceTo(4732), "the cached distance equals a fresh computation");

        var other = HazardCalculator.Model(a with { LeakDiameter = Quantity.From(1.38, "mm") });
        other.Should().NotBeSameAs(first, "a different leak is a different state");
    }
}

using System.Globalization;
using System.Text;
using HydrogenSafety.Consequences;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;
using HydrogenSafety.Tests.Docs;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Consequences;

/// <summary>
/// The consequence-distance cache: owned by one compiled engine (two engines share nothing), one model per release
/// state, cached distances equal fresh computations, and the <c>intl/consequence</c> pack's outcomes equal those
/// computed without any cache (not timing).
/// </summary>
public sealed class ConsequenceCacheTests
{
    private static readonly EngineOptions Options = new() { AsOf = new DateOnly(2026, 6, 1) };

    [Test]
    public void The_same_release_state_gives_one_model_and_equal_distances()
    {
        var cache = new HazardCache();
        var a = ReleaseKey.Of(new ReleaseScenario(Quantity.From(43.21, "MPa"), Quantity.From(291.5, "K"), Quantity.From(1.37, "mm")));
        var b = ReleaseKey.Of(new ReleaseScenario(Quantity.From(43.21, "MPa"), Quantity.From(291.5, "K"), Quantity.From(1.37, "mm")));
        var first = cache.Model(a);
        cache.Model(b).Should().BeSameAs(first, "an equal state is served from the cache");
        cache.ModelCount.Should().Be(1);

        var d1 = cache.DistanceToHeatFlux(a, 4732);
        cache.DistanceCount.Should().Be(1);
        var d2 = cache.DistanceToHeatFlux(b, 4732);
        cache.DistanceCount.Should().Be(1, "the second request is a cache hit");
        d2.Should().Be(d1);
        d1.Should().Be(a.Work().Flame.AxialDistanceTo(4732), "the cached distance equals a fresh computation");
        cache.DistanceToMoleFraction(a, 0.04).Should().Be(a.Work().DistanceToMoleFraction(0.04));
        cache.DistanceCount.Should().Be(2);

        var other = cache.Model(a with { Diameter = 1.38e-3 });
        other.Should().NotBeSameAs(first, "a different leak is a different state");
    }

    [Test]
    public void An_input_error_is_kept_and_thrown_again_with_the_same_message()
    {
        var cache = new HazardCache();
        var subsonic = ReleaseKey.OfComponent(0.05, 288, 1e-3);
        var first = FluentActions.Invoking(() => cache.DistanceToHeatFlux(subsonic, 4732)).Should().Throw<HazardInputException>().Which.Message;
        FluentActions.Invoking(() => cache.DistanceToHeatFlux(subsonic, 4732)).Should().Throw<HazardInputException>().Which.Message.Should().Be(first);
        FluentActions.Invoking(() => cache.Model(subsonic)).Should().Throw<HazardInputException>().Which.Message.Should().Be(first);
        var fresh = FluentActions.Invoking(() => subsonic.Work()).Should().Throw<HazardInputException>().Which.Message;
        first.Should().Be(fresh);
    }

    [Test]
    public void A_full_table_is_emptied_and_still_gives_the_same_distances()
    {
        var cache = new HazardCache();
        var key = ReleaseKey.OfComponent(70, 288, 1e-3);
        var fresh = key.Work();
        for (var i = 0; i < HazardCache.Limit + 10; i++)
        {
            var fraction = (i + 1) / (HazardCache.Limit + 20.0);
            cache.DistanceToMoleFraction(key, fraction).Should().Be(fresh.DistanceToMoleFraction(fraction));
        }

        cache.DistanceCount.Should().BeLessThanOrEqualTo(HazardCache.Limit);
        cache.DistanceToMoleFraction(key, 0.04).Should().Be(fresh.DistanceToMoleFraction(0.04));
    }

    [Test]
    public void Two_engines_do_not_share_cache_state()
    {
        var rules = ConsequencePack();
        var one = ComplianceEngine.Create(rules, Options);
        var two = ComplianceEngine.Create(rules, Options);
        one.Compiled.Hazards.Should().NotBeSameAs(two.Compiled.Hazards);
        one.Compiled.Plans.Should().OnlyContain(p => ReferenceEquals(p.Hazards, one.Compiled.Hazards), "every rule of an engine uses the engine's cache");

        var facility = Facility.Parse(FacilityYaml(), "facility.yaml");
        var first = Render(one.Evaluate(facility));
        one.Compiled.Hazards.ModelCount.Should().BeGreaterThan(0);
        one.Compiled.Hazards.DistanceCount.Should().BeGreaterThan(0);
        two.Compiled.Hazards.ModelCount.Should().Be(0, "evaluating with one engine leaves the other's cache empty");
        two.Compiled.Hazards.DistanceCount.Should().Be(0);

        Render(two.Evaluate(facility)).Should().Equal(first, "a cold cache gives the same report as a warm one");
        Render(one.Evaluate(facility)).Should().Equal(first, "and so does a second, warm evaluation");
    }

    [Test]
    public void The_pack_outcomes_equal_those_computed_without_a_cache()
    {
        var report = ComplianceEngine.Create(ConsequencePack(), Options).Evaluate(Facility.Parse(FacilityYaml(), "facility.yaml"));
        var checkedPairs = 0;
        foreach (var finding in report.Findings.Where(f => f.Outcome is Outcome.Pass or Outcome.Violation))
        {
            var vessel = Vessels.Single(v => v.Id == finding.Subjects[0].ComponentId);
            var exposure = Exposures.Single(e => e.Id == finding.Subjects[1].ComponentId);
            var estimate = HazardCalculator.Estimate(vessel.Scenario());
            var reach = finding.RuleId switch
            {
                "INTL-CONSEQ-FLAME-PEOPLE" => estimate.DistanceToHeatFlux(Quantity.From(4.732, "kW/m2")).Value,
                "INTL-CONSEQ-FLAME-BUILDING" => estimate.DistanceToHeatFlux(Quantity.From(25.237, "kW/m2")).Value,
                _ => estimate.DistanceTo(Quantity.From(4, "%")).Advisory.Value,
            };
            var separation = Math.Sqrt(Math.Pow(vessel.X - exposure.X, 2) + Math.Pow(vessel.Y - exposure.Y, 2));
            Math.Abs(separation / reach - 1).Should().BeGreaterThan(0.005, $"{finding.BindingKey} is not on the boundary, where rounding could decide");
            finding.Outcome.Should().Be(separation >= reach ? Outcome.Pass : Outcome.Violation, $"{finding.RuleId} {finding.BindingKey}: {separation:0.###} m against {reach:0.###} m");
            checkedPairs++;
        }

        checkedPairs.Should().Be(Vessels.Count(v => !v.Liquid) * Exposures.Length);
        report.Findings.Select(f => f.Outcome).Should().Contain(Outcome.Pass).And.Contain(Outcome.Violation);
    }

    private sealed record Vessel(string Id, double Mpa, double Kelvin, double? LeakMm, double? PipeMm, double X, double Y, bool Liquid = false)
    {
        public ReleaseScenario Scenario()
        {
            var p = Quantity.From(Mpa, "MPa");
            var t = Quantity.From(Kelvin, "K");
            return LeakMm is { } leak
                ? new ReleaseScenario(p, t, Quantity.From(leak, "mm"))
                : ReleaseScenario.FromPipe(p, t, Quantity.From(PipeMm!.Value, "mm"), ReleaseScenario.Nfpa2LeakFraction);
        }
    }

    private sealed record Exposure(string Id, string Kind, double X, double Y);

    // Release states of several pressures, temperatures and leak sizes (two vessels share one state), a pipe-sized
    // leak and a liquid tank (not applicable); exposures of every kind the pack looks at, near and far.
    private static readonly Vessel[] Vessels =
    [
        new("V1", 70, 288, 1, null, 0, 0),
        new("V2", 70, 288, 1, null, 3, 17),
        new("V3", 35, 300, 2, null, -6, 4),
        new("V4", 45, 283, null, 6.223, 9, -11),
        new("V5", 90, 250, 3, null, 20, 20),
        new("V6", 0.9, 288, 0.5, null, -15, -3),
        new("V7", 1, 25, 1, null, 30, 0, Liquid: true),
    ];

    private static readonly Exposure[] Exposures =
    [
        new("A1", "assembly_area", 4.1, 1.3),
        new("A2", "assembly_area", 37.5, 12.2),
        new("L1", "lot_line", -2.2, 6.9),
        new("B1", "building", 1.05, -0.4),
        new("B2", "building", 14.3, 8.8),
        new("I1", "air_intake", 5.3, 2.1),
        new("I2", "air_intake", -31.7, 22.9),
        new("S1", "ignition_source", 8.6, -7.1),
        new("O1", "building_opening", 0.7, 18.4),
    ];

    private static RuleSet ConsequencePack() => RuleSet.Load(RepositoryPaths.Of("rules", "intl", "consequence"));

    private static string FacilityYaml()
    {
        var inv = CultureInfo.InvariantCulture;
        var yaml = new StringBuilder("facility: { id: conseq-cache, jurisdiction: INTL, type: fueling_station }\ncomponents:\n");
        foreach (var v in Vessels)
        {
            var leak = v.LeakMm is { } l ? string.Create(inv, $"leak_diameter: {l} mm") : string.Create(inv, $"pipe_inner_diameter: {v.PipeMm} mm");
            var phase = v.Liquid ? "phase: liquid, " : "";
            yaml.Append(inv, $"  - {{ id: {v.Id}, kind: storage_vessel, {phase}pressure: {v.Mpa} MPa, temperature: {v.Kelvin} K, {leak}, position: [{v.X}, {v.Y}] }}\n");
        }

        foreach (var e in Exposures)
        {
            yaml.Append(inv, $"  - {{ id: {e.Id}, kind: {e.Kind}, position: [{e.X}, {e.Y}] }}\n");
        }

        return yaml.ToString();
    }

    private static List<string> Render(ComplianceReport report) =>
        report.Findings.Select(f => $"{f.RuleId} {f.BindingKey} {f.Outcome} {f.Message} [{string.Join(" | ", f.Evidence)}] {string.Join(",", f.Missing)}").ToList();
}

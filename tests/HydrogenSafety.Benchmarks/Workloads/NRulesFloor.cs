using HydrogenSafety.Evaluation;
using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Benchmarks.Workloads;

/// <summary>
/// The cost NRules adds before any rule action runs: a session from the engine's compiled network, the facility
/// fact (every rule selected) and the component facts inserted and propagated through the Rete network (alpha tests,
/// joins, collects, agenda), no firing. What our evaluation cannot go below while it runs on NRules; compared with
/// the hand-written baseline it shows why the "3x hand-written" target is out of reach on this engine.
/// </summary>
public static class NRulesFloor
{
    /// <summary>Creates a session, inserts the facility's facts, does not fire; returns the number of component facts in it.</summary>
    public static int InsertWithoutFiring(ComplianceEngine engine, Facility facility)
    {
        var compiled = engine.Compiled;
        var session = compiled.Factory.CreateSession();
        var groups = Enumerable.Repeat(true, compiled.SelectionGroups).ToArray();
        session.Insert(new FacilityFact(facility, Scenarios.Options.AsOf!.Value, groups));
        session.InsertAll(facility.Components.Select(c => new ComponentFact(c)).ToList());
        return session.Query<ComponentFact>().Count();
    }
}

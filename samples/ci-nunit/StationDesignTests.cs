using System.Reflection;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;
using HydrogenSafety.Testing;

namespace FacilityDesign.Tests;

/// <summary>
/// The CI gate: every design under facilities/approved must pass the team's rules. Add a design there and a
/// broken rule fails the build with the findings in the test output (rule, subjects, message, evidence,
/// citation, file:line).
/// </summary>
public class StationDesignTests
{
    private static readonly string Root = typeof(StationDesignTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "DesignRoot").Value!;

    // Compiled once for the whole run; the engine is thread-safe.
    private static readonly ComplianceEngine Engine = ComplianceEngine.Create(
        RuleSet.Load(Path.Combine(Root, "rules")),
        new EngineOptions { AsOf = new DateOnly(2026, 6, 1) });

    private static IEnumerable<string> ApprovedDesigns() =>
        Directory.GetFiles(Path.Combine(Root, "facilities", "approved"), "*.yaml").Order(StringComparer.Ordinal).Select(Path.GetFileName)!;

    [TestCaseSource(nameof(ApprovedDesigns))]
    public void Approved_design_meets_the_team_rules(string file) =>
        ComplianceAssert.Compliant(Path.Combine(Root, "facilities", "approved", file), Engine);

    [Test]
    public void Approved_design_has_its_detection_in_place()
    {
        var report = ComplianceAssert.Compliant(Path.Combine(Root, "facilities", "approved", "compact-station.yaml"), Engine);

        ComplianceAssert.Outcome(report, "TEAM-STORAGE-DETECTION", "TK-1", Outcome.Pass);
        ComplianceAssert.Outcome(report, "TEAM-STORAGE-INTAKE-DISTANCE", "TK-1,AI-1", Outcome.Pass);
    }

    /// <summary>
    /// What a broken design does to the gate. In the gate itself the design would sit under approved/ and
    /// <c>ComplianceAssert.Compliant</c> would fail the test; this sample asserts that failure instead, so
    /// that the repository's own CI stays green while showing the message a team would see.
    /// </summary>
    [Test]
    public void A_design_that_breaks_a_rule_fails_the_gate()
    {
        var path = Path.Combine(Root, "facilities", "rejected", "cramped-station.yaml");

        var failure = Assert.Throws<ComplianceAssertionException>(() => ComplianceAssert.Compliant(path, Engine))!;

        TestContext.Out.WriteLine(failure.Message);
        Assert.That(failure.Findings.Select(f => $"{f.RuleId} {f.BindingKey}"), Is.EquivalentTo(new[]
        {
            "TEAM-DISPENSER-RELIEF D-1",
            "TEAM-STORAGE-INTAKE-DISTANCE TK-1,AI-1",
        }));
        Assert.That(failure.Message, Does.Contain("evidence: expected ≥ 9 m, got 6.2 m: short by 2.8 m"));
        Assert.That(failure.Message, Does.Contain("source: Station design standard DS-7, 2026, 5.1"));
        Assert.That(failure.Message, Does.Contain("cramped-station.yaml:"));
    }
}

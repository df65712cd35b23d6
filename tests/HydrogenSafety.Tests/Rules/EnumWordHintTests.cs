using HydrogenSafety.Facilities;
using HydrogenSafety.Profiles;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Rules;

/// <summary>Every field with a closed list of words answers a near miss with "did you mean" (SPEC §4.1).</summary>
public class EnumWordHintTests
{
    private const string Rule = """
        rules:
          - id: R
            title: t
            stage: storage
            severity: low
            status: enforced
            for: storage_vessel
            source: {document: d}
            require: "true"
            tests:
              - name: a
                facility: {components: [{id: V, kind: storage_vessel}]}
                expect: {V: pass}
        """;

    [TestCase("{V: pass}", "{V: violated}", "did you mean 'violation'?", TestName = "Hint: test outcome violated")]
    [TestCase("{V: pass}", "{V: passed}", "did you mean 'pass'?", TestName = "Hint: test outcome passed")]
    [TestCase("severity: low", "severity: crit", "did you mean 'critical'?", TestName = "Hint: severity crit")]
    [TestCase("status: enforced", "status: enforcing", "did you mean 'enforced'?", TestName = "Hint: status enforcing")]
    [TestCase("stage: storage", "stage: util", "did you mean 'utilization'?", TestName = "Hint: rule stage util")]
    [TestCase("for: storage_vessel", "for: {v: storage}", "did you mean 'storage_vessel'?", TestName = "Hint: subject kind storage")]
    public void A_rule_word_gets_a_hint(string from, string to, string hint)
    {
        var result = RuleFileLoader.Read(Rule.Replace(from, to, StringComparison.Ordinal), "r.yaml");

        result.Diagnostics.Should().ContainSingle(string.Join("\n", result.Diagnostics)).Which.Message.Should().EndWith(hint);
    }

    [TestCase("stage: util", "did you mean 'utilization'?", TestName = "Hint: component stage util")]
    [TestCase("kind: fuel", "did you mean 'fuel_cell'?", TestName = "Hint: component kind fuel")]
    public void A_component_word_gets_a_hint(string field, string hint)
    {
        var result = FacilityLoader.Read($"facility: {{id: f}}\ncomponents:\n  - {{id: A, kind: dispenser, {field}}}\n".Replace("kind: dispenser, kind", "kind", StringComparison.Ordinal), "f.yaml");

        result.Diagnostics.Should().ContainSingle(string.Join("\n", result.Diagnostics)).Which.Message.Should().EndWith(hint);
    }

    [Test]
    public void A_facility_type_gets_a_hint()
    {
        var result = FacilityLoader.Read("facility: {id: f, type: production}\n", "f.yaml");

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().EndWith("did you mean 'production_plant'?");
    }

    [Test]
    public void A_profile_severity_gets_a_hint()
    {
        var (_, diagnostics) = ProfileLoader.Read("profile: p\ntitle: P\noverrides:\n  R: {severity: crit}\n  S: {severity: hi}\n", "p.yaml");

        diagnostics.Select(d => d.Message).Should().Equal(
            "`severity` must be one of info, low, medium, high, critical, not `crit`; did you mean 'critical'?",
            "`severity` must be one of info, low, medium, high, critical, not `hi`");
    }
}

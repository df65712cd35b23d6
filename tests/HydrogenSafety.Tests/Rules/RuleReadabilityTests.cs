using HydrogenSafety.Diagnostics;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Rules;

public class RuleReadabilityTests
{
    private static string Rule(string message, string require) => $$"""
        rules:
          - id: T-READ
            title: Readability
            stage: storage
            severity: low
            source: { document: Example Code, clause: "1" }
            tags: [separation]
            for: { vessel: storage_vessel }
            require: "{{require}}"
            message: "{{message}}"
            tests:
              - name: pass
                facility: { components: [ { id: V, kind: storage_vessel, pressure: 1 MPa } ] }
                expect: { "V": pass }
              - name: violation
                facility: { components: [ { id: V, kind: storage_vessel, pressure: 9 MPa } ] }
                expect: { "V": violation }
        """;

    [Test]
    public void A_message_without_a_subject_value_is_warned_about()
    {
        var rules = RuleSet.Parse(Rule("pressure too high (checked on {today})", "vessel.pressure <= 5 MPa"), "t.yaml");

        var warnings = RuleReadability.Warnings(rules.Rules);

        warnings.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.MessageNamesNoSubject);
        warnings[0].Message.Should().Contain("{vessel.id}");
    }

    [Test]
    public void A_message_naming_a_subject_value_is_not_warned_about()
    {
        var rules = RuleSet.Parse(Rule("{vessel.id} at {vessel.pressure}", "vessel.pressure <= 5 MPa"), "t.yaml");

        RuleReadability.Warnings(rules.Rules).Should().BeEmpty();
    }

    [Test]
    public void A_requirement_with_too_many_comparisons_is_warned_about()
    {
        var chain = string.Join(" or ", Enumerable.Range(1, RuleReadability.MaxComparisons + 1).Select(i => $"vessel.pressure == {i} MPa"));
        var rules = RuleSet.Parse(Rule("{vessel.id}", chain), "t.yaml");

        var warnings = RuleReadability.Warnings(rules.Rules);

        warnings.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.RequirementHardToRead);
        warnings[0].Span.Line.Should().Be(9);
    }

    [Test]
    public void The_limits_are_four_levels_and_ten_comparisons()
    {
        RuleReadability.MaxLogicalDepth.Should().Be(4);
        RuleReadability.MaxComparisons.Should().Be(10);
    }

    [Test]
    public void A_requirement_at_the_comparison_limit_is_not_warned_about()
    {
        var chain = string.Join(" or ", Enumerable.Range(1, RuleReadability.MaxComparisons).Select(i => $"vessel.pressure == {i} MPa"));
        var rules = RuleSet.Parse(Rule("{vessel.id}", chain), "t.yaml");

        RuleReadability.Warnings(rules.Rules).Should().BeEmpty();
    }

    [Test]
    public void A_requirement_at_the_depth_limit_is_not_warned_about_and_one_level_deeper_is()
    {
        // and / or / and / or: four levels; one more `and` around a further `or` makes five.
        const string atLimit = "vessel.pressure > 0 MPa and (vessel.pressure < 2 MPa or (vessel.pressure < 9 MPa and (vessel.pressure == 3 MPa or vessel.pressure == 4 MPa)))";
        const string deeper = "vessel.pressure > 0 MPa and (vessel.pressure < 2 MPa or (vessel.pressure < 9 MPa and (vessel.pressure == 3 MPa or (vessel.pressure == 4 MPa and vessel.pressure < 5 MPa))))";

        RuleReadability.Warnings(RuleSet.Parse(Rule("{vessel.id}", atLimit), "t.yaml").Rules).Should().BeEmpty();
        var warnings = RuleReadability.Warnings(RuleSet.Parse(Rule("{vessel.id}", deeper), "t.yaml").Rules);
        warnings.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.RequirementHardToRead);
        warnings[0].Message.Should().Contain("5 deep").And.Contain("at most 4 and 10");
    }

    [Test]
    public void Nesting_counts_alternating_operators_not_chains()
    {
        var flat = HydrogenSafety.Expressions.Syntax.Parser.Parse("a == 1 and b == 1 and c == 1").Node!;
        var nested = HydrogenSafety.Expressions.Syntax.Parser.Parse("a == 1 and (b == 1 or (c == 1 and not (d == 1 or e == 1)))").Node!;

        RuleReadability.LogicalDepth(flat).Should().Be(1);
        RuleReadability.LogicalDepth(nested).Should().Be(5);
        RuleReadability.Comparisons(nested).Should().Be(5);
    }

    [Test]
    public void The_shipped_packs_read_at_a_glance()
    {
        RuleReadability.Warnings(RuleSet.BuiltIn.Rules).Should().BeEmpty();
    }
}

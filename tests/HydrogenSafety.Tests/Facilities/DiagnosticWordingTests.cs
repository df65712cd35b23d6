using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Facilities;

/// <summary>Messages say what is wrong in plain English: the coordinate at fault, the right article, ASCII names.</summary>
public class DiagnosticWordingTests
{
    private static string OnlyError(string yaml)
    {
        var result = FacilityLoader.Read(yaml, "f.yaml");
        return result.Diagnostics.Where(d => d.IsError).Should().ContainSingle(string.Join("\n", result.Diagnostics)).Which.ToString();
    }

    [TestCase("[\"1 m\", 0]", "f.yaml:1:50: error H2S0204", "; `1 m` (coordinates take no unit: they are metres) is not a plain number")]
    [TestCase("[1 m, 0]", "f.yaml:1:50: error H2S0204", "; `1 m` (coordinates take no unit: they are metres) is not a plain number")]
    [TestCase("[1, \"2\"]", "f.yaml:1:53: error H2S0204", "; the quoted `2` (drop the quotes) is not a plain number")]
    [TestCase("[1, here]", "f.yaml:1:53: error H2S0204", "; the value `here` is not a plain number")]
    [TestCase("[1, 2, 3, 4]", "f.yaml:1:49: error H2S0204", ", not a list of 4 values")]
    public void A_position_error_names_the_coordinate_at_fault(string position, string start, string end)
    {
        var message = OnlyError($"components: [{{id: A, kind: dispenser, position: {position}}}]\n");

        message.Should().StartWith(start).And.EndWith(end).And.NotContain("not a list\n");
    }

    [Test]
    public void An_area_takes_an()
    {
        var message = OnlyError("components: [{id: A, kind: dispenser, vent_area: 3 m}]\n");

        message.Should().Contain("must be an area, but `3 m` is a length");
    }

    [Test]
    public void An_expression_comparing_an_area_says_an()
    {
        var act = () => RuleSet.Parse("""
            rules:
              - id: R
                title: t
                stage: storage
                severity: low
                for: storage_vessel
                source: {document: d}
                require: "vent_area > 1 m"
            """, "r.yaml");

        act.Should().Throw<LoadException>().Which.Diagnostics.Should().ContainSingle()
            .Which.Message.Should().Contain("cannot compare an area with a length");
    }

    [Test]
    public void An_attribute_name_must_be_ascii_and_says_so()
    {
        OnlyError("components: [{id: A, kind: dispenser, 압력: 3}]\n").Should().Contain("use ASCII letters, digits and `_`");
    }

    [Test]
    public void A_subject_name_must_be_ascii_and_says_so()
    {
        var result = RuleFileLoader.Read("""
            rules:
              - id: R
                title: t
                stage: storage
                severity: low
                for: {탱크: storage_vessel}
                source: {document: d}
                require: "true"
            """, "r.yaml");

        result.Diagnostics.Should().Contain(d => d.Message.Contains("(ASCII letters, digits and `_`, starting with a letter or `_`)", StringComparison.Ordinal));
    }
}

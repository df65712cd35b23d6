using HydrogenSafety.Yaml;

namespace HydrogenSafety.Tests.Yaml;

public class NameSuggesterTests
{
    private static readonly string[] Fields = ["require", "remediation", "when", "id", "tags"];

    [TestCase("requires", "require")]
    [TestCase("Require", "require")]
    [TestCase("remediaton", "remediation")]
    [TestCase("wehn", "when")]
    [TestCase("xyz", null)]
    [TestCase("ix", null)]
    public void Suggests_a_near_name(string name, string? expected) =>
        NameSuggester.Suggest(name, Fields).Should().Be(expected);

    [Test]
    public void Hint_text() =>
        NameSuggester.DidYouMean("requires", Fields).Should().Be("; did you mean 'require'?");
}

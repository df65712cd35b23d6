using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Schemas;

/// <summary>
/// The schemas and the loaders agree, in both directions, where they used to differ: what the loader accepts
/// (perhaps with a warning) an editor must not mark as an error, and what the loader refuses the schema refuses.
/// </summary>
public class SchemaLoaderAgreementTests
{
    private const string Rule = """
        rules:
          - id: R
            title: t
            stage: storage
            severity: low
            for: {v: KIND}
            source: {document: d}
            require: "true"
            tests:
              - name: none applies
                facility: {components: [{id: V, kind: dispenser}]}
                expect: EXPECT
                applicable: 0
        """;

    [TestCase("components: [{id: A, kind: hydrogen_kiosk}]\n", true, TestName = "Agreement: an unknown component kind is allowed (the loader warns)")]
    [TestCase("components: [{id: A, kind: storage_vessel}]\n", true, TestName = "Agreement: a vocabulary kind is allowed")]
    [TestCase("components: [{id: A, kind: [storage_vessel]}]\n", false, TestName = "Agreement: a list is no kind")]
    [TestCase("components: [{id: \"  \", kind: dispenser}]\n", false, TestName = "Agreement: a blank component id is refused")]
    [TestCase("facility: {id: \"\"}\n", false, TestName = "Agreement: a blank facility id is refused")]
    [TestCase("facility: {id: site-1}\ncomponents: [{id: 7, kind: dispenser}]\n", true, TestName = "Agreement: a numeric id is allowed")]
    public void Facility_schema_agrees_with_the_loader(string yaml, bool valid)
    {
        FacilityLoader.Read(yaml, "f.yaml").HasErrors.Should().Be(!valid, "the loader is the judge");
        (SchemaTests.Validate("facility", yaml).Count > 0).Should().Be(!valid, "the schema must agree with the loader");
    }

    [TestCase("storage_vessel", "{}", true, TestName = "Agreement: expect {} with applicable 0 is a valid test")]
    [TestCase("storage_vessel", "{V: pass}", true, TestName = "Agreement: expect with an outcome")]
    [TestCase("storage_vessel", "{V: violated}", false, TestName = "Agreement: an unknown outcome is refused")]
    [TestCase("hydrogen_kiosk", "{}", true, TestName = "Agreement: an unknown subject kind is allowed (the loader warns)")]
    public void Rules_schema_agrees_with_the_loader(string kind, string expect, bool valid)
    {
        var yaml = Rule.Replace("KIND", kind, StringComparison.Ordinal).Replace("EXPECT", expect, StringComparison.Ordinal);

        RuleFileLoader.Read(yaml, "r.yaml").Diagnostics.Any(d => d.IsError).Should().Be(!valid, "the loader is the judge");
        (SchemaTests.Validate("rules", yaml).Count > 0).Should().Be(!valid, "the schema must agree with the loader");
    }
}

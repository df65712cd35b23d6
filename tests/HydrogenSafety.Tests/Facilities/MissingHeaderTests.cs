using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Facilities;

/// <summary>
/// A facility file without a header (or without an id) is checked under its file name, with warning H2S0004
/// so that it is visible; a rule test's facility may omit the header without a warning (SPEC §4).
/// </summary>
public class MissingHeaderTests
{
    private const string Rule = """
        rules:
          - id: R
            title: t
            stage: storage
            severity: low
            for: storage_vessel
            source: {document: d}
            require: "true"
            tests:
              - name: inline
                facility: {components: [{id: V, kind: storage_vessel}]}
                expect: {V: pass}
              - name: fixture
                facility: fixture.yaml
                expect: {V: pass}
        """;

    [TestCase("components: []\n", 1, 1, "has no `facility:` header, so its id is `plant-7`", TestName = "Missing header: no header")]
    [TestCase("# a comment\nfacility: { name: P }\n", 2, 11, "header has no `id`, so its id is `plant-7`", TestName = "Missing header: header without id")]
    public void A_facility_that_does_not_name_itself_is_named_after_its_file_with_a_warning(string yaml, int line, int column, string message)
    {
        var result = FacilityLoader.Read(yaml, "dir/plant-7.yaml");

        result.Facility!.Id.Should().Be("plant-7");
        var d = result.Diagnostics.Should().ContainSingle().Subject;
        (d.Code, d.IsError, d.Span.Line, d.Span.Column).Should().Be((DiagnosticCodes.MissingField, false, line, column));
        d.Message.Should().Contain(message);
        result.Facility.Warnings.Should().Equal(d);
    }

    [Test]
    public void A_facility_with_an_id_gets_no_warning() =>
        FacilityLoader.Read("facility: { id: p }\ncomponents: []\n", "plant-7.yaml").Diagnostics.Should().BeEmpty();

    [Test]
    public void Rule_test_facilities_may_omit_the_header_inline_and_in_fixture_files()
    {
        var folder = Directory.CreateTempSubdirectory("h2s-header-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "fixture.yaml"), "components: [{id: V, kind: storage_vessel}]\n");
            var path = Path.Combine(folder.FullName, "rules.yaml");
            File.WriteAllText(path, Rule);

            var result = RuleFileLoader.ReadFile(path);

            result.Diagnostics.Should().BeEmpty();
            result.Rules.Should().ContainSingle();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

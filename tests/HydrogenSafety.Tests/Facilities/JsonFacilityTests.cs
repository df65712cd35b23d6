using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Tests.Evaluation;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Facilities;

/// <summary>
/// A facility written in JSON types its free-form strings as YAML types the same plain scalars, so a JSON
/// file and its YAML twin get the same verdicts; in YAML a quoted scalar stays text.
/// </summary>
public class JsonFacilityTests
{
    private const string Json = """
        {"facility":{"id":"j"},"components":[{"id":"A","kind":"storage_vessel","qty":"5 m","when_d":"2024-01-01"}]}
        """;

    private const string Yaml = """
        facility: {id: y}
        components:
          - {id: A, kind: storage_vessel, qty: 5 m, when_d: 2024-01-01}
        """;

    private const string Rules = """
        rules:
          - id: R
            title: free-form quantity and date
            stage: storage
            severity: high
            source: { document: Test, clause: "1" }
            for: storage_vessel
            require: ["qty >= 4 m", "when_d < 2025-01-01"]
        """;

    [Test]
    public void A_json_facility_gets_the_verdict_of_its_yaml_twin()
    {
        EngineHarness.Evaluate(Rules, Yaml).Outcomes("R").Should().Equal(new Dictionary<string, Outcome> { ["A"] = Outcome.Pass });
        EngineHarness.Evaluate(Rules, Json).Outcomes("R").Should().Equal(new Dictionary<string, Outcome> { ["A"] = Outcome.Pass });
    }

    [Test]
    public void Json_strings_that_read_as_a_quantity_or_a_date_take_that_type()
    {
        var a = FacilityLoader.Parse(Json, "site.json").Components[0].Attributes;

        a["qty"].Quantity.Should().Be(new Quantity(5, Dimension.Length, "m"));
        a["when_d"].Date.Should().Be(new DateOnly(2024, 1, 1));
    }

    [Test]
    public void Other_json_strings_stay_text_and_json_numbers_and_booleans_keep_their_type()
    {
        var a = FacilityLoader.Parse("""
            {"components": [{"id": "A", "kind": "dispenser", "label": "two words", "count": "12", "flag": "true",
                             "n": 12, "b": false, "codes": ["2 m", "x"]}]}
            """, "f.json").Components[0].Attributes;

        a["label"].Text.Should().Be("two words");
        a["count"].Text.Should().Be("12", "JSON writes numbers unquoted: a quoted one is text");
        a["flag"].Text.Should().Be("true");
        a["n"].Quantity.Should().Be(new Quantity(12, Dimension.Dimensionless, ""));
        a["b"].Boolean.Should().BeFalse();
        a["codes"].Items.Select(i => i.Kind).Should().Equal(ValueKind.Quantity, ValueKind.Text);
    }

    [Test]
    public void Facility_attributes_of_a_json_facility_are_typed_too()
    {
        var facility = FacilityLoader.Parse("""{"facility": {"id": "j", "attributes": {"opened": "2020-02-03"}}}""", "f.json");

        facility.Attributes["opened"].Date.Should().Be(new DateOnly(2020, 2, 3));
    }

    [Test]
    public void A_json_string_that_is_no_valid_date_or_unit_stays_text_with_a_warning()
    {
        var result = FacilityLoader.Read("""{"facility": {"id": "j"}, "components": [{"id": "A", "kind": "dispenser", "since": "2020-13-01", "spacing": "3 meters"}]}""", "f.json");

        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        var a = result.Facility!.Components[0].Attributes;
        a["since"].Text.Should().Be("2020-13-01");
        a["spacing"].Text.Should().Be("3 meters");
        result.Diagnostics.Select(d => (d.Code, d.IsError)).Should().Equal((DiagnosticCodes.InvalidValue, false), (DiagnosticCodes.UnknownUnit, false));
    }

    [Test]
    public void In_yaml_a_quoted_scalar_stays_text_even_in_flow_style()
    {
        var a = FacilityLoader.Parse("""{components: [{id: A, kind: dispenser, qty: "5 m", "when_d": "2024-01-01"}]}""", "f.yaml")
            .Components[0].Attributes;

        a["qty"].Text.Should().Be("5 m");
        a["when_d"].Text.Should().Be("2024-01-01");
    }

    [Test]
    public void Json_is_told_by_its_syntax_not_by_the_file_name()
    {
        FacilityLoader.Parse(Json, "site.yaml").Components[0].Attributes["qty"].Kind.Should().Be(ValueKind.Quantity);
        FacilityLoader.Parse("""
            "components":
              - {"id": "A", "kind": "dispenser", "qty": "5 m"}
            """, "site.json").Components[0].Attributes["qty"].Kind.Should().Be(ValueKind.Text, "block style is YAML");
    }
}

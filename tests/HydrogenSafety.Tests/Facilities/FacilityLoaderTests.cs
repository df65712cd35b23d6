using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Facilities;

public class FacilityLoaderTests
{
    internal const string Ulsan = """
        # yaml-language-server: $schema=facility.schema.json
        facility:
          id: ulsan-hrs-01
          name: Ulsan hydrogen refuelling station 1
          jurisdiction: KR
          type: fueling_station
          attributes:
            staffed: true
        components:
          - id: TK-101
            kind: storage_vessel
            stage: storage
            area: storage-yard
            position: [12.0, 4.5]
            phase: gas
            pressure: 87.5 MPa
            inventory: 300 kg
            has_prd: true
          - id: AI-1
            kind: air_intake
            position: [20.0, 4.5, 1]
          - id: D-1
            kind: dispenser
        distances:
          - between: [TK-101, AI-1]
            distance: 6.2 m
        waivers:
          - rule: EX-GH2-SEP-AIR-INTAKE
            components: [TK-101]
            reason: 2-hour fire wall between vessel and intake
            approved_by: KGS inspector 2026-041
            expires: 2027-06-30
        """;

    [Test]
    public void The_spec_example_loads_with_exact_values_and_positions()
    {
        var facility = FacilityLoader.Parse(Ulsan, "sites/ulsan.yaml");

        facility.Id.Should().Be("ulsan-hrs-01");
        facility.Name.Should().Be("Ulsan hydrogen refuelling station 1");
        facility.Jurisdiction.Should().Be("KR");
        facility.Type.Should().Be("fueling_station");
        facility.File.Should().Be("sites/ulsan.yaml");
        facility.Attributes["staffed"].Boolean.Should().BeTrue();
        facility.Components.Select(c => c.Id).Should().Equal("TK-101", "AI-1", "D-1");

        var vessel = facility.Components[0];
        vessel.Kind.Should().Be("storage_vessel");
        vessel.Stage.Should().Be(Stage.Storage);
        vessel.Area.Should().Be("storage-yard");
        vessel.Position.Should().Be(new Position(12.0, 4.5));
        vessel.Span.Should().Be(SourceSpan.At("sites/ulsan.yaml", 10, 5));
        vessel.Attributes.Keys.Should().BeEquivalentTo("phase", "pressure", "inventory", "has_prd");
        vessel.Attributes["phase"].Text.Should().Be("gas");
        vessel.Attributes["pressure"].Quantity.Should().Be(new Quantity(87.5, Dimension.Pressure, "MPa"));
        vessel.Attributes["pressure"].Span!.Line.Should().Be(16);
        vessel.Attributes["inventory"].Quantity.Value.Should().Be(300);
        vessel.Attributes["has_prd"].Kind.Should().Be(ValueKind.Bool);

        facility.Components[1].Position.Should().Be(new Position(20.0, 4.5, 1));
        facility.Components[1].Stage.Should().Be(Stage.Storage, "an air intake's default stage");
        facility.Components[2].Stage.Should().Be(Stage.Utilization, "a dispenser's default stage");

        var distance = facility.Distances.Should().ContainSingle().Subject;
        (distance.First, distance.Second).Should().Be(("TK-101", "AI-1"));
        distance.Distance.Should().Be(new Quantity(6.2, Dimension.Length, "m"));
        distance.Span.Should().Be(SourceSpan.At("sites/ulsan.yaml", 25, 5));

        var waiver = facility.Waivers.Should().ContainSingle().Subject;
        waiver.Rule.Should().Be("EX-GH2-SEP-AIR-INTAKE");
        waiver.Components.Should().Equal("TK-101");
        waiver.ApprovedBy.Should().Be("KGS inspector 2026-041");
        waiver.Expires.Should().Be(new DateOnly(2027, 6, 30));
        waiver.Version.Should().BeNull();
    }

    [Test]
    public void A_json_facility_loads()
    {
        const string json = """
            {
              "facility": { "id": "j1", "type": "storage_site" },
              "components": [
                { "id": "V", "kind": "storage_vessel", "pressure": "20 MPa", "has_prd": true, "position": [0, 1.5] },
                { "id": "W", "kind": "cylinder_bundle", "stage": "transport", "count": 12, "note": "87 bar", "checked": "2025-01-02" }
              ]
            }
            """;

        var facility = FacilityLoader.Parse(json, "site.json");

        facility.Id.Should().Be("j1");
        var v = facility.Components[0];
        v.Attributes["pressure"].Quantity.Value.Should().Be(20);
        v.Attributes["has_prd"].Boolean.Should().BeTrue();
        v.Position.Should().Be(new Position(0, 1.5));
        v.Span.Should().Be(SourceSpan.At("site.json", 4, 5));
        var w = facility.Components[1];
        w.Stage.Should().Be(Stage.Transport);
        w.Attributes["count"].Quantity.Should().Be(new Quantity(12, Dimension.Dimensionless, ""));
        w.Attributes["note"].Quantity.Should().Match<Quantity>(q => q.Dimension == Dimension.Pressure && q.Unit == "bar", "a JSON string is typed as the same plain YAML scalar");
        w.Attributes["checked"].Date.Should().Be(new DateOnly(2025, 1, 2));
    }

    [Test]
    public void Free_form_attributes_take_the_type_they_look_like()
    {
        var facility = FacilityLoader.Parse("""
            components:
              - id: X
                kind: storage_vessel
                flag: false
                when_installed: 2020-05-01
                rating: 3 h
                count: 4
                label: two words
                codes: [A, 2 m, true]
                quoted: "true"
            """, "f.yaml");

        var a = facility.Components[0].Attributes;
        a["flag"].Kind.Should().Be(ValueKind.Bool);
        a["when_installed"].Date.Should().Be(new DateOnly(2020, 5, 1));
        a["rating"].Quantity.Should().Be(new Quantity(3 * 3600, Dimension.Time, "h"));
        a["count"].Quantity.Dimension.Should().Be(Dimension.Dimensionless);
        a["label"].Text.Should().Be("two words");
        a["codes"].Items.Select(i => i.Kind).Should().Equal(ValueKind.Text, ValueKind.Quantity, ValueKind.Bool);
        a["quoted"].Kind.Should().Be(ValueKind.Text);
    }

    [Test]
    public void Vocabulary_attributes_accept_quoted_values_of_their_type()
    {
        var facility = FacilityLoader.Parse("""
            components:
              - { id: X, kind: storage_vessel, pressure: "87.5 MPa", has_prd: "true", material: 316 }
            """, "f.yaml");

        var a = facility.Components[0].Attributes;
        a["pressure"].Quantity.Value.Should().Be(87.5);
        a["has_prd"].Boolean.Should().BeTrue();
        a["material"].Text.Should().Be("316");
    }

    [Test]
    public void Without_an_id_the_facility_takes_the_file_name()
    {
        FacilityLoader.Parse("components: []\n", "dir/plant-7.yaml").Id.Should().Be("plant-7");
        FacilityLoader.Parse("facility: { name: P }\n", "plant-8.json").Id.Should().Be("plant-8");
    }

    [Test]
    public void Warnings_alone_do_not_stop_loading()
    {
        var result = FacilityLoader.Read("facility: {id: f}\ncomponents:\n  - { id: X, kind: storage_vesel }\n", "f.yaml");

        result.Facility.Should().NotBeNull();
        result.Facility!.Components[0].Stage.Should().BeNull("an unknown kind has no default stage");
        var d = result.Diagnostics.Should().ContainSingle().Subject;
        (d.Code, d.Severity, d.Span.Line, d.Span.Column).Should().Be((DiagnosticCodes.UnknownKind, DiagnosticSeverity.Warning, 3, 20));
        d.Message.Should().Contain("did you mean 'storage_vessel'?");
    }

    [Test]
    public void Any_error_throws_with_every_diagnostic_and_yields_nothing()
    {
        const string text = """
            facility: {id: f}
            components:
              - id: X
                kind: storage_vessel
                pressure: 87.5
                has_prd: yes
              - id: X
                kind: dispenser
            """;

        FacilityLoader.Read(text, "f.yaml").Facility.Should().BeNull();
        var act = () => FacilityLoader.Parse(text, "f.yaml");

        var ex = act.Should().Throw<LoadException>().Which;
        ex.Diagnostics.Select(d => (d.Code, d.Span.Line, d.Span.Column)).Should().Equal(
            (DiagnosticCodes.NeedsUnit, 5, 15),
            (DiagnosticCodes.WrongAttributeType, 6, 14),
            (DiagnosticCodes.DuplicateComponentId, 7, 9));
        ex.Diagnostics[0].Message.Should().Be("`pressure: 87.5` needs a unit, e.g. `87.5 MPa`");
        ex.Diagnostics[2].Message.Should().Contain("f.yaml:3:9");
    }

    [Test]
    public void A_missing_file_is_H2S0001()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dir-h2s", "nothing.yaml");

        var act = () => FacilityLoader.LoadFile(path);

        var d = act.Should().Throw<LoadException>().Which.Diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be(DiagnosticCodes.FileNotFound);
        d.Span.File.Should().Be(path);
    }

    [Test]
    public void A_file_on_disk_loads_under_the_path_as_given()
    {
        var folder = Directory.CreateTempSubdirectory("h2s-fac-");
        try
        {
            var path = Path.Combine(folder.FullName, "site.yml");
            File.WriteAllText(path, "components:\n  - { id: A, kind: dispenser }\n");

            var facility = FacilityLoader.LoadFile(path);

            facility.Id.Should().Be("site");
            facility.File.Should().Be(path);
            facility.Components[0].Span!.File.Should().Be(path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void An_inline_facility_reads_from_a_node_with_positions_in_its_file()
    {
        var document = HydrogenSafety.Yaml.YamlDocumentReader.Read("x:\n  components:\n    - { id: A, kind: dispenser, pressure: 3 }\n", "rules.yaml");
        var node = ((HydrogenSafety.Yaml.YamlMapping)document.Root!).Find("x")!.Value;

        var (facility, diagnostics) = FacilityLoader.ReadInline(node, "rules.yaml", "case");

        facility.Should().BeNull();
        var d = diagnostics.Should().ContainSingle().Subject;
        (d.Code, d.Span.File, d.Span.Line, d.Span.Column).Should().Be((DiagnosticCodes.NeedsUnit, "rules.yaml", 3, 43));
    }
}

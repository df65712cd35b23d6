using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Tests.Facilities;

/// <summary>Each invalid facility gives one diagnostic with a stable code at an exact place.</summary>
public class FacilityErrorTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("unknown top-level field", "facility: {id: a}\ncomponent: []\n", "H2S0003", 2, 1, "did you mean 'components'?");
        yield return Case("unknown header field", "facility:\n  id: a\n  nmae: b\n", "H2S0003", 3, 3, "did you mean 'name'?");
        yield return Case("components not a list", "components: {id: a}\n", "H2S0005", 1, 13);
        yield return Case("component not a mapping", "components:\n  - TK-1\n", "H2S0005", 2, 5);
        yield return Case("missing kind", "components:\n  - id: A\n", "H2S0004", 2, 5);
        yield return Case("empty id", "components:\n  - id:\n    kind: dispenser\n", "H2S0004", 2, 5);
        yield return Case("bare number for a pressure", "components:\n  - {id: A, kind: dispenser, pressure: 87.5}\n", "H2S0101", 2, 40, "`pressure: 87.5` needs a unit, e.g. `87.5 MPa`");
        yield return Case("unknown unit", "components:\n  - {id: A, kind: dispenser, pressure: 87.5 Mpa}\n", "H2S0102", 2, 45, "did you mean 'MPa'?");
        yield return Case("unknown unit, quoted", "components:\n  - {id: A, kind: dispenser, pressure: \"87.5 Mpa\"}\n", "H2S0102", 2, 46);
        yield return Case("wrong dimension", "components:\n  - {id: A, kind: dispenser, pressure: 3 m}\n", "H2S0103", 2, 40, "must be a pressure, but `3 m` is a length");
        yield return Case("malformed quantity", "components:\n  - id: A\n    kind: dispenser\n    pressure: 87,5 MPa\n", "H2S0104", 4, 17);
        yield return Case("bool attribute given yes", "components:\n  - {id: A, kind: dispenser, has_prd: yes}\n", "H2S0105", 2, 39);
        yield return Case("list for a quantity", "components:\n  - {id: A, kind: dispenser, pressure: [1 MPa]}\n", "H2S0105", 2, 40);
        yield return Case("mapping attribute", "components:\n  - id: A\n    kind: dispenser\n    extra: {a: 1}\n", "H2S0005", 4, 12);
        yield return Case("free-form unknown unit", "components:\n  - {id: A, kind: dispenser, gap: 3 meters}\n", "H2S0102", 2, 37);
        yield return Case("invalid free-form date", "components:\n  - {id: A, kind: dispenser, since: 2020-13-01}\n", "H2S0006", 2, 37);
        yield return Case("invalid stage", "components:\n  - {id: A, kind: dispenser, stage: storge}\n", "H2S0006", 2, 37, "did you mean 'storage'?");
        yield return Case("position with one number", "components:\n  - {id: A, kind: dispenser, position: [1]}\n", "H2S0204", 2, 40);
        yield return Case("position with units", "components:\n  - {id: A, kind: dispenser, position: [1 m, 2 m]}\n", "H2S0204", 2, 41, "`1 m` (coordinates take no unit: they are metres)");
        yield return Case("position as text", "components:\n  - {id: A, kind: dispenser, position: here}\n", "H2S0204", 2, 40);
        yield return Case("duplicate component id", "components:\n  - {id: A, kind: dispenser}\n  - {id: A, kind: dispenser}\n", "H2S0201", 3, 10, "f.yaml:2:10");
        yield return Case("unknown component in a distance", "components:\n  - {id: TK-1, kind: dispenser}\n  - {id: B, kind: dispenser}\ndistances:\n  - {between: [TK-2, B], distance: 3 m}\n", "H2S0202", 5, 16, "did you mean 'TK-1'?");
        yield return Case("distance to itself", "components:\n  - {id: A, kind: dispenser}\ndistances:\n  - {between: [A, A], distance: 3 m}\n", "H2S0205", 4, 15);
        yield return Case("distance given twice", "components:\n  - {id: A, kind: dispenser}\n  - {id: B, kind: dispenser}\ndistances:\n  - {between: [A, B], distance: 3 m}\n  - {between: [B, A], distance: 4 m}\n", "H2S0205", 6, 5, "f.yaml:5:5");
        yield return Case("distance not a length", "components:\n  - {id: A, kind: dispenser}\n  - {id: B, kind: dispenser}\ndistances:\n  - {between: [A, B], distance: 3 kg}\n", "H2S0103", 5, 33);
        yield return Case("distance without unit", "components:\n  - {id: A, kind: dispenser}\n  - {id: B, kind: dispenser}\ndistances:\n  - {between: [A, B], distance: 3}\n", "H2S0101", 5, 33);
        yield return Case("between with three ids", "components:\n  - {id: A, kind: dispenser}\ndistances:\n  - {between: [A, A, A], distance: 3 m}\n", "H2S0006", 4, 15);
        yield return Case("waiver without reason", "waivers:\n  - rule: R\n    approved_by: me\n    expires: 2027-01-01\n", "H2S0004", 2, 5);
        yield return Case("waiver with a bad date", "waivers:\n  - {rule: R, reason: r, approved_by: me, expires: 30.06.2027}\n", "H2S0006", 2, 52);
        yield return Case("unknown facility type", "facility:\n  type: fuelling_station\n", "H2S0006", 2, 9, "did you mean 'fueling_station'?");
        yield return Case("facility attribute without unit", "facility:\n  attributes:\n    pressure: 5\n", "H2S0101", 3, 15);
        yield return Case("invalid attribute name", "components:\n  - {id: A, kind: dispenser, fire-rating: 2 h}\n", "H2S0006", 2, 30);
        yield return Case("root is a list", "- a\n- b\n", "H2S0005", 1, 1);
        yield return Case("syntax error", "components:\n  - {id: A, kind: dispenser\n", "H2S0002", 3, 1);
        yield return Case("duplicate key", "components:\n  - id: A\n    kind: dispenser\n    id: B\n", "H2S0007", 4, 5);
        yield return Case("empty file", "", "H2S0008", 1, 1);
    }

    private static TestCaseData Case(string name, string yaml, string code, int line, int column, string? message = null) =>
        new TestCaseData(yaml, code, line, column, message).SetName("Facility error: " + name);

    [TestCaseSource(nameof(Cases))]
    public void Reports_the_code_at_the_place(string yaml, string code, int line, int column, string? message)
    {
        var result = FacilityLoader.Read(yaml, "f.yaml");

        result.Facility.Should().BeNull();
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        errors.Should().ContainSingle(string.Join("\n", result.Diagnostics));
        var d = errors[0];
        (d.Code, d.Span.File, d.Span.Line, d.Span.Column).Should().Be((code, "f.yaml", line, column), d.ToString());
        if (message is not null)
        {
            d.Message.Should().Contain(message);
        }
    }

    [Test]
    public void Three_problems_give_three_diagnostics_together()
    {
        const string text = """
            facility: { id: a, colour: red }
            components:
              - { id: A, kind: dispenser, pressure: 5 }
            distances:
              - { between: [A, Z], distance: 1 m }
            """;

        var result = FacilityLoader.Read(text, "f.yaml");

        result.Diagnostics.Select(d => d.Code).Should().Equal(
            DiagnosticCodes.UnknownField, DiagnosticCodes.NeedsUnit, DiagnosticCodes.UnknownDistanceReference);
    }

    [Test]
    public void A_near_vocabulary_name_is_a_warning()
    {
        var result = FacilityLoader.Read("facility: {id: f}\ncomponents:\n  - {id: A, kind: dispenser, presure: 5 MPa}\n", "f.yaml");

        result.Facility.Should().NotBeNull();
        var d = result.Diagnostics.Should().ContainSingle().Subject;
        (d.Code, d.IsError).Should().Be((DiagnosticCodes.SuspiciousAttribute, false));
        d.Message.Should().Contain("did you mean 'pressure'?");
    }
}

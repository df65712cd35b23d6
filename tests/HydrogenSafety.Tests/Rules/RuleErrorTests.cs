using HydrogenSafety.Diagnostics;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Rules;

/// <summary>Each invalid rule file gives one error with a stable code at an exact place.</summary>
public class RuleErrorTests
{
    /// <summary>A valid one-subject rule; lines 1 to 8.</summary>
    private const string B = """
        rules:
          - id: R
            title: t
            stage: storage
            severity: low
            for: storage_vessel
            source: {document: d}
            require: "true"

        """;

    /// <summary>A test case for <see cref="B"/>, lines 9 to 12.</summary>
    private const string T = """
            tests:
              - name: a
                facility: {components: [{id: V, kind: storage_vessel}]}
                expect: {V: pass}

        """;

    /// <summary>A valid table, lines 1 to 6; rows on lines 5 and 6.</summary>
    private const string Table = """
        tables:
          sep:
            key: pressure
            rows:
              - {over: 0 MPa, upto: 1 MPa, d: 3 m}
              - {over: 1 MPa, upto: 2 MPa, d: 5 m}

        """;

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("requires → require", B + "    requires: x\n", "H2S0003", 9, 5, "did you mean 'require'?");
        yield return Case("description is not a field", B + "    description: x\n", "H2S0003", 9, 5);
        yield return Case("unknown top-level key", "rule: []\n", "H2S0003", 1, 1, "did you mean 'rules'?");
        yield return Case("rules not a list", "rules: {id: R}\n", "H2S0005", 1, 8);
        yield return Case("rule not a mapping", "rules:\n  - R\n", "H2S0005", 2, 5);
        yield return Case("missing require", B.Replace("    require: \"true\"\n", ""), "H2S0004", 2, 5, "`require`");
        yield return Case("empty title", B.Replace("title: t", "title:"), "H2S0004", 3, 5);
        yield return Case("invalid id", B.Replace("id: R", "id: R*"), "H2S0006", 2, 9);
        yield return Case("severity misspelled", B.Replace("severity: low", "severity: hgh"), "H2S0006", 5, 15, "did you mean 'high'?");
        yield return Case("stage misspelled in a list", B.Replace("stage: storage", "stage: [storage, prodution]"), "H2S0006", 4, 22, "did you mean 'production'?");
        yield return Case("version not semver", B + "    version: 1.0\n", "H2S0006", 9, 14);
        yield return Case("unknown status", B + "    status: active\n", "H2S0006", 9, 13);
        yield return Case("effective date not ISO", B + "    effective: {from: 2023-1-1}\n", "H2S0006", 9, 23);
        yield return Case("effective until before from", B + "    effective: {from: 2024-01-01, until: 2023-01-01}\n", "H2S0006", 9, 42);
        yield return Case("effective unknown field", B + "    effective: {since: 2024-01-01}\n", "H2S0003", 9, 17);
        yield return Case("source without document", B.Replace("source: {document: d}", "source: {edition: 2018}"), "H2S0004", 7, 13);
        yield return Case("source not a mapping", B.Replace("source: {document: d}", "source: NFPA 2"), "H2S0005", 7, 13);
        yield return Case("source unknown field", B.Replace("source: {document: d}", "source: {document: d, page: 3}"), "H2S0003", 7, 27);
        yield return Case("jurisdictions as a mapping", B + "    jurisdictions: {US: 1}\n", "H2S0005", 9, 20);
        yield return Case("param needs a known unit", B + "    params: {margin: 3 metres}\n", "H2S0102", 9, 24);
        yield return Case("param as a mapping", B + "    params: {margin: {a: 1}}\n", "H2S0005", 9, 22);
        yield return Case("param with an invalid name", B + "    params: {max-gap: 3 m}\n", "H2S0006", 9, 14);
        yield return Case("reserved subject name", B.Replace("for: storage_vessel", "for: {facility: storage_vessel}"), "H2S0306", 6, 11);
        yield return Case("facility as a subject kind", B.Replace("for: storage_vessel", "for: {v: facility}"), "H2S0306", 6, 14);
        yield return Case("for as a list", B.Replace("for: storage_vessel", "for: [storage_vessel]"), "H2S0306", 6, 10);
        yield return Case("for with an empty kind list", B.Replace("for: storage_vessel", "for: {v: []}"), "H2S0306", 6, 14);
        yield return Case("subject field misspelled", B.Replace("for: storage_vessel", "for: {v: {kind: storage_vessel, wher: \"x\"}}"), "H2S0003", 6, 37, "did you mean 'where'?");
        yield return Case("subject without kind", B.Replace("for: storage_vessel", "for: {v: {where: \"x\"}}"), "H2S0004", 6, 14);
        yield return Case("when as a list", B + "    when: [a, b]\n", "H2S0005", 9, 11);
        yield return Case("require empty list", B.Replace("require: \"true\"", "require: []"), "H2S0004", 8, 14);
        yield return Case("require item a mapping", B.Replace("require: \"true\"", "require: [{a: 1}]"), "H2S0005", 8, 15);
        yield return Case("message as a mapping", B + "    message: {a: b}\n", "H2S0005", 9, 14);
        yield return Case("duplicate rule id in one file", B + B[7..], "H2S0301", 9, 5, "r.yaml:2:5");
        yield return Case("test outcome misspelled", B + T.Replace("{V: pass}", "{V: violaton}"), "H2S0006", 12, 21, "did you mean 'violation'?");
        yield return Case("test key with two ids for one subject", B + T.Replace("{V: pass}", "{\"V,W\": pass}"), "H2S0307", 12, 18);
        yield return Case("test key names an unknown component", B + T.Replace("{V: pass}", "{X: pass}"), "H2S0307", 12, 18);
        yield return Case("facility-rule test key", B.Replace("for: storage_vessel", "for: facility") + T, "H2S0307", 12, 18);
        yield return Case("test without name", B + T.Replace("- name: a\n        facility", "- facility"), "H2S0004", 10, 9);
        yield return Case("test with unknown field", B + T + "        expected: {}\n", "H2S0003", 13, 9, "did you mean 'expect'?");
        yield return Case("applicable not a count", B + T + "        applicable: -1\n", "H2S0006", 13, 21);
        yield return Case("test facility errors point into the rule file", B + T.Replace("kind: storage_vessel}", "kind: storage_vessel, pressure: 5}"), "H2S0101", 11, 73);
        yield return Case("test facility as a list", B + T.Replace("facility: {components: [{id: V, kind: storage_vessel}]}", "facility: [V]"), "H2S0005", 11, 19);
        yield return Case("two tests with one name", B + T + T[11..], "H2S0307", 13, 9, "r.yaml:10:9");
        yield return Case("table key unknown", Table.Replace("key: pressure", "key: presure"), "H2S0006", 3, 10, "did you mean 'pressure'?");
        yield return Case("table shadows a built-in", Table.Replace("sep:", "distance:"), "H2S0305", 2, 3);
        yield return Case("table without rows", "tables:\n  t: {key: length, rows: []}\n", "H2S0304", 2, 26);
        yield return Case("table without key", "tables:\n  t: {rows: [{upto: 1 m, a: 1}]}\n", "H2S0004", 2, 6);
        yield return Case("bound without unit", Table.Replace("upto: 2 MPa", "upto: 2"), "H2S0101", 6, 29);
        yield return Case("bound of the wrong dimension", Table.Replace("upto: 2 MPa", "upto: 2 m"), "H2S0103", 6, 29);
        yield return Case("over not below upto", Table.Replace("upto: 2 MPa", "upto: 1 MPa"), "H2S0304", 6, 9);
        yield return Case("rows with different columns", Table.Replace("d: 5 m", "e: 5 m"), "H2S0304", 6, 9, "line 5");
        yield return Case("gaps word", Table.Replace("key: pressure", "key: pressure\n    gaps: yes"), "H2S0006", 4, 11);
        yield return Case("table unknown field", Table.Replace("key: pressure", "key: pressure\n    row: []"), "H2S0003", 4, 5, "did you mean 'rows'?");
        yield return Case("table column unknown unit", Table.Replace("d: 5 m", "d: 5 mtr"), "H2S0102", 6, 41);
    }

    private static TestCaseData Case(string name, string yaml, string code, int line, int column, string? message = null) =>
        new TestCaseData(yaml, code, line, column, message).SetName("Rule error: " + name);

    [TestCaseSource(nameof(Cases))]
    public void Reports_the_code_at_the_place(string yaml, string code, int line, int column, string? message)
    {
        var result = RuleFileLoader.Read(yaml, "r.yaml");

        result.Rules.Should().BeEmpty();
        result.Tables.Should().BeEmpty();
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        errors.Should().ContainSingle(string.Join("\n", result.Diagnostics));
        var d = errors[0];
        (d.Code, d.Span.File, d.Span.Line, d.Span.Column).Should().Be((code, "r.yaml", line, column), d.ToString());
        if (message is not null)
        {
            d.Message.Should().Contain(message);
        }
    }

    [Test]
    public void Three_problems_give_three_diagnostics_together()
    {
        var text = B.Replace("severity: low", "severity: hgh").Replace("source: {document: d}", "source: {}") + "    requires: x\n";

        var result = RuleFileLoader.Read(text, "r.yaml");

        result.Diagnostics.Select(d => (d.Code, d.Span.Line)).Should().Equal(
            (DiagnosticCodes.InvalidValue, 5), (DiagnosticCodes.MissingField, 7), (DiagnosticCodes.UnknownField, 9));
    }

    [Test]
    public void An_unknown_kind_is_a_warning_with_a_suggestion()
    {
        var result = RuleFileLoader.Read(B.Replace("for: storage_vessel", "for: {v: storage_vesel, w: component}"), "r.yaml");

        result.Rules.Should().ContainSingle();
        var d = result.Diagnostics.Should().ContainSingle().Subject;
        (d.Code, d.IsError, d.Span.Line, d.Span.Column).Should().Be((DiagnosticCodes.UnknownKind, false, 6, 14));
        d.Message.Should().Contain("did you mean 'storage_vessel'?");
    }

    [Test]
    public void A_yaml_syntax_error_is_the_one_error_of_the_file()
    {
        var result = RuleFileLoader.Read(B + "    when: \"unclosed\n", "r.yaml");

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.YamlSyntax);
    }
}

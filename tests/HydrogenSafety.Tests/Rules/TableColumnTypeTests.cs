using HydrogenSafety.Diagnostics;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Rules;

/// <summary>Every row gives a table column the same type of value; a mixed column is a load error at the odd cell (H2S0309).</summary>
public class TableColumnTypeTests
{
    private static RuleFileResult Read(string rows) =>
        RuleFileLoader.Read("tables:\n  t:\n    key: pressure\n    rows:\n" + rows, "t.yaml");

    [Test]
    public void A_column_of_two_dimensions_is_an_error_at_the_odd_cell_and_one_dimension_in_other_units_is_fine()
    {
        var result = Read("      - { over: 0 MPa, upto: 1 MPa, d: 2 m, e: 1 m, note: a }\n      - { over: 1 MPa, upto: 2 MPa, d: 2 MPa, e: 7 ft, note: b }\n");

        result.Tables.Should().BeEmpty();
        var d = result.Diagnostics.Should().ContainSingle().Subject;
        (d.Code, d.IsError, d.Span.Line, d.Span.Column).Should().Be((DiagnosticCodes.InconsistentTableColumn, true, 6, 40));
        d.Message.Should().Be("column `d` is a pressure here but a length in the first row that gives it (line 5, column 40): every row must give a column the same kind of value");
    }

    [TestCase("2", "2 m", TestName = "A bare number then a quantity")]
    [TestCase("2 m", "2", TestName = "A quantity then a bare number")]
    [TestCase("2 m", "yes", TestName = "A quantity then true/false")]
    public void A_column_mixing_kinds_is_an_error(string first, string second)
    {
        var result = Read($"      - {{ upto: 1 MPa, n: {first} }}\n      - {{ over: 1 MPa, n: {second} }}\n");

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == DiagnosticCodes.InconsistentTableColumn && d.Span.Line == 6 && d.Span.Column == 27);
    }

    [Test]
    public void A_rule_using_the_mixed_column_is_refused_at_load_time_without_a_follow_on_error()
    {
        var yaml = """
            tables:
              t5: { key: pressure, rows: [ { over: 0 MPa, upto: 1 MPa, d: 2 m }, { over: 1 MPa, upto: 2 MPa, d: 2 MPa } ] }
            rules:
              - id: A
                title: t
                stage: storage
                severity: low
                source: {document: d}
                for: storage_vessel
                require: "t5(pressure).d > 1 m"
            """;

        var error = FluentActions.Invoking(() => RuleSet.Parse(yaml, "r.yaml")).Should().Throw<LoadException>().Which;

        error.Diagnostics.Select(d => (d.Code, d.Span.Line, d.Span.Column)).Should().Equal((DiagnosticCodes.InconsistentTableColumn, 2, 101));
    }
}

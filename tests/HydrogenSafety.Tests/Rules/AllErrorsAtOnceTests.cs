using HydrogenSafety.Diagnostics;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Rules;

/// <summary>
/// SPEC §4.1: every error of a rule file is reported at once. An error in one rule, or in one field of a rule,
/// does not hide the errors of the other rules or fields, and causes no follow-on errors of its own.
/// </summary>
public class AllErrorsAtOnceTests
{
    /// <summary>One rule of a <c>rules:</c> list, seven lines (id, title, stage, severity, source, for, require) and then <paramref name="extra"/>.</summary>
    private static string Rule(string id, string require, string @for = "storage_vessel", string severity = "low", string extra = "") => $"""
          - id: {id}
            title: t
            stage: storage
            severity: {severity}
            source: {"{document: d}"}
            for: {@for}
            require: "{require}"
        {extra}
        """;

    private static List<(string Code, int Line, int Column)> Errors(string yaml)
    {
        var error = FluentActions.Invoking(() => RuleSet.Parse(yaml, "r.yaml")).Should().Throw<LoadException>().Which;
        error.Diagnostics.Should().BeInAscendingOrder(d => d.Span.Line);
        return error.Diagnostics.Where(d => d.IsError).Select(d => (d.Code, d.Span.Line, d.Span.Column)).ToList();
    }

    [Test]
    public void An_unknown_field_in_one_rule_does_not_hide_an_unknown_function_in_another()
    {
        var yaml = "rules:\n" + Rule("A", "pressure > 1 MPa", extra: "    colour: red\n") + Rule("B", "presure_x(1) > 1 MPa");

        Errors(yaml).Should().Equal((DiagnosticCodes.UnknownField, 9, 5), (DiagnosticCodes.UnknownFunction, 16, 15));
    }

    [Test]
    public void A_bad_severity_stage_or_version_does_not_hide_the_expression_errors_of_the_same_rule()
    {
        var yaml = "rules:\n" + Rule("A", "pressure > 1 m", severity: "extreme", extra: "    version: one\n")
            .Replace("stage: storage", "stage: storrage", StringComparison.Ordinal);

        Errors(yaml).Should().Equal(
            (DiagnosticCodes.InvalidValue, 4, 12), (DiagnosticCodes.InvalidValue, 5, 15), (DiagnosticCodes.DimensionMismatch, 8, 24),
            (DiagnosticCodes.InvalidValue, 9, 14));
    }

    [Test]
    public void A_duplicate_key_does_not_hide_a_dimension_error()
    {
        var yaml = "rules:\n" + Rule("A", "pressure > 1 m", extra: "    title: again\n");

        Errors(yaml).Should().Equal((DiagnosticCodes.DimensionMismatch, 8, 24), (DiagnosticCodes.DuplicateKey, 9, 5));
    }

    [Test]
    public void A_duplicate_rule_id_does_not_hide_the_expression_errors_of_either_rule()
    {
        var yaml = "rules:\n" + Rule("A", "pressure > 1 m") + Rule("A", "params.nope > 1");

        Errors(yaml).Should().Equal((DiagnosticCodes.DimensionMismatch, 8, 24), (DiagnosticCodes.DuplicateRuleId, 9, 5), (DiagnosticCodes.UnknownParameter, 15, 22));
    }

    [Test]
    public void A_reserved_subject_name_does_not_hide_a_subject_named_after_a_table_or_a_built_in()
    {
        var yaml = "tables:\n  sep: {key: pressure, rows: [{upto: 1 MPa, d: 1 m}]}\nrules:\n"
            + Rule("A", "true", @for: "{it: storage_vessel, sep: air_intake, distance: component}");

        Errors(yaml).Should().Equal((DiagnosticCodes.InvalidSubject, 9, 11), (DiagnosticCodes.InvalidSubject, 9, 31), (DiagnosticCodes.InvalidSubject, 9, 48));
    }

    [Test]
    public void Without_readable_subjects_expressions_are_only_parsed_so_no_unknown_name_follows()
    {
        var yaml = "rules:\n" + Rule("A", "it.pressure > 1 MPa", @for: "{it: storage_vessel}") + Rule("B", "(pressure > 1 MPa", @for: "[storage_vessel]");

        Errors(yaml).Should().Equal((DiagnosticCodes.InvalidSubject, 7, 11), (DiagnosticCodes.InvalidSubject, 14, 10), (DiagnosticCodes.ExpressionSyntax, 15, 32));
    }

    [Test]
    public void A_parameter_or_table_with_an_error_is_reported_once_not_again_where_it_is_used()
    {
        var yaml = "tables:\n  t: {key: pressure, rows: [{upto: 1 MPa, d: 1 mtr}]}\nrules:\n"
            + Rule("A", "t(pressure).d > params.m and pressure > 1 m", extra: "    params: {m: 1 mtr}\n");

        Errors(yaml).Should().Equal((DiagnosticCodes.UnknownUnit, 2, 48), (DiagnosticCodes.DimensionMismatch, 10, 53), (DiagnosticCodes.UnknownUnit, 11, 19));
    }

    [Test]
    public void Every_file_of_a_pack_reports_its_errors_and_an_id_clash_with_a_broken_file_is_found_at_once()
    {
        var folder = Directory.CreateTempSubdirectory("h2s-all-errors-");
        try
        {
            var a = Path.Combine(folder.FullName, "a.yaml");
            var b = Path.Combine(folder.FullName, "b.yaml");
            File.WriteAllText(a, "rules:\n" + Rule("SAME", "pressure > 1 MPa", extra: "    colour: red\n"));
            File.WriteAllText(b, "rules:\n" + Rule("SAME", "pressure > 1 m"));

            var error = FluentActions.Invoking(() => RuleSet.Load(folder.FullName)).Should().Throw<LoadException>().Which;

            error.Diagnostics.Select(d => (d.Code, d.Span.File, d.Span.Line)).Should().Equal(
                (DiagnosticCodes.UnknownField, a, 9), (DiagnosticCodes.DuplicateRuleId, b, 2), (DiagnosticCodes.DimensionMismatch, b, 8));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

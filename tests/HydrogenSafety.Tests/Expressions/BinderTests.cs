using HydrogenSafety.Diagnostics;
using HydrogenSafety.Expressions.Binding;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Expressions;

public class BinderTests
{
    private static readonly LookupTable s_table = new()
    {
        Name = "sep",
        KeyDimension = Dimension.Pressure,
        Rows =
        [
            new TableRow(Quantity.From(0, "MPa"), Quantity.From(10, "MPa"),
                new Dictionary<string, AttributeValue> { ["air_intake"] = AttributeValue.Of(Quantity.From(6, "m")) }, SourceSpan.At("t.yaml", 1, 1)),
        ],
        Span = SourceSpan.At("t.yaml", 1, 1),
    };

    private static RuleDefinition Rule(params string[] subjects) => new()
    {
        Id = "R",
        Title = "t",
        Stages = [Stage.Storage],
        Severity = Severity.High,
        Source = new Citation("Doc"),
        Require = [],
        Span = SourceSpan.At("r.yaml", 1, 1),
        Params = new Dictionary<string, AttributeValue> { ["margin"] = AttributeValue.Of(Quantity.From(1, "m")) },
        Subjects = subjects.Select(s => s.Split(':')).Select(p => new SubjectDeclaration(p[0], [p[1]], null, SourceSpan.At("r.yaml", 2, 3))).ToList(),
    };

    /// <summary>Binds an expression written on line 10 at column 12 of r.yaml.</summary>
    private static (BoundExpr? Bound, List<Diagnostic> Diagnostics) Bind(string text, params string[] subjects)
    {
        var rule = Rule(subjects.Length == 0 ? ["vessel:storage_vessel"] : subjects);
        var scope = new RuleScope(rule, new Dictionary<string, LookupTable> { ["sep"] = s_table });
        var diagnostics = new List<Diagnostic>();
        var source = new ExpressionSource(text, SourceSpan.At("r.yaml", 10, 12));
        return (Binder.Bind(scope, source, diagnostics, null, condition: true), diagnostics);
    }

    [TestCase("pressure > 1 MPa")]
    [TestCase("vessel.pressure > 1 MPa and vessel.phase == 'gas'")]
    [TestCase("distance(vessel, intake) >= sep(vessel.pressure).air_intake + params.margin", "vessel:storage_vessel", "intake:air_intake")]
    [TestCase("exists(gas_detector where it.area == vessel.area)")]
    [TestCase("count(gas_detector where area == vessel.area) >= 2")]
    [TestCase("sum(inventory of storage_vessel) <= 3000 scf")]
    [TestCase("max(pressure of storage_vessel) <= 82 MPa")]
    [TestCase("relief_set_pressure <= 1.4 * nominal_working_pressure")]
    [TestCase("relief_set_pressure / nominal_working_pressure <= 1.4")]
    [TestCase("alarm_setpoint <= 25 %LFL")]
    [TestCase("material in ['316', '316L']")]
    [TestCase("defined(pressure) and defined(facility.staffed)")]
    [TestCase("today >= 2025-05-01")]
    [TestCase("free_form_flag == true")]
    [TestCase("temperature - 20 K >= 5 degC")]
    [TestCase("5 K + temperature <= 30 degC")]
    [TestCase("temperature between 15 degC and 25 degC")]
    [TestCase("min_design_temperature <= -20 degC and max(temperature, -40 degF) > 0 K")]
    [TestCase("distance(vessel, vessel) >= jet_flame_distance(vessel, 4.732 kW/m2) and flammable_extent(vessel, 4 %, 0.03) > 1 m")]
    public void Accepts_well_typed_conditions(string text, params string[] subjects)
    {
        var (bound, diagnostics) = Bind(text, subjects);
        diagnostics.Where(d => d.IsError).Should().BeEmpty();
        bound!.Type.Kind.Should().Be(TypeKind.Bool, "a condition is true or false");
    }

    [TestCase("pressure > 10", DiagnosticCodes.DimensionMismatch, 23, "10 needs a unit")]
    [TestCase("pressure > 3 m", DiagnosticCodes.DimensionMismatch, 21, "pressure with a length")]
    [TestCase("presure > 1 MPa and vesel.pressure > 1 MPa", DiagnosticCodes.UnknownSubject, 32, "did you mean 'vessel'")]
    [TestCase("pressure > 1 Mpa", DiagnosticCodes.UnknownUnit, 25, "did you mean 'MPa'")]
    [TestCase("params.margn > 1 m", DiagnosticCodes.UnknownParameter, 19, "did you mean 'margin'")]
    [TestCase("sep(pressure).lot_line > 1 m", DiagnosticCodes.UnknownColumn, 26, "no column 'lot_line'")]
    [TestCase("sep(inventory).air_intake > 1 m", DiagnosticCodes.DimensionMismatch, 16, "looked up by pressure")]
    [TestCase("distanse(vessel, vessel) > 1 m", DiagnosticCodes.UnknownFunction, 12, "did you mean 'distance'")]
    [TestCase("distance(vessel) > 1 m", DiagnosticCodes.WrongArguments, 12, "takes 2 arguments")]
    [TestCase("pressure + 1 m > 1 MPa", DiagnosticCodes.DimensionMismatch, 21, "add")]
    [TestCase("pressure", DiagnosticCodes.NotACondition, 12, "true or false")]
    [TestCase("it.pressure > 1 MPa", DiagnosticCodes.UnknownName, 12, "'it'")]
    [TestCase("phase > 'gas'", DiagnosticCodes.TypeMismatch, 18, "cannot order")]
    [TestCase("has_prd and 3 m", DiagnosticCodes.TypeMismatch, 24, "'and' needs")]
    [TestCase("pressure * pressure > 1 MPa", DiagnosticCodes.DimensionMismatch, 21, "multiply")]
    [TestCase("vessel.a.b == 1", DiagnosticCodes.UnknownName, 21, "too deep")]
    [TestCase("temperature - 5 degC > 10 degC", DiagnosticCodes.DimensionMismatch, 24, "cannot subtract a temperature from a temperature")]
    [TestCase("temperature + 5 degC > 10 degC", DiagnosticCodes.DimensionMismatch, 24, "cannot add two temperatures")]
    [TestCase("abs(temperature - 20 degC) <= 5 K", DiagnosticCodes.DimensionMismatch, 28, "write the step in kelvin")]
    [TestCase("-temperature < 0 K", DiagnosticCodes.DimensionMismatch, 12, "cannot negate a temperature")]
    [TestCase("abs(temperature) > 1 K", DiagnosticCodes.DimensionMismatch, 12, "cannot take abs of a temperature")]
    [TestCase("2 * temperature > 1 K", DiagnosticCodes.DimensionMismatch, 14, "cannot multiply a temperature")]
    [TestCase("temperature / temperature > 1", DiagnosticCodes.DimensionMismatch, 24, "cannot divide a temperature")]
    [TestCase("sum(temperature of storage_vessel) > 1 K", DiagnosticCodes.DimensionMismatch, 16, "cannot sum temperatures")]
    [TestCase("[1, 2] == [1, 2]", DiagnosticCodes.TypeMismatch, 19, "cannot compare a list with a list")]
    [TestCase("[1, 2] != [3]", DiagnosticCodes.TypeMismatch, 19, "'in' and 'not in'")]
    [TestCase("min(distance(vessel, vessel), pressure) > 1 m", DiagnosticCodes.DimensionMismatch, 12, "cannot take min of a length and a pressure")]
    [TestCase("max(pressure, 1 m) > 1 m", DiagnosticCodes.DimensionMismatch, 12, "cannot take max of a pressure and a length")]
    [TestCase("pressure > 1e308 km", DiagnosticCodes.MalformedQuantity, 23, "out of range")]
    [TestCase("jet_flame_distance(vessel, 4 %) > 1 m", DiagnosticCodes.WrongHazardArguments, 39, "needs a heat flux")]
    [TestCase("flammable_extent(vessel) > 1 m", DiagnosticCodes.WrongHazardArguments, 12, "takes a component")]
    [TestCase("flammable_extent(3 m, 4 %) > 1 m", DiagnosticCodes.WrongHazardArguments, 29, "needs a component")]
    [TestCase("flammable_extent(vessel, 4 %, 3 m) > 1 m", DiagnosticCodes.WrongHazardArguments, 42, "plain number")]
    public void Reports_errors_with_code_and_position(string text, string code, int column, string fragment)
    {
        var (bound, diagnostics) = Bind(text);
        bound.Should().BeNull();
        var error = diagnostics.First(d => d.IsError);
        error.Code.Should().Be(code);
        error.Span.Line.Should().Be(10);
        error.Span.Column.Should().Be(column);
        error.Message.Should().Contain(fragment);
    }

    [Test]
    public void Bare_names_need_a_subject_when_there_are_several()
    {
        var (_, diagnostics) = Bind("pressure > 1 MPa", "vessel:storage_vessel", "intake:air_intake");
        diagnostics.Should().ContainSingle(d => d.IsError).Which.Message.Should().Contain("vessel.pressure");
    }

    [Test]
    public void Reports_every_error_of_an_expression_together()
    {
        var (_, diagnostics) = Bind("pressure > 10 and params.nope > 1 m and temperature > 1 m");
        diagnostics.Where(d => d.IsError).Select(d => d.Code).Should().Equal(
            DiagnosticCodes.DimensionMismatch, DiagnosticCodes.UnknownParameter, DiagnosticCodes.DimensionMismatch);
    }

    [Test]
    public void Warns_about_an_attribute_close_to_the_vocabulary()
    {
        var (bound, diagnostics) = Bind("vessel.presure > 1 MPa");
        bound.Should().NotBeNull();
        diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.SuspiciousAttribute).Which.Message.Should().Contain("'pressure'");
    }
}

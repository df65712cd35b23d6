using System.Globalization;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Expressions.Runtime;
using HydrogenSafety.Expressions.Syntax;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;
using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Binding;

/// <summary>
/// Resolves the names of a parsed expression against a rule's scope and checks types and dimensions.
/// Every problem becomes a diagnostic at the file position of the offending text; binding goes on so
/// that all problems of an expression are reported together.
/// </summary>
internal sealed partial class Binder
{
    private static readonly HashSet<string> s_componentFields = new(StringComparer.Ordinal) { "id", "kind", "stage", "area" };
    private static readonly HashSet<string> s_facilityFields = new(StringComparer.Ordinal) { "id", "name", "jurisdiction", "type" };
    private static readonly string[] s_builtIns = ["defined", "distance", "exists", "count", "sum", "max", "min", "abs", "jet_flame_distance", "flammable_extent"];

    private readonly RuleScope _scope;
    private readonly ExpressionSource _source;
    private readonly List<Diagnostic> _diagnostics;
    private readonly int? _implicitSubject;
    private int _itLevel;

    private Binder(RuleScope scope, ExpressionSource source, List<Diagnostic> diagnostics, int? implicitSubject)
    {
        _scope = scope;
        _source = source;
        _diagnostics = diagnostics;
        _implicitSubject = implicitSubject;
    }

    /// <summary>Parses and binds an expression; <c>null</c> when it has errors (already reported).</summary>
    /// <param name="scope">The rule's names.</param>
    /// <param name="source">The expression text with positions.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="implicitSubject">The subject bare attribute names refer to (a subject's own <c>where</c>), if any.</param>
    /// <param name="condition">True when the expression must be true/false.</param>
    public static BoundExpr? Bind(RuleScope scope, ExpressionSource source, List<Diagnostic> diagnostics, int? implicitSubject, bool condition)
    {
        var (syntax, error) = Parser.Parse(source.Text);
        if (error is not null)
        {
            diagnostics.Add(Diagnostic.Error(error.Code, source.At(error.Offset), error.Message));
            return null;
        }

        return BindSyntax(scope, source, syntax!, diagnostics, implicitSubject, condition);
    }

    /// <summary>Binds an already-parsed expression.</summary>
    public static BoundExpr? BindSyntax(RuleScope scope, ExpressionSource source, SyntaxNode syntax, List<Diagnostic> diagnostics, int? implicitSubject, bool condition)
    {
        var before = diagnostics.Count(d => d.IsError);
        var binder = new Binder(scope, source, diagnostics, implicitSubject ?? (scope.Subjects.Count == 1 && !scope.IsFacilityRule ? 0 : null));
        var bound = binder.BindNode(syntax);
        if (condition && bound.Type.Kind is not (TypeKind.Bool or TypeKind.Any))
        {
            binder.Error(DiagnosticCodes.NotACondition, syntax.Start, $"this must be true or false, but it is {bound.Type}");
        }

        return diagnostics.Count(d => d.IsError) > before ? null : bound;
    }

    private BoundExpr BindNode(SyntaxNode node) => node switch
    {
        NumberSyntax n => BindNumber(n),
        StringSyntax s => new BoundConstant(Value.Text(s.Value), ExprType.Text, s.Start, s.End),
        BoolSyntax b => new BoundConstant(Value.Of(b.Value), ExprType.Bool, b.Start, b.End),
        DateSyntax d => BindDate(d),
        ListSyntax l => new BoundList(l.Items.Select(BindNode).ToList(), l.Start, l.End),
        PathSyntax p => BindPath(p),
        CallSyntax c => BindCall(c),
        AggregateSyntax a => BindAggregate(a),
        UnarySyntax u => BindUnary(u),
        BinarySyntax b => BindBinary(b),
        InSyntax i => BindIn(i),
        BetweenSyntax b => BindBetween(b),
        _ => Invalid(node.Start, node.End),
    };

    private BoundExpr BindNumber(NumberSyntax n)
    {
        if (!double.TryParse(n.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            Error(DiagnosticCodes.ExpressionSyntax, n.Start, $"'{n.Text}' is not a number");
            return Invalid(n.Start, n.End);
        }

        if (n.Unit is null)
        {
            return new BoundConstant(Value.Plain(number), ExprType.Number(Dimension.Dimensionless), n.Start, n.End);
        }

        if (!UnitCatalog.TryGet(n.Unit, out var unit))
        {
            var suggestion = UnitCatalog.Suggest(n.Unit);
            Error(DiagnosticCodes.UnknownUnit, n.UnitStart, $"unknown unit '{n.Unit}'" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?"));
            return Invalid(n.Start, n.End);
        }

        var q = Quantity.From(number, unit.Symbol);
        if (!double.IsFinite(q.Value))
        {
            Error(DiagnosticCodes.MalformedQuantity, n.Start, $"'{n.Text} {n.Unit}' is out of range once converted to {UnitCatalog.Canonical(q.Dimension).Symbol}");
            return Invalid(n.Start, n.End);
        }

        return new BoundConstant(Value.Of(q), ExprType.Number(q.Dimension), n.Start, n.End);
    }

    private BoundExpr BindDate(DateSyntax d)
    {
        if (DateOnly.TryParseExact(d.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new BoundConstant(Value.Date(date), ExprType.Date, d.Start, d.End);
        }

        Error(DiagnosticCodes.ExpressionSyntax, d.Start, $"'{d.Text}' is not a valid date");
        return Invalid(d.Start, d.End);
    }

    private BoundExpr BindUnary(UnarySyntax u)
    {
        var operand = BindNode(u.Operand);
        if (u.Operator == "not")
        {
            RequireBool(operand, "not");
            return new BoundUnary("not", operand, ExprType.Bool, u.Start, u.End);
        }

        if (operand.Type.Kind is not (TypeKind.Number or TypeKind.Any))
        {
            Error(DiagnosticCodes.TypeMismatch, u.Start, $"'-' needs a number, but this is {operand.Type}");
        }

        CheckTemperatureSign(operand, u.Start, "-");

        return new BoundUnary("-", operand, operand.Type.IsAny ? ExprType.Number(null) : operand.Type, u.Start, u.End);
    }

    private static BoundConstant Invalid(int start, int end) => new BoundConstant(Value.Fail("invalid expression"), ExprType.Any, start, end);

    private void RequireBool(BoundExpr e, string op)
    {
        if (e.Type.Kind is not (TypeKind.Bool or TypeKind.Any))
        {
            Error(DiagnosticCodes.TypeMismatch, e.Start, $"'{op}' needs true or false, but this is {e.Type}");
        }
    }

    private void Error(string code, int offset, string message) =>
        _diagnostics.Add(Diagnostic.Error(code, _source.At(offset), message));

    private void Warning(string code, int offset, string message) =>
        _diagnostics.Add(Diagnostic.Warning(code, _source.At(offset), message));

    private string Slice(int start, int end) => _source.Text[start..Math.Min(end, _source.Text.Length)];

    private static ExprType AttributeTypeOf(string name) =>
        s_componentFields.Contains(name) ? ExprType.Text
        : Vocabulary.TypeOf(name) is { } t ? ExprType.From(t)
        : ExprType.Any;
}

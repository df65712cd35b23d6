using HydrogenSafety.Diagnostics;
using HydrogenSafety.Expressions.Syntax;
using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Binding;

internal sealed partial class Binder
{
    private BoundExpr BindBinary(BinarySyntax b)
    {
        var left = BindNode(b.Left);
        var right = BindNode(b.Right);
        switch (b.Operator)
        {
            case "and":
            case "or":
                RequireBool(left, b.Operator);
                RequireBool(right, b.Operator);
                return new BoundLogical(b.Operator, left, right, b.Start, b.End);
            case "+":
            case "-":
            case "*":
            case "/":
                return BindArithmetic(b, left, right);
            default:
                CheckComparable(b.Operator, left, right, b.OperatorStart);
                return new BoundComparison(b.Operator, left, right, Slice(b.Start, b.End), b.Start, b.End);
        }
    }

    private BoundExpr BindArithmetic(BinarySyntax b, BoundExpr left, BoundExpr right)
    {
        RequireNumber(left, $"'{b.Operator}'");
        RequireNumber(right, $"'{b.Operator}'");
        if (CheckTemperatureArithmetic(b.Operator, ref left, ref right, b.OperatorStart))
        {
            return new BoundArithmetic(b.Operator, left, right, ExprType.Number(Dimension.Temperature), b.Start, b.End, TemperatureShift: true);
        }

        var l = left.Type.Kind == TypeKind.Number ? left.Type.Dimension : null;
        var r = right.Type.Kind == TypeKind.Number ? right.Type.Dimension : null;
        ExprType result;
        switch (b.Operator)
        {
            case "+":
            case "-":
                CheckSameDimension(left, right, b.OperatorStart, b.Operator == "+" ? "add" : "subtract");
                result = ExprType.Number(l ?? r);
                break;
            case "*":
                if (l is { } dl && r is { } dr && dl != Dimension.Dimensionless && dr != Dimension.Dimensionless)
                {
                    Error(DiagnosticCodes.DimensionMismatch, b.OperatorStart, $"cannot multiply {ExprType.DimensionName(dl)} by {ExprType.DimensionName(dr)}: one side must be a plain number");
                }

                result = ExprType.Number(l is null || r is null ? null : l == Dimension.Dimensionless ? r : l);
                break;
            default:
                if (l is { } nl && r is { } nr && nr != Dimension.Dimensionless && nl != nr)
                {
                    Error(DiagnosticCodes.DimensionMismatch, b.OperatorStart, $"cannot divide {ExprType.DimensionName(nl)} by {ExprType.DimensionName(nr)}");
                }

                result = ExprType.Number(l is null || r is null ? null : r == Dimension.Dimensionless ? l : Dimension.Dimensionless);
                break;
        }

        return new BoundArithmetic(b.Operator, left, right, result, b.Start, b.End);
    }

    private BoundExpr BindIn(InSyntax i)
    {
        var value = BindNode(i.Value);
        var list = BindNode(i.List);
        if (list.Type.Kind is not (TypeKind.List or TypeKind.Any))
        {
            Error(DiagnosticCodes.TypeMismatch, list.Start, $"'in' needs a list on its right, e.g. ['316', '316L'], but this is {list.Type}");
        }

        if (list is BoundList items)
        {
            foreach (var item in items.Items)
            {
                CheckComparable("==", value, item, item.Start);
            }
        }

        return new BoundIn(value, list, i.Negated, Slice(i.Start, i.End), i.Start, i.End);
    }

    private BoundExpr BindBetween(BetweenSyntax b)
    {
        var value = BindNode(b.Value);
        var low = BindNode(b.Low);
        var high = BindNode(b.High);
        CheckComparable(">=", value, low, b.Low.Start);
        CheckComparable("<=", value, high, b.High.Start);
        return new BoundBetween(value, low, high, Slice(b.Start, b.End), b.Start, b.End);
    }

    private void CheckComparable(string op, BoundExpr left, BoundExpr right, int at)
    {
        var l = left.Type;
        var r = right.Type;
        if (l.IsAny || r.IsAny)
        {
            return;
        }

        if (l.Kind != r.Kind)
        {
            Error(DiagnosticCodes.TypeMismatch, at, $"cannot compare {l} with {r}");
            return;
        }

        switch (l.Kind)
        {
            case TypeKind.Number:
                CheckSameDimension(left, right, at, "compare");
                break;
            case TypeKind.List:
                Error(DiagnosticCodes.TypeMismatch, at, $"'{op}' cannot compare a list with a list; a list is only for 'in' and 'not in', e.g. x in ['316', '316L']");
                break;
            case TypeKind.Text:
            case TypeKind.Bool:
            case TypeKind.Component:
                if (op is not ("==" or "!="))
                {
                    Error(DiagnosticCodes.TypeMismatch, at, $"'{op}' cannot order {l}; only == and != apply");
                }

                break;
        }
    }

    /// <summary>Reports quantities of two dimensions meeting in one operation.</summary>
    /// <param name="left">The first operand.</param>
    /// <param name="right">The second operand.</param>
    /// <param name="at">Where to report.</param>
    /// <param name="operation">"compare", "add", "subtract", "min" or "max": the message is worded for it.</param>
    private void CheckSameDimension(BoundExpr left, BoundExpr right, int at, string operation)
    {
        if (left.Type.Kind != TypeKind.Number || right.Type.Kind != TypeKind.Number || left.Type.Dimension is not { } l || right.Type.Dimension is not { } r || l == r)
        {
            return;
        }

        var plain = l == Dimension.Dimensionless ? left : r == Dimension.Dimensionless ? right : null;
        if (plain is BoundConstant && plain.Type.Dimension == Dimension.Dimensionless)
        {
            var other = plain == left ? r : l;
            var example = UnitCatalog.Canonical(other).Symbol;
            var number = Slice(plain.Start, plain.End);
            Error(DiagnosticCodes.DimensionMismatch, plain.Start, $"{number} needs a unit: the other side is {DimensionNames.WithArticle(ExprType.DimensionName(other))}, e.g. {number} {example}");
            return;
        }

        var (first, second) = (DimensionNames.WithArticle(ExprType.DimensionName(l)), DimensionNames.WithArticle(ExprType.DimensionName(r)));
        var message = operation switch
        {
            "add" => $"cannot add {second} to {first}",
            "subtract" => $"cannot subtract {second} from {first}",
            "compare" => $"cannot compare {first} with {second}",
            _ => $"cannot take {operation} of {first} and {second}",
        };
        Error(DiagnosticCodes.DimensionMismatch, at, message);
    }

    private static ExprType KnownOf(ExprType a, ExprType b) => a.Kind == TypeKind.Number && a.Dimension is not null ? a : b.Kind == TypeKind.Number ? b : ExprType.Number(null);
}

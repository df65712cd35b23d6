using HydrogenSafety.Diagnostics;
using HydrogenSafety.Expressions.Runtime;
using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Binding;

/// <summary>
/// Temperatures are read on scales with an offset (degC, degF), so most arithmetic on them has no single
/// meaning: is <c>25 degC - 5 degC</c> a temperature of 20 degC or a difference of 20 K, and is
/// <c>2 * 25 degC</c> 50 degC or 596.3 K? Rather than guess and risk a wrong verdict, the checker allows only
/// what is unambiguous: comparing temperatures, min/max, table lookups, negative literals (<c>-40 degC</c>),
/// and shifting a temperature by a kelvin literal (<c>t - 20 K</c>, <c>t + 5 K</c>). Everything else is an error
/// at load time (docs/language.md, "Temperatures").
/// </summary>
internal sealed partial class Binder
{
    private const string TemperatureHint =
        "temperatures on the Celsius and Fahrenheit scales have an offset, so this has no single meaning";

    /// <summary>
    /// Checks <c>+ - * /</c> with a temperature operand. Returns true when the operation is a shift of a
    /// temperature by a kelvin literal; <paramref name="left"/> and <paramref name="right"/> are then
    /// ordered temperature first, step second.
    /// </summary>
    private bool CheckTemperatureArithmetic(string op, ref BoundExpr left, ref BoundExpr right, int at)
    {
        var l = IsTemperature(left.Type);
        var r = IsTemperature(right.Type);
        if (!l && !r)
        {
            return false;
        }

        if (op is "*" or "/")
        {
            Error(DiagnosticCodes.DimensionMismatch, at, $"cannot {(op == "*" ? "multiply" : "divide")} a temperature: {TemperatureHint}; compare temperatures directly instead");
            return false;
        }

        if (IsKelvinLiteral(right) && (l || left.Type.IsAny))
        {
            return true;
        }

        if (op == "+" && IsKelvinLiteral(left) && (r || right.Type.IsAny))
        {
            (left, right) = (right, left);
            return true;
        }

        if (l && r)
        {
            var verb = op == "+" ? "add two temperatures" : "subtract a temperature from a temperature";
            Error(DiagnosticCodes.DimensionMismatch, at,
                $"cannot {verb}: {TemperatureHint}; to shift a temperature write the step in kelvin (e.g. t - 20 K, where 1 K = 1 degC = 1.8 degF), or compare the temperatures directly");
        }

        return false;
    }

    /// <summary>Reports <c>-</c> (<paramref name="what"/> "-") or abs of a temperature that is not a literal (a literal was already made negative by the parser).</summary>
    private void CheckTemperatureSign(BoundExpr operand, int at, string what)
    {
        if (IsTemperature(operand.Type))
        {
            var action = what == "-" ? "negate a temperature" : $"take {what} of a temperature";
            Error(DiagnosticCodes.DimensionMismatch, at, $"cannot {action}: {TemperatureHint}; write a negative temperature as a literal (-40 degC) or compare temperatures directly");
        }
    }

    private static bool IsTemperature(ExprType type) => type.Kind == TypeKind.Number && type.Dimension == Dimension.Temperature;

    /// <summary>A literal written in kelvin, the one temperature unit without an offset (so it is also a temperature step).</summary>
    private static bool IsKelvinLiteral(BoundExpr e) =>
        e is BoundConstant { Value: { Kind: RuntimeKind.Number, Dimension: Dimension.Temperature } v } && v.Unit == OffsetScales.Kelvin;
}

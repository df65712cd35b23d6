using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Runtime;

/// <summary>
/// Arithmetic on quantities: + and - need one dimension; * and / need a plain number on one side,
/// except that a quantity divided by one of its own dimension gives a plain number.
/// </summary>
internal static class Arithmetic
{
    public static Value Negate(Value v) => v.Kind switch
    {
        RuntimeKind.Number => Value.Quantity(-v.Number, v.Dimension, v.Unit ?? string.Empty),
        RuntimeKind.Unknown or RuntimeKind.Error => v,
        _ => Value.Fail($"cannot negate {Logic.Describe(v)}"),
    };

    public static Value Abs(Value v) => v.Kind switch
    {
        RuntimeKind.Number => Value.Quantity(Math.Abs(v.Number), v.Dimension, v.Unit ?? string.Empty),
        RuntimeKind.Unknown or RuntimeKind.Error => v,
        _ => Value.Fail($"abs needs a number, not {Logic.Describe(v)}"),
    };

    public static Value Binary(string op, Value a, Value b)
    {
        var result = BinaryCore(op, a, b);
        return result.Kind == RuntimeKind.Number && !double.IsFinite(result.Number)
            ? Value.Fail($"'{op}' of {a} and {b} overflows")
            : result;
    }

    private static Value BinaryCore(string op, Value a, Value b)
    {
        if (Undecided(a, b) is { } u)
        {
            return u;
        }

        if (a.Kind != RuntimeKind.Number || b.Kind != RuntimeKind.Number)
        {
            return Value.Fail($"'{op}' needs numbers, not {Logic.Describe(a)} and {Logic.Describe(b)}");
        }

        switch (op)
        {
            case "+":
            case "-":
                if (!Comparison.SameDimension(a, b))
                {
                    return Value.Fail($"cannot {(op == "+" ? "add" : "subtract")} {a.Dimension.ToString().ToLowerInvariant()} and {b.Dimension.ToString().ToLowerInvariant()}");
                }

                var (dim, unit) = a.IsAdaptive ? (b.Dimension, b.Unit) : (a.Dimension, a.Unit);
                var sum = op == "+" ? a.Number + b.Number : a.Number - b.Number;
                return unit is null ? Value.Adaptive(sum) : Value.Quantity(sum, dim, unit);
            case "*":
                if (a.Dimension != Dimension.Dimensionless && b.Dimension != Dimension.Dimensionless)
                {
                    return Value.Fail($"cannot multiply {a.Dimension.ToString().ToLowerInvariant()} by {b.Dimension.ToString().ToLowerInvariant()}");
                }

                return a.Dimension != Dimension.Dimensionless
                    ? Value.Quantity(a.Number * b.Number, a.Dimension, a.Unit ?? string.Empty)
                    : Value.Quantity(a.Number * b.Number, b.Dimension, b.Unit ?? string.Empty);
            default:
                if (b.Number == 0)
                {
                    return Value.Fail($"division by zero ({a} / {b})");
                }

                if (b.Dimension == Dimension.Dimensionless)
                {
                    return Value.Quantity(a.Number / b.Number, a.Dimension, a.Unit ?? string.Empty);
                }

                if (a.Dimension == b.Dimension)
                {
                    return Value.Plain(a.Number / b.Number);
                }

                return Value.Fail($"cannot divide {a.Dimension.ToString().ToLowerInvariant()} by {b.Dimension.ToString().ToLowerInvariant()}");
        }
    }

    public static Value Min(Value a, Value b) => Pick(a, b, "min", (x, y) => x <= y);

    public static Value Max(Value a, Value b) => Pick(a, b, "max", (x, y) => x >= y);

    private static Value Pick(Value a, Value b, string name, Func<double, double, bool> firstWins)
    {
        if (Undecided(a, b) is { } u)
        {
            return u;
        }

        if (a.Kind != RuntimeKind.Number || b.Kind != RuntimeKind.Number || !Comparison.SameDimension(a, b))
        {
            return Value.Fail($"{name} needs two numbers of one dimension, not {Logic.Describe(a)} and {Logic.Describe(b)}");
        }

        return firstWins(a.Number, b.Number) ? a : b;
    }

    private static Value? Undecided(Value a, Value b)
    {
        if (a.IsError)
        {
            return a;
        }

        if (b.IsError)
        {
            return b;
        }

        if (a.IsUnknown || b.IsUnknown)
        {
            return Value.Unknown(a.Missing.Concat(b.Missing));
        }

        return null;
    }
}

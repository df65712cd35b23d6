using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Runtime;

/// <summary>
/// Arithmetic on quantities: + and - need one dimension; * and / need a plain number on one side,
/// except that a quantity divided by one of its own dimension gives a plain number.
/// </summary>
internal static class Arithmetic
{
    /// <summary>Negation in canonical units (gauge for pressures); a temperature cannot be negated (docs/language.md).</summary>
    public static Value Negate(Value v) => v.Kind switch
    {
        RuntimeKind.Number when OffsetScales.IsTemperature(v) => Value.Fail($"cannot negate the temperature {v}: write a negative temperature as a literal, e.g. -40 degC"),
        RuntimeKind.Number => Like(v, Value.Quantity(-v.Number, v.Dimension, OffsetScales.ResultUnit(v.Unit) ?? string.Empty)),
        RuntimeKind.Unknown or RuntimeKind.Error => v,
        _ => Value.Fail($"cannot negate {Logic.Describe(v)}"),
    };

    /// <summary>Absolute value in canonical units (gauge for pressures); not defined for a temperature.</summary>
    public static Value Abs(Value v) => v.Kind switch
    {
        RuntimeKind.Number when OffsetScales.IsTemperature(v) => Value.Fail($"cannot take abs of the temperature {v}"),
        RuntimeKind.Number => Like(v, Value.Quantity(Math.Abs(v.Number), v.Dimension, OffsetScales.ResultUnit(v.Unit) ?? string.Empty)),
        RuntimeKind.Unknown or RuntimeKind.Error => v,
        _ => Value.Fail($"abs needs a number, not {Logic.Describe(v)}"),
    };

    /// <summary>
    /// A temperature shifted by a step written in kelvin (<c>t - 20 K</c>): the result is a temperature,
    /// printed in the unit of <paramref name="temperature"/>.
    /// </summary>
    public static Value Shift(string op, Value temperature, Value kelvins)
    {
        if (Undecided(temperature, kelvins) is { } u)
        {
            return u;
        }

        if (!OffsetScales.IsTemperature(temperature) || !OffsetScales.IsTemperature(kelvins))
        {
            return Value.Fail($"'{op}' shifts a temperature by kelvins, not {Logic.Describe(temperature)} by {Logic.Describe(kelvins)}");
        }

        var shifted = op == "+" ? temperature.Number + kelvins.Number : temperature.Number - kelvins.Number;
        var result = Value.Quantity(shifted, Dimension.Temperature, temperature.Unit ?? OffsetScales.Kelvin);
        return Printable(result) ? result : Value.Fail($"'{op}' of {temperature} and {kelvins} overflows");
    }

    public static Value Binary(string op, Value a, Value b)
    {
        var result = BinaryCore(op, a, b);
        return result.Kind == RuntimeKind.Number && !Printable(result)
            ? Value.Fail($"'{op}' of {a} and {b} overflows")
            : Computed(op, a, b, result);
    }

    /// <summary>The result displayed rounded when its operand is.</summary>
    private static Value Like(Value operand, Value result) => operand.IsComputed ? result.AsComputed() : result;

    /// <summary>
    /// A result is displayed rounded when it is a quotient or comes from a rounded value: sums, differences and
    /// products of written values are exact decimals and print as such.
    /// </summary>
    private static Value Computed(string op, Value a, Value b, Value result) =>
        op == "/" || a.IsComputed || b.IsComputed ? result.AsComputed() : result;

    /// <summary>True when the number is finite both in canonical units and in the unit it is printed in.</summary>
    private static bool Printable(Value v) =>
        double.IsFinite(v.Number)
        && (v.Unit is null || !UnitCatalog.TryGet(v.Unit, out var unit) || double.IsFinite(unit.FromCanonical(v.Number)));

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

        if (OffsetScales.IsTemperature(a) || OffsetScales.IsTemperature(b))
        {
            // A shift by a kelvin literal is checked when the rule loads and runs through Shift.
            return Value.Fail($"'{op}' of {a} and {b}: arithmetic on temperatures has no single meaning (degC and degF have an offset); shift a temperature by a kelvin literal, e.g. t - 20 K");
        }

        switch (op)
        {
            case "+":
            case "-":
                if (!Comparison.SameDimension(a, b))
                {
                    return Value.Fail($"cannot {(op == "+" ? "add" : "subtract")} {DimensionNames.Of(a.Dimension)} and {DimensionNames.Of(b.Dimension)}");
                }

                var (dim, unit) = a.IsAdaptive ? (b.Dimension, OffsetScales.ResultUnit(b.Unit)) : (a.Dimension, OffsetScales.ResultUnit(a.Unit));
                var sum = op == "+" ? a.Number + b.Number : a.Number - b.Number;
                return unit is null ? Value.Adaptive(sum) : Value.Quantity(sum, dim, unit);
            case "*":
                if (a.Dimension != Dimension.Dimensionless && b.Dimension != Dimension.Dimensionless)
                {
                    return Value.Fail($"cannot multiply {DimensionNames.Of(a.Dimension)} by {DimensionNames.Of(b.Dimension)}");
                }

                return a.Dimension != Dimension.Dimensionless
                    ? Value.Quantity(a.Number * b.Number, a.Dimension, OffsetScales.ResultUnit(a.Unit) ?? string.Empty)
                    : Value.Quantity(a.Number * b.Number, b.Dimension, OffsetScales.ResultUnit(b.Unit) ?? string.Empty);
            default:
                if (b.Number == 0)
                {
                    return Value.Fail($"division by zero ({a} / {b})");
                }

                if (b.Dimension == Dimension.Dimensionless)
                {
                    return Value.Quantity(a.Number / b.Number, a.Dimension, OffsetScales.ResultUnit(a.Unit) ?? string.Empty);
                }

                if (a.Dimension == b.Dimension)
                {
                    return Value.Plain(a.Number / b.Number);
                }

                return Value.Fail($"cannot divide {DimensionNames.Of(a.Dimension)} by {DimensionNames.Of(b.Dimension)}");
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
            return Value.UnknownOf(a, b);
        }

        return null;
    }
}

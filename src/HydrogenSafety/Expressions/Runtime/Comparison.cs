using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Runtime;

/// <summary>Comparisons, membership and ranges. Quantities compare in canonical units with a small tolerance.</summary>
internal static class Comparison
{
    /// <param name="op">The operator.</param>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    /// <param name="recorder">Where evidence is kept, if it is.</param>
    /// <param name="text">The comparison's text.</param>
    /// <param name="limitFirst">The left side is the limit (a constant) and the right the value compared with it, as in <c>17 m &lt;= distance(a, b)</c>.</param>
    public static Value Compare(string op, Value left, Value right, EvidenceRecorder? recorder, string text, bool limitFirst)
    {
        var result = CompareCore(op, left, right);
        recorder?.Comparison(text, left, op, right, result, limitFirst);
        return result;
    }

    public static Value Between(Value value, Value low, Value high, EvidenceRecorder? recorder, string text)
    {
        var result = Logic.And(CompareCore(">=", value, low), CompareCore("<=", value, high));
        recorder?.Comparison(text, value, "between", Value.List([low, high]), result);
        return result;
    }

    public static Value In(Value value, Value list, bool negated, EvidenceRecorder? recorder, string text)
    {
        var result = InCore(value, list);
        if (negated)
        {
            result = Logic.Not(result);
        }

        recorder?.Comparison(text, value, negated ? "not in" : "in", list, result);
        return result;
    }

    /// <summary>The first item of <paramref name="list"/> equal to <paramref name="value"/> (what an <c>in</c> matched), if any.</summary>
    public static Value? Matching(Value value, Value list)
    {
        if (list.Kind != RuntimeKind.List || value.IsUndecided)
        {
            return null;
        }

        foreach (var item in list.AsList)
        {
            if (CompareCore("==", value, item).IsTrue)
            {
                return item;
            }
        }

        return null;
    }

    private static Value InCore(Value value, Value list)
    {
        if (list.IsUndecided)
        {
            return list;
        }

        if (value.IsUndecided)
        {
            return value;
        }

        if (list.Kind != RuntimeKind.List)
        {
            return Value.Fail($"'in' needs a list on its right, not {Logic.Describe(list)}");
        }

        var result = Value.False;
        foreach (var item in list.AsList)
        {
            result = Logic.Or(result, CompareCore("==", value, item));
            if (result.IsTrue)
            {
                return result;
            }
        }

        return result;
    }

    private static Value CompareCore(string op, Value a, Value b)
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

        int? order = (a.Kind, b.Kind) switch
        {
            (RuntimeKind.Number, RuntimeKind.Number) when SameDimension(a, b) => QuantityMath.Compare(a.Number, b.Number),
            (RuntimeKind.Date, RuntimeKind.Date) => a.AsDate.CompareTo(b.AsDate),
            (RuntimeKind.Text, RuntimeKind.Text) => string.CompareOrdinal(a.AsText, b.AsText),
            (RuntimeKind.Bool, RuntimeKind.Bool) when op is "==" or "!=" => a.IsTrue == b.IsTrue ? 0 : 1,
            (RuntimeKind.Component, RuntimeKind.Component) when op is "==" or "!=" => ReferenceEquals(a.AsComponent, b.AsComponent) ? 0 : 1,
            _ => null,
        };

        if (order is null)
        {
            return Value.Fail($"cannot compare {Logic.Describe(a)} with {Logic.Describe(b)}");
        }

        if (a.Kind is RuntimeKind.Text && op is not ("==" or "!="))
        {
            return Value.Fail($"cannot order texts with '{op}': {Logic.Describe(a)}, {Logic.Describe(b)}");
        }

        var o = order.Value;
        return Value.Of(op switch
        {
            "==" => o == 0,
            "!=" => o != 0,
            "<" => o < 0,
            "<=" => o <= 0,
            ">" => o > 0,
            _ => o >= 0,
        });
    }

    public static bool SameDimension(Value a, Value b) => a.Dimension == b.Dimension || a.IsAdaptive || b.IsAdaptive;
}

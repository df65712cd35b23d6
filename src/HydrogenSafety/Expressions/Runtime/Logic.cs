namespace HydrogenSafety.Expressions.Runtime;

/// <summary>
/// Three-valued logic (SPEC §4.2): false and anything is false, true or anything is true; otherwise an
/// error wins over unknown, and unknown values merge what they miss.
/// </summary>
internal static class Logic
{
    public static Value Not(Value v) => v.Kind switch
    {
        RuntimeKind.Bool => Value.Of(!v.IsTrue),
        RuntimeKind.Unknown or RuntimeKind.Error => v,
        _ => Value.Fail($"'not' needs true or false, not {Describe(v)}"),
    };

    public static Value And(Value a, Value b)
    {
        if (a.IsFalse || b.IsFalse)
        {
            return Value.False;
        }

        return Combine(a, b, "and") ?? Value.True;
    }

    public static Value Or(Value a, Value b)
    {
        if (a.IsTrue || b.IsTrue)
        {
            return Value.True;
        }

        return Combine(a, b, "or") ?? Value.False;
    }

    /// <summary>True unless the value is definitely false (an NRules condition: keep the match for the action to decide).</summary>
    public static bool NotFalse(Value v) => !v.IsFalse;

    /// <summary>True only when the value is definitely false.</summary>
    public static bool IsFalse(Value v) => v.IsFalse;

    /// <summary>Merges two undecided values; null when both are decided booleans.</summary>
    private static Value? Combine(Value a, Value b, string op)
    {
        foreach (var v in new[] { a, b })
        {
            if (v.Kind is not (RuntimeKind.Bool or RuntimeKind.Unknown or RuntimeKind.Error))
            {
                return Value.Fail($"'{op}' needs true or false, not {Describe(v)}");
            }
        }

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

    public static string Describe(Value v) => v.Kind switch
    {
        RuntimeKind.Number => $"the number {v}",
        RuntimeKind.Text => $"the text '{v}'",
        RuntimeKind.Date => $"the date {v}",
        RuntimeKind.List => "a list",
        RuntimeKind.Component => $"the component {v}",
        RuntimeKind.Row => "a table row",
        _ => v.ToString(),
    };
}

using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Runtime;

/// <summary>
/// exists / count / sum / max / min over the components of some kinds, three-valued: a component whose
/// condition is unknown makes the result unknown unless the result is already decided (exists found one).
/// </summary>
internal static class Aggregates
{
    public static Value Exists(IEnumerable<ComponentFact> items, Func<ComponentFact, Value>? where)
    {
        // Order does not change the result; the error reported is the one of the smallest id, so no sort is needed.
        var missing = new List<string>();
        (string Id, Value Error)? error = null;
        foreach (var it in items)
        {
            var w = where?.Invoke(it) ?? Value.True;
            if (w.IsTrue)
            {
                return Value.True;
            }

            NoteUnordered(it, w, missing, ref error);
        }

        return error?.Error ?? (missing.Count > 0 ? Value.Unknown(missing.Order(StringComparer.Ordinal)) : Value.False);
    }

    public static Value Count(IEnumerable<ComponentFact> items, Func<ComponentFact, Value>? where)
    {
        var missing = new List<string>();
        (string Id, Value Error)? error = null;
        var n = 0;
        foreach (var it in items)
        {
            var w = where?.Invoke(it) ?? Value.True;
            if (w.IsTrue)
            {
                n++;
            }
            else
            {
                NoteUnordered(it, w, missing, ref error);
            }
        }

        return error?.Error ?? (missing.Count > 0 ? Value.Unknown(missing.Order(StringComparer.Ordinal)) : Value.Plain(n));
    }

    /// <summary>Sum of an attribute; over nothing it is zero (in the attribute's dimension when known).</summary>
    public static Value Sum(IEnumerable<ComponentFact> items, Func<ComponentFact, Value>? where, string attribute, Dimension? dimension, string? unit)
    {
        var missing = new List<string>();
        Value? error = null;
        var total = dimension is { } d ? Value.Quantity(0, d, unit ?? UnitCatalog.Canonical(d).Symbol) : Value.Adaptive(0);
        var first = true;
        foreach (var it in Ordered(items))
        {
            var w = where?.Invoke(it) ?? Value.True;
            if (!w.IsTrue)
            {
                Note(w, missing, ref error);
                continue;
            }

            var v = FactAccess.Attribute(it, attribute);
            if (v.IsUndecided)
            {
                Note(v, missing, ref error);
                continue;
            }

            if (first && dimension is null && v.Kind == RuntimeKind.Number)
            {
                total = Value.Quantity(0, v.Dimension, v.Unit ?? string.Empty);
            }

            first = false;
            total = Arithmetic.Binary("+", total, v);
            if (total.IsError)
            {
                return total;
            }
        }

        return error ?? (missing.Count > 0 ? Value.Unknown(missing) : total);
    }

    public static Value Max(IEnumerable<ComponentFact> items, Func<ComponentFact, Value>? where, string attribute, string kinds) =>
        Extreme(items, where, attribute, kinds, "max", Arithmetic.Max);

    public static Value Min(IEnumerable<ComponentFact> items, Func<ComponentFact, Value>? where, string attribute, string kinds) =>
        Extreme(items, where, attribute, kinds, "min", Arithmetic.Min);

    private static Value Extreme(IEnumerable<ComponentFact> items, Func<ComponentFact, Value>? where, string attribute, string kinds, string name, Func<Value, Value, Value> pick)
    {
        var missing = new List<string>();
        Value? error = null;
        Value? best = null;
        foreach (var it in Ordered(items))
        {
            var w = where?.Invoke(it) ?? Value.True;
            if (!w.IsTrue)
            {
                Note(w, missing, ref error);
                continue;
            }

            var v = FactAccess.Attribute(it, attribute);
            if (v.IsUndecided)
            {
                Note(v, missing, ref error);
                continue;
            }

            best = best is { } b ? pick(b, v) : v;
            if (best.Value.IsError)
            {
                return best.Value;
            }
        }

        if (error is { } e)
        {
            return e;
        }

        if (missing.Count > 0)
        {
            return Value.Unknown(missing);
        }

        return best ?? Value.Unknown($"{name}({attribute} of {kinds}): no such component");
    }

    /// <summary>Components in id order, so that results and messages never depend on insertion order.</summary>
    /// <remarks>
    /// Ids are unique within a facility, so an unstable sort gives the one order; a collection already in id order is
    /// neither copied nor sorted (conditions in the network run this once per candidate binding).
    /// </remarks>
    private static IEnumerable<ComponentFact> Ordered(IEnumerable<ComponentFact> items)
    {
        string? previous = null;
        foreach (var it in items)
        {
            if (previous is not null && string.CompareOrdinal(previous, it.Id) > 0)
            {
                var array = items.ToArray();
                Array.Sort(array, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
                return array;
            }

            previous = it.Id;
        }

        return items;
    }

    /// <summary>Like <see cref="Note"/>, keeping the error of the component with the smallest id.</summary>
    private static void NoteUnordered(ComponentFact it, Value v, List<string> missing, ref (string Id, Value Error)? error)
    {
        Value? found = null;
        Note(v, missing, ref found);
        if (found is { } e && (error is null || string.CompareOrdinal(it.Id, error.Value.Id) < 0))
        {
            error = (it.Id, e);
        }
    }

    private static void Note(Value v, List<string> missing, ref Value? error)
    {
        if (v.IsError)
        {
            error ??= v;
        }
        else if (v.IsUnknown)
        {
            missing.AddRange(v.Missing);
        }
        else if (!v.IsFalse)
        {
            error ??= Value.Fail($"'where' needs true or false, not {Logic.Describe(v)}");
        }
    }
}

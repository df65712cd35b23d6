namespace HydrogenSafety.Expressions.Runtime;

/// <summary>
/// Values of aggregates that do not depend on a binding (no subject in their <c>where</c>), computed once
/// per firing of a session instead of once per binding. Cleared before every firing: while NRules fires,
/// no fact changes, so an uncorrelated aggregate has one value for every activation. One per session.
/// </summary>
internal sealed class AggregateCache
{
    private readonly Dictionary<object, Value> _values = new(ReferenceEqualityComparer.Instance);

    public void Clear() => _values.Clear();

    public static Value Get(AggregateCache? cache, object key, Func<Value> compute)
    {
        if (cache is null)
        {
            return compute();
        }

        if (!cache._values.TryGetValue(key, out var value))
        {
            value = compute();
            cache._values[key] = value;
        }

        return value;
    }
}

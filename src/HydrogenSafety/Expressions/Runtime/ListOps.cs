namespace HydrogenSafety.Expressions.Runtime;

/// <summary>Builds list values whose items are computed.</summary>
internal static class ListOps
{
    public static Value Append(Value list, Value item)
    {
        var items = list.AsList;
        var result = new Value[items.Length + 1];
        items.CopyTo(result, 0);
        result[^1] = item;
        return Value.List(result);
    }
}

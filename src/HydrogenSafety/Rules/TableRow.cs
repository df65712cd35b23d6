using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;
using HydrogenSafety.Units;

namespace HydrogenSafety.Rules;

/// <summary>One band of a lookup table: above <see cref="Over"/> (exclusive) up to <see cref="Upto"/> (inclusive).</summary>
/// <param name="Over">Lower bound, exclusive; <c>null</c> for no lower bound.</param>
/// <param name="Upto">Upper bound, inclusive; <c>null</c> for no upper bound.</param>
/// <param name="Columns">The values of the band by column name.</param>
/// <param name="Span">Where the row was written.</param>
public sealed record TableRow(Quantity? Over, Quantity? Upto, IReadOnlyDictionary<string, AttributeValue> Columns, SourceSpan Span)
{
    /// <summary>True when <paramref name="canonicalKey"/> falls in the band.</summary>
    public bool Contains(double canonicalKey) =>
        (Over is not { } o || canonicalKey > o.Value) && (Upto is not { } u || canonicalKey <= u.Value);

    /// <summary>The band in words, e.g. <c>over 1.72 MPa up to 20.7 MPa</c>.</summary>
    public string Describe() => Describe(q => q.ToString());

    /// <summary>The band in words with its bounds written by <paramref name="bound"/> (e.g. as a finding displays them).</summary>
    internal string Describe(Func<Quantity, string> bound) => (Over, Upto) switch
    {
        ({ } o, { } u) => $"over {bound(o)} up to {bound(u)}",
        ({ } o, null) => $"over {bound(o)}",
        (null, { } u) => $"up to {bound(u)}",
        _ => "any value",
    };
}

namespace HydrogenSafety.Units;

/// <summary>
/// A unit of the catalogue: its symbol, its dimension, and how a number in this unit converts to and
/// from the canonical unit of the dimension. Instances come from <see cref="UnitCatalog"/> only.
/// </summary>
/// <threadsafety static="true" instance="true" />
public sealed class Unit
{
    private readonly Func<double, double> _toCanonical;
    private readonly Func<double, double> _fromCanonical;

    internal Unit(
        string symbol,
        Dimension dimension,
        string description,
        Func<double, double> toCanonical,
        Func<double, double> fromCanonical,
        params string[] alternativeSpellings)
    {
        Symbol = symbol;
        Dimension = dimension;
        Description = description;
        _toCanonical = toCanonical;
        _fromCanonical = fromCanonical;
        AlternativeSpellings = alternativeSpellings;
    }

    /// <summary>The symbol in its catalogue spelling, e.g. <c>MPa</c>, <c>degC</c>, <c>m3</c>; empty for a bare number.</summary>
    public string Symbol { get; }

    /// <summary>The dimension measured by this unit.</summary>
    public Dimension Dimension { get; }

    /// <summary>A short description, e.g. <c>megapascal, gauge</c>.</summary>
    public string Description { get; }

    /// <summary>Other accepted spellings of <see cref="Symbol"/>, e.g. <c>m³</c> and <c>m^3</c> for <c>m3</c>.</summary>
    public IReadOnlyList<string> AlternativeSpellings { get; }

    /// <summary>Converts a number in this unit to the canonical unit of <see cref="Dimension"/>.</summary>
    public double ToCanonical(double value) => _toCanonical(value);

    /// <summary>Converts a number in the canonical unit of <see cref="Dimension"/> to this unit.</summary>
    public double FromCanonical(double canonicalValue) => _fromCanonical(canonicalValue);

    /// <summary>The <see cref="Symbol"/>.</summary>
    public override string ToString() => Symbol;

    /// <summary>A unit that is <paramref name="factor"/> canonical units.</summary>
    internal static Unit Linear(
        string symbol, Dimension dimension, string description, double factor, params string[] alternativeSpellings) =>
        Affine(symbol, dimension, description, factor, 0, alternativeSpellings);

    /// <summary>A unit that is <paramref name="factor"/> canonical units, shifted by <paramref name="offset"/> canonical units.</summary>
    internal static Unit Affine(
        string symbol, Dimension dimension, string description, double factor, double offset, params string[] alternativeSpellings) =>
        new(
            symbol,
            dimension,
            description,
            value => (value * factor) + offset,
            canonical => (canonical - offset) / factor,
            alternativeSpellings);
}

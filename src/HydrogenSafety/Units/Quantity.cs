namespace HydrogenSafety.Units;

/// <summary>
/// A physical value: a number in the canonical unit of its dimension, and the unit it was written in
/// (kept for display). Two quantities are equal when value, dimension and display unit are equal.
/// </summary>
/// <param name="Value">The value in the canonical unit of <paramref name="Dimension"/>.</param>
/// <param name="Dimension">The dimension.</param>
/// <param name="Unit">The unit symbol used for display, in its catalogue spelling (e.g. <c>MPa</c>, <c>degC</c>).</param>
public readonly record struct Quantity(double Value, Dimension Dimension, string Unit)
{
    /// <summary>Makes a quantity from a number in the given unit.</summary>
    /// <exception cref="ArgumentException">The unit is not in the catalogue.</exception>
    public static Quantity From(double value, string unit)
    {
        var found = Find(unit, nameof(unit));
        return new Quantity(found.ToCanonical(value), found.Dimension, found.Symbol);
    }

    /// <summary>The value expressed in <paramref name="unit"/> (a unit of the same dimension).</summary>
    /// <exception cref="ArgumentException">The unit is not in the catalogue, or measures another dimension.</exception>
    public double In(string unit)
    {
        var found = Find(unit, nameof(unit));
        return found.Dimension == Dimension
            ? found.FromCanonical(Value)
            : throw new ArgumentException($"Cannot express {DimensionNames.WithArticle(DimensionNames.Of(Dimension))} quantity in '{unit}', a unit of {DimensionNames.Of(found.Dimension)}.", nameof(unit));
    }

    /// <summary>Invariant text in the display unit, e.g. <c>87.5 MPa</c>.</summary>
    public override string ToString() => QuantityText.Format(Value, DisplayUnit());

    /// <summary>The text a finding shows (see <see cref="DisplayNumber"/>): grouped thousands, a computed value rounded.</summary>
    internal string Display(bool computed)
    {
        var unit = DisplayUnit();
        var number = DisplayNumber.Format(unit.FromCanonical(Value), computed);
        return unit.Symbol.Length == 0 ? number : number + " " + unit.Symbol;
    }

    /// <summary>The display unit, or the canonical unit when the display unit is missing or of another dimension.</summary>
    private Unit DisplayUnit() =>
        Unit is not null && UnitCatalog.TryGet(Unit, out var unit) && unit.Dimension == Dimension
            ? unit
            : UnitCatalog.Canonical(Dimension);

    private static Unit Find(string unit, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(unit, parameterName);
        if (UnitCatalog.TryGet(unit, out var found))
        {
            return found;
        }

        var suggestion = UnitCatalog.Suggest(unit);
        var hint = suggestion is null ? "" : $"; did you mean '{suggestion}'?";
        throw new ArgumentException($"Unknown unit '{unit}'{hint}", parameterName);
    }
}

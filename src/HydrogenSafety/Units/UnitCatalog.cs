using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace HydrogenSafety.Units;

/// <summary>
/// Every unit HydrogenSafety accepts (docs/units.md lists them). Symbols are case-sensitive
/// (<c>MPa</c>, not <c>Mpa</c>); a few alternative spellings such as <c>m³</c>, <c>m^3</c> and <c>°C</c> are accepted.
/// </summary>
/// <threadsafety static="true" />
public static class UnitCatalog
{
    // Static initialisers run in text order: All must come first.

    /// <summary>Every unit, in catalogue order (grouped by dimension, as in docs/units.md).</summary>
    public static IReadOnlyList<Unit> All { get; } = UnitDefinitions.Create();

    private static readonly FrozenDictionary<string, Unit> BySpelling = IndexBySpelling(All);

    private static readonly FrozenDictionary<Dimension, Unit> CanonicalUnits =
        UnitDefinitions.CanonicalSymbols.ToFrozenDictionary(pair => pair.Key, pair => BySpelling[pair.Value]);

    /// <summary>Finds a unit by its symbol or an accepted alternative spelling (case-sensitive).</summary>
    /// <param name="symbol">The symbol as written, e.g. <c>MPa</c>, <c>m³</c>, <c>°C</c>.</param>
    /// <param name="unit">The unit, when found.</param>
    /// <returns><see langword="true"/> when the catalogue knows the symbol.</returns>
    public static bool TryGet(string symbol, [MaybeNullWhen(false)] out Unit unit)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return BySpelling.TryGetValue(symbol, out unit);
    }

    /// <summary>
    /// The canonical unit of a dimension: the unit <see cref="Quantity.Value"/> is expressed in. For
    /// <see cref="Dimension.Concentration"/> the canonical value is the volume fraction and this returns
    /// <c>%</c>, the unit such values are displayed in.
    /// </summary>
    public static Unit Canonical(Dimension dimension) =>
        CanonicalUnits.TryGetValue(dimension, out var unit)
            ? unit
            : throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a known dimension.");

    /// <summary>
    /// The catalogue symbol nearest to an unknown one, for a "did you mean" hint: a match ignoring case
    /// first (<c>Mpa</c> → <c>MPa</c>), then a symbol a small edit away (<c>psgi</c> → <c>psig</c>).
    /// </summary>
    /// <returns>The suggested symbol in its catalogue spelling, or <see langword="null"/> when nothing is near.</returns>
    public static string? Suggest(string unknownSymbol) => UnitSuggester.Suggest(unknownSymbol, All);

    private static FrozenDictionary<string, Unit> IndexBySpelling(IReadOnlyList<Unit> units)
    {
        var index = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            index.Add(unit.Symbol, unit);
            foreach (var spelling in unit.AlternativeSpellings)
            {
                index.Add(spelling, unit);
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

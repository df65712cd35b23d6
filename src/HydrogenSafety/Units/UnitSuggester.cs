namespace HydrogenSafety.Units;

/// <summary>Finds the catalogue symbol nearest to an unknown one, for "did you mean" hints.</summary>
internal static class UnitSuggester
{
    /// <summary>Common ways of writing a unit that are not near its symbol by spelling.</summary>
    private static readonly Dictionary<string, string> Hints = new(StringComparer.OrdinalIgnoreCase)
    {
        ["C"] = "degC",
        ["F"] = "degF",
        ["°K"] = "K",
        ["sec"] = "s",
        ["hr"] = "h",
        ["deg C"] = "degC",
        ["deg F"] = "degF",
        ["litre"] = "L",
        ["liter"] = "L",
        ["vol%"] = "%",
        ["%vol"] = "%",
        ["% LFL"] = "%LFL",
        ["LFL"] = "%LFL",
    };

    public static string? Suggest(string unknown, IReadOnlyList<Unit> units)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        if (unknown.Length == 0)
        {
            return null;
        }

        foreach (var unit in units)
        {
            if (Spellings(unit).Any(spelling => string.Equals(spelling, unknown, StringComparison.OrdinalIgnoreCase)))
            {
                return unit.Symbol;
            }
        }

        if (Hints.TryGetValue(unknown, out var hinted))
        {
            return hinted;
        }

        // Short symbols are too close to each other for an edit to mean anything ("x" is one edit from "m").
        var allowed = unknown.Length switch
        {
            < 3 => 0,
            < 6 => 1,
            _ => 2,
        };

        // Ties go to a spelling of the same length: a swap or a typo is likelier than a dropped letter.
        string? best = null;
        var bestScore = int.MaxValue;
        var upper = unknown.ToUpperInvariant();
        foreach (var unit in units)
        {
            foreach (var spelling in Spellings(unit).Where(s => s.Length > 0))
            {
                var distance = EditDistance.Between(upper, spelling.ToUpperInvariant());
                var score = (2 * distance) + (spelling.Length == unknown.Length ? 0 : 1);
                if (distance <= allowed && score < bestScore)
                {
                    best = unit.Symbol;
                    bestScore = score;
                }
            }
        }

        return best;
    }

    private static IEnumerable<string> Spellings(Unit unit) => unit.AlternativeSpellings.Prepend(unit.Symbol);
}

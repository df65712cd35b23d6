using HydrogenSafety.Units;

namespace HydrogenSafety.Yaml;

/// <summary>Finds the known name nearest to an unknown one, for "did you mean" hints on fields, kinds and words.</summary>
internal static class NameSuggester
{
    /// <summary>
    /// The candidate nearest to <paramref name="name"/>: one that differs only in case, else one a small
    /// number of edits away (none below 3 characters, 1 below 6, 2 below 12, else 3); <c>null</c> when nothing is near.
    /// </summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(candidates);
        var lowered = name.ToLowerInvariant();
        var allowed = name.Length switch
        {
            < 3 => 0,
            < 6 => 1,
            < 12 => 2,
            _ => 3,
        };
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = EditDistance.Between(lowered, candidate.ToLowerInvariant());
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary><c>; did you mean 'x'?</c> for the nearest candidate, or an empty string.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates) => Hint(Suggest(name, candidates));

    /// <summary><c>; did you mean 'x'?</c> for a suggestion, or an empty string for none.</summary>
    public static string Hint(string? suggestion) => suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
}

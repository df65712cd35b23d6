using HydrogenSafety.Yaml;

namespace HydrogenSafety.Words;

/// <summary>
/// "Did you mean" for the words of a closed list (outcomes, severities, statuses, stages, kinds, facility
/// types): a near spelling as <see cref="NameSuggester"/> finds it, else a word of the same stem, which
/// edit distance misses (<c>violated</c> for <c>violation</c>, <c>crit</c> for <c>critical</c>).
/// </summary>
internal static class WordSuggester
{
    private const int MinStem = 4;
    private const int MinPrefix = 3;

    /// <summary>The word nearest to <paramref name="name"/>, or <c>null</c> when none is near or two are equally near.</summary>
    public static string? Suggest(string name, IEnumerable<string> words)
    {
        var candidates = words.ToList();
        return NameSuggester.Suggest(name, candidates) ?? SameStem(name, candidates);
    }

    /// <summary><c>; did you mean 'x'?</c> for the nearest word, or an empty string.</summary>
    public static string DidYouMean(string name, IEnumerable<string> words) => NameSuggester.Hint(Suggest(name, words));

    /// <summary>
    /// The one word that <paramref name="name"/> begins (at least 3 characters), or else the one word sharing
    /// the longest common beginning with it, of at least 4 characters and half the longer of the two.
    /// </summary>
    private static string? SameStem(string name, IReadOnlyList<string> words)
    {
        var starts = words.Where(w => name.Length >= MinPrefix && w.Length > name.Length && w.StartsWith(name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (starts.Count > 0)
        {
            return starts.Count == 1 ? starts[0] : null;
        }

        var scored = words
            .Select(w => (Word: w, Stem: CommonPrefix(name, w)))
            .Where(x => x.Stem >= MinStem && 2 * x.Stem >= Math.Max(name.Length, x.Word.Length))
            .OrderByDescending(x => x.Stem)
            .ToList();
        return scored.Count == 0 || (scored.Count > 1 && scored[1].Stem == scored[0].Stem) ? null : scored[0].Word;
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && char.ToLowerInvariant(a[n]) == char.ToLowerInvariant(b[n]))
        {
            n++;
        }

        return n;
    }
}

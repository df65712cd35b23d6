namespace HydrogenSafety.Yaml;

/// <summary>
/// Limits that keep a hostile or broken input file from exhausting memory or time. Exceeding one is
/// error H2S0009. Aliases are never copied: an alias shares its anchor's node, and the number of nodes
/// that all aliases together stand for is bounded by <see cref="MaxAliasExpansion"/> (no "billion laughs").
/// </summary>
/// <param name="MaxFileSize">Largest accepted file, in bytes for files and in characters for text.</param>
/// <param name="MaxDepth">Deepest nesting of mappings and lists (the root is depth 1).</param>
/// <param name="MaxAliases">Most aliases (<c>*name</c>) in one file.</param>
/// <param name="MaxAliasExpansion">Most nodes all aliases of a file may stand for, counted as if each were expanded.</param>
internal sealed record YamlLimits(long MaxFileSize, int MaxDepth, int MaxAliases, long MaxAliasExpansion)
{
    /// <summary>10 MB, depth 64, 100 aliases, aliases standing for at most one million nodes.</summary>
    public static YamlLimits Default { get; } = new(10L * 1024 * 1024, 64, 100, 1_000_000);

    /// <summary>Most components in one facility (joins are per facility; this keeps them bounded).</summary>
    public const int MaxComponents = 20_000;

    /// <summary>Most rows in one lookup table.</summary>
    public const int MaxTableRows = 1_000;

    /// <summary>Most rules in one rule file.</summary>
    public const int MaxRulesPerFile = 5_000;

    /// <summary>Most rules in one rule set (all files loaded together).</summary>
    public const int MaxRules = 20_000;
}

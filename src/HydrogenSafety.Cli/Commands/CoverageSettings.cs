namespace HydrogenSafety.Cli.Commands;

/// <summary>The parsed options of <c>h2safety coverage</c>.</summary>
internal sealed record CoverageSettings
{
    /// <summary>Rule packs, rule files and coverage files; empty for the built-in packs and their clause lists.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>A built-in profile name or a profile file; null considers every rule.</summary>
    public string? Profile { get; init; }

    /// <summary>text, markdown or json.</summary>
    public string Format { get; init; } = "text";

    /// <summary>A file to write instead of stdout.</summary>
    public string? Output { get; init; }
}

namespace HydrogenSafety.Cli.Commands;

/// <summary>The parsed options of <c>h2safety test</c>.</summary>
internal sealed record TestSettings
{
    /// <summary>Rule files and folders; empty for the built-in rule packs.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>List the passing cases too.</summary>
    public bool Verbose { get; init; }

    /// <summary>The as-of date of the tests (default today, UTC).</summary>
    public DateOnly? AsOf { get; init; }
}

namespace HydrogenSafety.Cli.Commands;

/// <summary>The parsed options of <c>h2safety rules</c>.</summary>
internal sealed record RulesSettings
{
    /// <summary>A built-in profile name or a profile file; null lists every rule.</summary>
    public string? Profile { get; init; }

    /// <summary>Rule files and folders; empty for the built-in rule packs.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    /// <summary>text, markdown or json.</summary>
    public string Format { get; init; } = "text";

    /// <summary>A file to write instead of stdout.</summary>
    public string? Output { get; init; }

    /// <summary>The language of titles and column headings (<c>--lang</c>).</summary>
    public Reporting.ReportLanguage Language { get; init; } = Reporting.ReportLanguage.English;
}

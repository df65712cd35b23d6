namespace HydrogenSafety.Cli.Commands;

/// <summary>The parsed options of <c>h2safety compare</c>.</summary>
internal sealed record CompareSettings
{
    /// <summary>The facility file.</summary>
    public required string Facility { get; init; }

    /// <summary>The profiles, as given (built-in names or files).</summary>
    public required IReadOnlyList<string> Profiles { get; init; }

    /// <summary>Rule files and folders; empty for the built-in rule packs.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    /// <summary>text, markdown or json.</summary>
    public string Format { get; init; } = "text";

    /// <summary>A file to write instead of stdout.</summary>
    public string? Output { get; init; }

    /// <summary>The as-of date (default today, UTC).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>tag (first tag, stage when untagged) or stage (first stage).</summary>
    public string GroupBy { get; init; } = "tag";

    /// <summary>Also list rules that apply under no profile.</summary>
    public bool All { get; init; }

    /// <summary>Keep the facility's jurisdiction instead of setting it aside.</summary>
    public bool KeepJurisdiction { get; init; }

    /// <summary>The language of rule titles (<c>--lang</c>); English per missing translation.</summary>
    public Reporting.ReportLanguage Language { get; init; } = Reporting.ReportLanguage.English;
}

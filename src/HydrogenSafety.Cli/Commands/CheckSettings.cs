using HydrogenSafety.Rules;

namespace HydrogenSafety.Cli.Commands;

/// <summary>The parsed options of <c>h2safety check</c>.</summary>
internal sealed record CheckSettings
{
    public required IReadOnlyList<string> Facilities { get; init; }

    public IReadOnlyList<string> Rules { get; init; } = [];

    public string Format { get; init; } = "text";

    public string? Output { get; init; }

    public DateOnly? AsOf { get; init; }

    public Severity FailOn { get; init; } = Severity.Low;

    public bool AllowIndeterminate { get; init; }

    public bool ShowPasses { get; init; }

    public bool IncludeDrafts { get; init; }

    public string? Waivers { get; init; }

    public bool NoWaivers { get; init; }

    public string? Profile { get; init; }

    public Reporting.ReportLanguage Language { get; init; } = Reporting.ReportLanguage.English;

    /// <summary>How much of each finding the text report prints: compact by default, <c>-v</c> every piece of evidence, <c>--explain</c> the whole trace.</summary>
    public Reporting.TextDetail TextDetail { get; init; } = Reporting.TextDetail.Compact;

    /// <summary>Stream JSON and text reports as facilities finish (default); false writes them after the last one (tests compare the two).</summary>
    public bool Stream { get; init; } = true;
}

using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Facilities;

/// <summary>
/// A facility description: its header, components, measured distances and waivers. Build one in code
/// or load it with <see cref="Load(string)"/> / <see cref="Parse(string, string)"/>.
/// </summary>
public sealed class Facility
{
    /// <summary>The facility id (the file name without extension when the file gives none).</summary>
    public required string Id { get; init; }

    /// <summary>A readable name.</summary>
    public string? Name { get; init; }

    /// <summary>Jurisdiction code: KR, JP, US, EU, INTL …</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>production_plant | storage_site | fueling_station | pipeline | transport_depot | power_plant | other.</summary>
    public string? Type { get; init; }

    /// <summary>Facility-wide facts.</summary>
    public IReadOnlyDictionary<string, AttributeValue> Attributes { get; init; } = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);

    /// <summary>The components in file order.</summary>
    public IReadOnlyList<Component> Components { get; init; } = [];

    /// <summary>Measured distances; they win over positions.</summary>
    public IReadOnlyList<DistanceMeasurement> Distances { get; init; } = [];

    /// <summary>Waivers declared in the facility file.</summary>
    public IReadOnlyList<WaiverDeclaration> Waivers { get; init; } = [];

    /// <summary>The file the facility came from, when it came from one.</summary>
    public string? File { get; init; }

    /// <summary>Where the facility header starts.</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>Warnings found when the facility was loaded (errors never reach a loaded facility).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>Loads a facility file (YAML or JSON).</summary>
    /// <exception cref="LoadException">The file is invalid; every diagnostic is attached.</exception>
    public static Facility Load(string path) => FacilityLoader.LoadFile(path);

    /// <summary>Parses a facility from text; <paramref name="name"/> names it in diagnostics.</summary>
    /// <exception cref="LoadException">The text is invalid; every diagnostic is attached.</exception>
    public static Facility Parse(string yaml, string name) => FacilityLoader.Parse(yaml, name);

    /// <summary>A copy carrying the loader's warnings.</summary>
    internal Facility WithWarnings(IReadOnlyList<Diagnostic> warnings) => With(warnings: warnings);

    /// <summary>A copy with some parts replaced (null keeps the part).</summary>
    internal Facility With(
        IReadOnlyList<Component>? components = null,
        IReadOnlyList<DistanceMeasurement>? distances = null,
        IReadOnlyDictionary<string, AttributeValue>? attributes = null,
        IReadOnlyList<WaiverDeclaration>? waivers = null,
        IReadOnlyList<Diagnostic>? warnings = null) => new()
    {
        Id = Id,
        Name = Name,
        Jurisdiction = Jurisdiction,
        Type = Type,
        Attributes = attributes ?? Attributes,
        Components = components ?? Components,
        Distances = distances ?? Distances,
        Waivers = waivers ?? Waivers,
        File = File,
        Span = Span,
        Warnings = warnings ?? Warnings,
    };
}

using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Facilities;

/// <summary>One piece of equipment or exposure of a facility.</summary>
public sealed class Component
{
    /// <summary>Unique within the facility.</summary>
    public required string Id { get; init; }

    /// <summary>The kind, normally from the <see cref="Vocabulary"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The stage: as given, else the kind's default, else <c>null</c>.</summary>
    public Stage? Stage { get; init; }

    /// <summary>Optional grouping: a room, a yard, an enclosure.</summary>
    public string? Area { get; init; }

    /// <summary>Optional position in the site frame, metres.</summary>
    public Position? Position { get; init; }

    /// <summary>Every other key of the component, by name.</summary>
    public IReadOnlyDictionary<string, AttributeValue> Attributes { get; init; } = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);

    /// <summary>Where the component starts in its file (the line of its first key).</summary>
    public SourceSpan? Span { get; init; }
}

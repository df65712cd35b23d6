using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Facilities;

/// <summary>An accepted deviation declared in a facility or waiver file (applied by the waiver feature).</summary>
public sealed class WaiverDeclaration
{
    /// <summary>A rule id or glob.</summary>
    public required string Rule { get; init; }

    /// <summary>An optional version range of the rule, e.g. <c>&gt;=1.0.0 &lt;2.0.0</c>.</summary>
    public string? Version { get; init; }

    /// <summary>Components it covers; empty means every binding of the rule.</summary>
    public IReadOnlyList<string> Components { get; init; } = [];

    /// <summary>Why the deviation is accepted.</summary>
    public required string Reason { get; init; }

    /// <summary>Who approved it.</summary>
    public required string ApprovedBy { get; init; }

    /// <summary>The last day it applies.</summary>
    public required DateOnly Expires { get; init; }

    /// <summary>Where it was written.</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>Loads a waiver file: a document with a <c>waivers:</c> list of waivers as in a facility file.</summary>
    /// <exception cref="Diagnostics.LoadException">The file is missing or invalid; every diagnostic is attached.</exception>
    public static IReadOnlyList<WaiverDeclaration> LoadFile(string path) => WaiverFileLoader.LoadFile(path);
}

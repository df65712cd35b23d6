using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Facilities;

/// <summary>The outcome of reading one facility: the facility when there is no error, and every diagnostic.</summary>
/// <param name="Facility">The facility; <c>null</c> when any error was found.</param>
/// <param name="Diagnostics">Every error and warning, in file position order.</param>
internal sealed record FacilityReadResult(Facility? Facility, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

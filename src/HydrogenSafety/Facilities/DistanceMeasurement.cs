using HydrogenSafety.Diagnostics;
using HydrogenSafety.Units;

namespace HydrogenSafety.Facilities;

/// <summary>A measured separation between two components; it wins over their positions.</summary>
/// <param name="First">Id of one component.</param>
/// <param name="Second">Id of the other component.</param>
/// <param name="Distance">The measured distance (a length).</param>
/// <param name="Span">Where it was written.</param>
public sealed record DistanceMeasurement(string First, string Second, Quantity Distance, SourceSpan? Span = null);

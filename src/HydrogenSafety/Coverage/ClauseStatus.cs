namespace HydrogenSafety.Coverage;

/// <summary>Where a listed clause stands.</summary>
public enum ClauseStatus
{
    /// <summary>At least one loaded rule encodes it.</summary>
    Encoded,

    /// <summary>No rule encodes it, and the list says why (<see cref="CoverageClause.NotEncoded"/>).</summary>
    NotEncoded,

    /// <summary>No rule encodes it and the list gives no reason: open work.</summary>
    Unknown,
}

namespace HydrogenSafety.Facilities;

/// <summary>The stage of the hydrogen value chain a component or rule belongs to.</summary>
public enum Stage
{
    /// <summary>Producing hydrogen: electrolysis, reforming, extraction, purification.</summary>
    Production,
    /// <summary>Storing hydrogen: vessels, tanks, compression.</summary>
    Storage,
    /// <summary>Moving hydrogen: trailers, tankers, pipelines.</summary>
    Transport,
    /// <summary>Using hydrogen: dispensing, fuel cells, vehicles.</summary>
    Utilization,
}

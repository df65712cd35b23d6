namespace HydrogenSafety.Units;

/// <summary>The physical dimension of a quantity. Values of different dimensions never mix.</summary>
public enum Dimension
{
    /// <summary>A bare number or count.</summary>
    Dimensionless,
    /// <summary>Pressure; canonical unit MPa (gauge).</summary>
    Pressure,
    /// <summary>Length; canonical unit m.</summary>
    Length,
    /// <summary>Area; canonical unit m2.</summary>
    Area,
    /// <summary>Mass; canonical unit kg. Amounts of hydrogen gas in Nm3 or scf are masses.</summary>
    Mass,
    /// <summary>Volume; canonical unit m3.</summary>
    Volume,
    /// <summary>Temperature; canonical unit K.</summary>
    Temperature,
    /// <summary>Time; canonical unit s.</summary>
    Time,
    /// <summary>Mass flow; canonical unit kg/s.</summary>
    MassFlow,
    /// <summary>Concentration in air; canonical unit is the volume fraction (1 = 100 %).</summary>
    Concentration,
    /// <summary>Heat flux; canonical unit kW/m2.</summary>
    HeatFlux,
}

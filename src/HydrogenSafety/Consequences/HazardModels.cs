namespace HydrogenSafety.Consequences;

/// <summary>How the under-expanded jet is expanded to ambient pressure (a notional nozzle).</summary>
public enum NotionalNozzleModel
{
    /// <summary>Yüceil &amp; Ötügen 2002: mass, momentum and energy conserved (the HyRAM+ default).</summary>
    YuceilOtugen,
    /// <summary>Birch et al. 1984: mass conserved, stagnation temperature, sonic velocity (simplest).</summary>
    Birch,
}

/// <summary>Thermal-radiation fatality probits of a dose <c>V = t·q^(4/3)</c> (q in W/m2, t in s).</summary>
public enum ThermalProbit
{
    /// <summary>Eisenberg et al. 1975: Y = −38.48 + 2.56 ln V (the HyRAM+ default).</summary>
    Eisenberg,
    /// <summary>Tsao &amp; Perry: Y = −36.38 + 2.56 ln V.</summary>
    TsaoPerry,
    /// <summary>TNO: Y = −37.23 + 2.56 ln V.</summary>
    Tno,
    /// <summary>Lees: Y = −29.02 + 1.99 ln(0.5 V).</summary>
    Lees,
}

/// <summary>
/// An input outside the validity of the consequence models (a cryogenic temperature, a pressure above 100 MPa, a
/// subsonic release, a quantity of the wrong dimension): the models give this error, never a number.
/// </summary>
public sealed class HazardInputException : ArgumentException
{
    /// <summary>Creates the error with its reason.</summary>
    public HazardInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with no reason.</summary>
    public HazardInputException()
    {
    }

    /// <summary>Creates the error with its reason and cause.</summary>
    public HazardInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

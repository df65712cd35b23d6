namespace HydrogenSafety.Consequences;

/// <summary>
/// The properties the release models need from an equation of state (SI units, absolute pressure).
/// Abel-Noble is the v1 implementation; a real-gas table can replace it without touching the models.
/// </summary>
internal interface IEquationOfState
{
    /// <summary>A short id and its constants, printed with every result.</summary>
    string Description { get; }

    /// <summary>The state at pressure (Pa) and temperature (K).</summary>
    GasState At(double pressure, double temperature);

    /// <summary>The state reached from <paramref name="from"/> by an isentropic change to <paramref name="pressure"/>.</summary>
    GasState Isentropic(GasState from, double pressure);

    /// <summary>Specific enthalpy, J/kg (any consistent reference).</summary>
    double Enthalpy(GasState state);

    /// <summary>The temperature at <paramref name="pressure"/> whose enthalpy is <paramref name="enthalpy"/>.</summary>
    double TemperatureFromEnthalpy(double enthalpy, double pressure);

    /// <summary>Speed of sound, m/s.</summary>
    double SpeedOfSound(GasState state);
}

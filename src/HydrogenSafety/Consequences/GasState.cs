namespace HydrogenSafety.Consequences;

/// <summary>A thermodynamic state of hydrogen in SI units: absolute pressure (Pa), temperature (K), density (kg/m3).</summary>
internal readonly record struct GasState(double Pressure, double Temperature, double Density);

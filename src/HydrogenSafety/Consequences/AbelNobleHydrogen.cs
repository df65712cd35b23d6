namespace HydrogenSafety.Consequences;

/// <summary>
/// Hydrogen as an Abel-Noble gas: <c>P = ρRT/(1 − bρ)</c> with constant γ (Schefer et al., IJHE 32 (2007) 2081;
/// the HyRAM 1.0 technical reference, SAND2015-10216, uses the same form and constants). The enthalpy is the
/// exact one of this gas, <c>h = c_p T + bP</c>, and isentropes follow <c>P(1/ρ − b)^γ = const</c>
/// (docs/consequences.md §1). Density is within about 1 % of the Leachman reference equation up to 70 MPa.
/// </summary>
internal sealed class AbelNobleHydrogen : IEquationOfState
{
    /// <summary>Co-volume b = 7.6921×10⁻³ m³/kg (Schefer 2007; HyRAM 1.0 default).</summary>
    public const double DefaultCovolume = 7.6921e-3;

    /// <summary>Ratio of specific heats, constant (HyRAM 1.0).</summary>
    public const double DefaultGamma = 1.4;

    /// <summary>The shared instance with the published constants.</summary>
    public static AbelNobleHydrogen Default { get; } = new(DefaultCovolume, DefaultGamma);

    public AbelNobleHydrogen(double covolume, double gamma)
    {
        Covolume = covolume;
        Gamma = gamma;
        GasConstant = PhysicalConstants.UniversalGasConstant / PhysicalConstants.HydrogenMolarMass;
        Cp = Gamma * GasConstant / (Gamma - 1);
    }

    /// <summary>b, m3/kg.</summary>
    public double Covolume { get; }

    /// <summary>γ.</summary>
    public double Gamma { get; }

    /// <summary>R = R_u/M, J/(kg·K).</summary>
    public double GasConstant { get; }

    /// <summary>c_p = γR/(γ−1), J/(kg·K).</summary>
    public double Cp { get; }

    public string Description => FormattableString.Invariant($"abel-noble (b = {Covolume:0.####e0} m3/kg, gamma = {Gamma}, M = {PhysicalConstants.HydrogenMolarMass * 1000:0.#####} g/mol)");

    public GasState At(double pressure, double temperature) =>
        new(pressure, temperature, pressure / (GasConstant * temperature + Covolume * pressure));

    public GasState Isentropic(GasState from, double pressure)
    {
        // P (v − b)^γ = const  →  v − b = (v₀ − b)(P₀/P)^(1/γ)
        var free = (1 / from.Density - Covolume) * Math.Pow(from.Pressure / pressure, 1 / Gamma);
        var density = 1 / (Covolume + free);
        var temperature = pressure * free / GasConstant;
        return new GasState(pressure, temperature, density);
    }

    public double Enthalpy(GasState state) => Cp * state.Temperature + Covolume * state.Pressure;

    public double TemperatureFromEnthalpy(double enthalpy, double pressure) => (enthalpy - Covolume * pressure) / Cp;

    public double SpeedOfSound(GasState state) => Math.Sqrt(Gamma * GasConstant * state.Temperature) / (1 - Covolume * state.Density);
}

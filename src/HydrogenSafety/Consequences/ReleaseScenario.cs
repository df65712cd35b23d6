using HydrogenSafety.Units;

namespace HydrogenSafety.Consequences;

/// <summary>
/// A steady hydrogen gas release through a round leak into still air at 1 atm. Pressure is gauge, as everywhere in
/// the project (<c>70 MPa</c> is 70.101325 MPa absolute). Check it with <see cref="HazardCalculator.Estimate"/>.
/// </summary>
/// <param name="Pressure">Stagnation (storage) pressure, gauge.</param>
/// <param name="Temperature">Stagnation temperature.</param>
/// <param name="LeakDiameter">Diameter of the leak (see <see cref="FromPipe"/> for a leak as a fraction of a pipe's flow area).</param>
public sealed record ReleaseScenario(Quantity Pressure, Quantity Temperature, Quantity LeakDiameter)
{
    /// <summary>The fraction of a pipe's flow area the NFPA 2 separation tables assume leaks: 3 %.</summary>
    public const double Nfpa2LeakFraction = 0.03;

    /// <summary>The default ambient temperature, K.</summary>
    public const double DefaultAmbientKelvin = 288;

    /// <summary>Discharge coefficient of the orifice, 0 &lt; C_d ≤ 1; 1 by default (HyRAM+ default).</summary>
    public double DischargeCoefficient { get; init; } = 1;

    /// <summary>The notional-nozzle model; Yüceil–Ötügen by default.</summary>
    public NotionalNozzleModel NotionalNozzle { get; init; } = NotionalNozzleModel.YuceilOtugen;

    /// <summary>Ambient temperature; 288 K by default.</summary>
    public Quantity AmbientTemperature { get; init; } = new(DefaultAmbientKelvin, Dimension.Temperature, "K");

    /// <summary>
    /// A leak of <paramref name="leakFraction"/> of the flow area of a pipe of <paramref name="pipeInnerDiameter"/>:
    /// <c>d_leak = d_pipe √f</c> (HyRAM+ leak sizes; 0.03 is the NFPA 2 basis).
    /// </summary>
    /// <exception cref="HazardInputException">The fraction is not in (0, 1] or the diameter is not a length.</exception>
    public static ReleaseScenario FromPipe(Quantity pressure, Quantity temperature, Quantity pipeInnerDiameter, double leakFraction)
    {
        if (pipeInnerDiameter.Dimension != Dimension.Length)
        {
            throw new HazardInputException($"the pipe inner diameter must be a length, not {pipeInnerDiameter}");
        }

        if (!(leakFraction > 0 && leakFraction <= 1))
        {
            throw new HazardInputException(FormattableString.Invariant($"the leak fraction must be above 0 and at most 1 (100 % of the flow area), not {leakFraction}"));
        }

        var leak = new Quantity(pipeInnerDiameter.Value * Math.Sqrt(leakFraction), Dimension.Length, pipeInnerDiameter.Unit);
        return new ReleaseScenario(pressure, temperature, leak);
    }
}

namespace HydrogenSafety.Consequences;

/// <summary>The throat of a choked orifice: state, velocity, mass flux and the mass flow through the orifice.</summary>
internal readonly record struct ThroatFlow(GasState Throat, double Velocity, double MassFlux, double MassFlow);

/// <summary>
/// Orifice flow by isentropic maximum flux (HyRAM+ TRM, SAND2022-16425): along the isentrope of the stagnation state,
/// the throat is where <c>G(P) = ρ √(2(h₀ − h))</c> is largest, searched by golden section between ambient and
/// stagnation pressure. Works for any <see cref="IEquationOfState"/>.
/// </summary>
internal static class OrificeFlow
{
    private const double InverseGolden = 0.6180339887498949;

    /// <summary>A throat this close to ambient pressure (Pa) means the flow is not choked (HyRAM's 0.01 Pa test).</summary>
    public const double ChokedMargin = 0.01;

    /// <summary>
    /// The choked throat of an orifice of <paramref name="diameter"/> (m) with discharge coefficient <paramref name="cd"/>;
    /// <see langword="null"/> when the flow is subsonic (the models here then have no flow to start from).
    /// </summary>
    public static ThroatFlow? Choked(IEquationOfState eos, GasState stagnation, double ambientPressure, double diameter, double cd)
    {
        var h0 = eos.Enthalpy(stagnation);
        var lo = ambientPressure;
        var hi = stagnation.Pressure;
        var x1 = hi - InverseGolden * (hi - lo);
        var x2 = lo + InverseGolden * (hi - lo);
        var f1 = Flux(eos, stagnation, h0, x1);
        var f2 = Flux(eos, stagnation, h0, x2);
        // 0.618^90 ≈ 1.6e-19: the bracket shrinks below a micro-pascal for any pressure up to 100 MPa.
        for (var i = 0; i < 90 && hi - lo > 1e-7 * ChokedMargin; i++)
        {
            if (f1 > f2)
            {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - InverseGolden * (hi - lo);
                f1 = Flux(eos, stagnation, h0, x1);
            }
            else
            {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + InverseGolden * (hi - lo);
                f2 = Flux(eos, stagnation, h0, x2);
            }
        }

        var pressure = 0.5 * (lo + hi);
        if (pressure - ambientPressure <= ChokedMargin)
        {
            return null;
        }

        var throat = eos.Isentropic(stagnation, pressure);
        var velocity = Math.Sqrt(2 * Math.Max(0, h0 - eos.Enthalpy(throat)));
        var flux = throat.Density * velocity;
        return new ThroatFlow(throat, velocity, flux, cd * Math.PI / 4 * diameter * diameter * flux);
    }

    private static double Flux(IEquationOfState eos, GasState stagnation, double h0, double pressure)
    {
        var state = eos.Isentropic(stagnation, pressure);
        var drop = h0 - eos.Enthalpy(state);
        return drop > 0 ? state.Density * Math.Sqrt(2 * drop) : 0;
    }
}

namespace HydrogenSafety.Consequences;

/// <summary>The expanded (notional-nozzle) state of an under-expanded jet at ambient pressure.</summary>
internal readonly record struct ExpandedJet(double Density, double Temperature, double Velocity, double Diameter);

/// <summary>
/// Notional-nozzle models: the choked throat expanded to ambient pressure (docs/consequences.md §3).
/// Yüceil &amp; Ötügen, Phys. Fluids 14 (2002) 4206, conserves mass, momentum and energy (the HyRAM+ default);
/// Birch et al., Combust. Sci. Technol. 36 (1984) 249, conserves mass at stagnation temperature and sonic velocity.
/// </summary>
internal static class NotionalNozzle
{
    public static ExpandedJet Expand(IEquationOfState eos, NotionalNozzleModel model, GasState stagnation, ThroatFlow throat, double ambientPressure, double cd)
    {
        double temperature, velocity, density;
        switch (model)
        {
            case NotionalNozzleModel.Birch:
            {
                var state = eos.At(ambientPressure, stagnation.Temperature);
                temperature = state.Temperature;
                density = state.Density;
                velocity = eos.SpeedOfSound(state);
                break;
            }

            default:
            {
                // Momentum: u_e = u* + (P* − P_amb)/(ρ* u* C_d); energy: h₀ = h(T_e, P_amb) + u_e²/2.
                velocity = throat.Velocity + (throat.Throat.Pressure - ambientPressure) / (throat.Throat.Density * throat.Velocity * cd);
                temperature = eos.TemperatureFromEnthalpy(eos.Enthalpy(stagnation) - velocity * velocity / 2, ambientPressure);
                if (!(temperature > 0))
                {
                    throw new HazardInputException("the Yüceil–Ötügen expansion gives no positive temperature for this release; use the Birch notional nozzle");
                }

                density = eos.At(ambientPressure, temperature).Density;
                break;
            }
        }

        var diameter = Math.Sqrt(4 * throat.MassFlow / (Math.PI * density * velocity));
        return new ExpandedJet(density, temperature, velocity, diameter);
    }
}

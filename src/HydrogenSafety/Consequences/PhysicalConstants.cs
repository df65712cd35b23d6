namespace HydrogenSafety.Consequences;

/// <summary>Constants of the consequence models (SI). Sources are in docs/consequences.md §1.4.</summary>
internal static class PhysicalConstants
{
    /// <summary>Universal gas constant, J/(mol·K) (CODATA 2018, exact).</summary>
    public const double UniversalGasConstant = 8.314462618;

    /// <summary>Molar mass of H₂, kg/mol.</summary>
    public const double HydrogenMolarMass = 2.01588e-3;

    /// <summary>Molar mass of dry air, kg/mol.</summary>
    public const double AirMolarMass = 28.965e-3;

    /// <summary>Molar mass of water, kg/mol.</summary>
    public const double WaterMolarMass = 18.01528e-3;

    /// <summary>Molar mass of nitrogen, kg/mol.</summary>
    public const double NitrogenMolarMass = 28.0134e-3;

    /// <summary>Standard gravity, m/s2.</summary>
    public const double Gravity = 9.80665;

    /// <summary>Heat of combustion of hydrogen (lower), J/kg (HyRAM fuel property table).</summary>
    public const double HeatOfCombustion = 1.20e8;

    /// <summary>Stoichiometric mixture fraction of H₂ in air (air = O₂ + 3.76 N₂).</summary>
    public const double StoichiometricMixtureFraction = 0.0285;

    /// <summary>Adiabatic flame temperature of a stoichiometric H₂-air flame, K (equilibrium value).</summary>
    public const double AdiabaticFlameTemperature = 2390;

    /// <summary>Planck-mean absorption coefficient of stoichiometric products, 1/m (Chmielewski &amp; Gieras).</summary>
    public const double PlanckMeanAbsorption = 0.23;

    /// <summary>Ambient pressure, Pa (1 atm).</summary>
    public const double AmbientPressure = 101_325;

    /// <summary>Ambient temperature, K.</summary>
    public const double AmbientTemperature = 288;

    /// <summary>Relative humidity used by the transmissivity (Wayne 1991 default in HyRAM).</summary>
    public const double RelativeHumidity = 0.89;

    /// <summary>CO₂ concentration, ppm (Wayne 1991 default).</summary>
    public const double CarbonDioxidePpm = 335;

    /// <summary>Density of air at <paramref name="pressure"/> (Pa) and <paramref name="temperature"/> (K), ideal gas.</summary>
    public static double AirDensity(double pressure, double temperature) => pressure * AirMolarMass / (UniversalGasConstant * temperature);

    /// <summary>Mole fraction of H₂ in air → mass fraction.</summary>
    public static double MassFraction(double moleFraction) =>
        moleFraction * HydrogenMolarMass / (moleFraction * HydrogenMolarMass + (1 - moleFraction) * AirMolarMass);

    /// <summary>
    /// Density of the products of a stoichiometric H₂-air flame (H₂O + 1.88 N₂) at <paramref name="temperature"/>.
    /// </summary>
    public static double ProductDensity(double pressure, double temperature)
    {
        const double nitrogenPerWater = 3.76 / 2;
        var molarMass = (WaterMolarMass + nitrogenPerWater * NitrogenMolarMass) / (1 + nitrogenPerWater);
        return pressure * molarMass / (UniversalGasConstant * temperature);
    }
}

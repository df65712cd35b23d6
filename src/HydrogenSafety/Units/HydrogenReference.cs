namespace HydrogenSafety.Units;

/// <summary>
/// Reference conditions and densities of hydrogen gas used to turn gas volumes (<c>Nm3</c>, <c>scf</c>)
/// into masses, and hydrogen's lower flammability limit used by <c>%LFL</c>. docs/units.md repeats them.
/// </summary>
internal static class HydrogenReference
{
    /// <summary>One standard atmosphere, 101.325 kPa, in MPa (exact by definition; NIST SP 811).</summary>
    public const double StandardAtmosphereMPa = 0.101325;

    /// <summary>
    /// Density of hydrogen gas at normal conditions, 0 °C (273.15 K) and 101.325 kPa absolute:
    /// 0.08988 kg/m3. One normal cubic metre (<c>Nm3</c>) of hydrogen is 0.08988 kg.
    /// </summary>
    public const double NormalDensityKgPerM3 = 0.08988;

    /// <summary>
    /// Density of hydrogen gas at the NTP of US hydrogen codes (29 CFR 1910.103, NFPA 2):
    /// 70 °F (21.1 °C) and 14.7 psia (101.35 kPa absolute): 0.08350 kg/m3.
    /// </summary>
    public const double StandardDensityKgPerM3 = 0.08350;

    /// <summary>One cubic foot, 0.028316846592 m3 (exact: (0.3048 m)^3; NIST SP 811).</summary>
    public const double CubicFootInM3 = 0.028316846592;

    /// <summary>
    /// Mass of one standard cubic foot (<c>scf</c>) of hydrogen:
    /// 0.08350 kg/m3 × 0.028316846592 m3 = 0.0023644566904 kg (about 423 scf per kg).
    /// </summary>
    public const double StandardCubicFootKg = StandardDensityKgPerM3 * CubicFootInM3;

    /// <summary>Lower flammability limit of hydrogen in air: 4 % by volume, as a fraction (0.04).</summary>
    public const double LowerFlammabilityLimit = 0.04;
}

namespace HydrogenSafety.Consequences;

/// <summary>
/// A straight jet flame: visible length (Schefer et al., IJHE 31 (2006) 1332; Molina et al., PCI 31 (2007) 2565),
/// radiant fraction (Molina 2007 residence time with the Panda &amp; Hecht, IJHE 42 (2017) 775 fit) and radiant heat
/// flux from 50 weighted point sources on the axis (Hankinson &amp; Lowesmith, CNF 159 (2012) 1165) with the
/// atmospheric transmissivity of Wayne, JLPPI 4 (1991) 86.
/// </summary>
internal sealed class JetFlame
{
    /// <summary>Number of point sources along the flame.</summary>
    public const int SourceCount = 50;

    private readonly double[] _positions = new double[SourceCount];
    private readonly double[] _weights = new double[SourceCount];
    private readonly double _waterPerMetre;
    private readonly double _carbonDioxidePerMetre;

    public JetFlame(ExpandedJet jet, double massFlow, double ambientPressure, double ambientTemperature)
    {
        const double fs = PhysicalConstants.StoichiometricMixtureFraction;
        const double tad = PhysicalConstants.AdiabaticFlameTemperature;
        var airDensity = PhysicalConstants.AirDensity(ambientPressure, ambientTemperature);
        var densityRatio = jet.Density / airDensity;
        FroudeNumber = jet.Velocity * Math.Pow(fs, 1.5)
            / (Math.Pow(densityRatio, 0.25) * Math.Sqrt(PhysicalConstants.Gravity * jet.Diameter * (tad - ambientTemperature) / ambientTemperature));
        var lengthStar = FroudeNumber < 5
            ? 13.5 * Math.Pow(FroudeNumber, 0.4) / Math.Pow(1 + 0.07 * FroudeNumber * FroudeNumber, 0.2)
            : 23;
        Length = lengthStar * jet.Diameter * Math.Sqrt(densityRatio) / fs;
        Width = 0.17 * Length;

        var productDensity = PhysicalConstants.ProductDensity(ambientPressure, tad);
        ResidenceTimeMs = 1000 * Math.PI * productDensity * Width * Width * Length * fs / (12 * massFlow);
        RadiantFraction = 9.45e-9 * Math.Pow(ResidenceTimeMs * PhysicalConstants.PlanckMeanAbsorption * Math.Pow(tad, 4), 0.47);
        RadiantPower = RadiantFraction * massFlow * PhysicalConstants.HeatOfCombustion;

        // Weights rise linearly to j = n = 0.75 N, then fall linearly to 1 at j = N; normalised to 1.
        const int peak = SourceCount * 3 / 4;
        double sum = 0;
        for (var j = 1; j <= SourceCount; j++)
        {
            var w = j <= peak ? j : peak - (peak - 1.0) / (SourceCount - peak - 1) * (j - peak - 1);
            _weights[j - 1] = w;
            _positions[j - 1] = Length * (j - 1) / (SourceCount - 1);
            sum += w;
        }

        for (var j = 0; j < SourceCount; j++)
        {
            _weights[j] *= RadiantPower / (sum * 4 * Math.PI);
        }

        var saturation = Math.Exp(20.386 - 5132 / ambientTemperature); // mmHg
        _waterPerMetre = PhysicalConstants.RelativeHumidity * saturation * 288.651 / ambientTemperature;
        _carbonDioxidePerMetre = 273 / ambientTemperature * (PhysicalConstants.CarbonDioxidePpm / 335);
    }

    /// <summary>Flame Froude number (Schefer 2006 definition).</summary>
    public double FroudeNumber { get; }

    /// <summary>Visible flame length, m.</summary>
    public double Length { get; }

    /// <summary>Flame width, m (0.17 L).</summary>
    public double Width { get; }

    /// <summary>Flame residence time, ms.</summary>
    public double ResidenceTimeMs { get; }

    /// <summary>Radiant fraction χ_rad.</summary>
    public double RadiantFraction { get; }

    /// <summary>Radiant power S_rad, W.</summary>
    public double RadiantPower { get; }

    /// <summary>Wayne (1991) transmissivity over a path of <paramref name="path"/> metres, at most 1.</summary>
    public double Transmissivity(double path)
    {
        var water = Math.Log10(Math.Max(_waterPerMetre * path, 1e-12));
        var carbon = Math.Log10(Math.Max(_carbonDioxidePerMetre * path, 1e-12));
        var tau = 1.006 - 0.01171 * water - 0.02368 * water * water - 0.03188 * carbon + 0.001164 * carbon * carbon;
        return Math.Clamp(tau, 0, 1);
    }

    /// <summary>
    /// Radiant heat flux, W/m2, at axial position <paramref name="axial"/> (m from the leak along the flame) and
    /// <paramref name="radial"/> (m from the axis), the receiver facing each source (cos φ = 1, as HyRAM 6).
    /// </summary>
    public double HeatFlux(double axial, double radial)
    {
        double q = 0;
        var r2 = radial * radial;
        for (var j = 0; j < SourceCount; j++)
        {
            var dx = axial - _positions[j];
            var d2 = dx * dx + r2;
            q += _weights[j] * Transmissivity(Math.Sqrt(d2)) / d2;
        }

        return q;
    }

    /// <summary>Single point source at the flame centre (API 521 style), W/m2, for comparison.</summary>
    public double PointSourceHeatFlux(double axial, double radial)
    {
        var dx = axial - Length / 2;
        var d2 = dx * dx + radial * radial;
        return Transmissivity(Math.Sqrt(d2)) * RadiantPower / (4 * Math.PI * d2);
    }

    /// <summary>
    /// Distance from the leak, along the flame axis beyond the tip (the farthest reach of a contour), at which the
    /// heat flux falls to <paramref name="flux"/> (W/m2). Regula falsi (Illinois) on ln q against ln x.
    /// </summary>
    public double AxialDistanceTo(double flux)
    {
        var lo = Length * (1 + 1e-9) + 1e-9;
        var hi = Math.Max(2 * Length, 1e-6);
        while (HeatFlux(hi, 0) > flux)
        {
            lo = hi;
            hi *= 2;
            if (hi > 1e6)
            {
                throw new HazardInputException("the heat flux does not fall to the threshold within 1000 km");
            }
        }

        double F(double x) => Math.Log(HeatFlux(x, 0) / flux);
        double a = Math.Log(lo), b = Math.Log(hi), fa = F(lo), fb = F(hi);
        var side = 0;
        for (var i = 0; i < 60; i++)
        {
            var c = (a * fb - b * fa) / (fb - fa);
            var fc = F(Math.Exp(c));
            if (Math.Abs(fc) < 1e-9 || Math.Abs(b - a) < 1e-10)
            {
                return Math.Exp(c);
            }

            if (fc * fb > 0)
            {
                b = c;
                fb = fc;
                if (side == -1)
                {
                    fa /= 2;
                }

                side = -1;
            }
            else
            {
                a = c;
                fa = fc;
                if (side == 1)
                {
                    fb /= 2;
                }

                side = 1;
            }
        }

        return Math.Exp((a + b) / 2);
    }
}

namespace HydrogenSafety.Consequences;

/// <summary>Thermal dose and the fatality probits of docs/consequences.md §6.2.</summary>
internal static class Harm
{
    /// <summary>Thermal dose V = t·q^(4/3), q in W/m2 and t in s.</summary>
    public static double Dose(double flux, double seconds) => seconds * Math.Pow(flux, 4.0 / 3.0);

    /// <summary>The probit Y of a thermal dose.</summary>
    public static double Probit(ThermalProbit model, double dose) => model switch
    {
        ThermalProbit.Eisenberg => -38.48 + 2.56 * Math.Log(dose),
        ThermalProbit.TsaoPerry => -36.38 + 2.56 * Math.Log(dose),
        ThermalProbit.Tno => -37.23 + 2.56 * Math.Log(dose),
        ThermalProbit.Lees => -29.02 + 1.99 * Math.Log(0.5 * dose),
        _ => throw new ArgumentOutOfRangeException(nameof(model)),
    };

    /// <summary>Probability of fatality Φ(Y − 5).</summary>
    public static double Probability(double probit) => NormalCdf(probit - 5);

    /// <summary>The standard normal distribution function (a Chebyshev fit of erfc, fractional error below 1.2e-7).</summary>
    public static double NormalCdf(double x) => 0.5 * Erfc(-x / Math.Sqrt(2));

    private static double Erfc(double x)
    {
        // Numerical Recipes erfcc (Chebyshev fit), fractional error below 1.2e-7 everywhere.
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}

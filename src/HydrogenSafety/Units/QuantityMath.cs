namespace HydrogenSafety.Units;

/// <summary>
/// Comparisons of canonical values with a tolerance, so that values converted from different units
/// compare as a person would expect (<c>25 ft == 7.62 m</c>).
/// </summary>
public static class QuantityMath
{
    /// <summary>Relative tolerance: values within one part in a billion of each other are equal.</summary>
    public const double RelativeTolerance = 1e-9;

    /// <summary>Absolute tolerance, for values at or near zero.</summary>
    public const double AbsoluteTolerance = 1e-12;

    /// <summary>
    /// <see langword="true"/> when <c>|a - b| &lt;= max(1e-12, 1e-9 × max(|a|, |b|))</c>. NaN equals nothing;
    /// an infinity equals only itself.
    /// </summary>
    public static bool ApproximatelyEqual(double a, double b)
    {
        if (a == b)
        {
            return true;
        }

        if (!double.IsFinite(a) || !double.IsFinite(b))
        {
            return false;
        }

        var tolerance = Math.Max(AbsoluteTolerance, RelativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b)));
        return Math.Abs(a - b) <= tolerance;
    }

    /// <summary>
    /// Compares with the tolerance of <see cref="ApproximatelyEqual"/>: 0 when approximately equal,
    /// otherwise negative when <paramref name="a"/> is less and positive when it is greater.
    /// NaN sorts before every number (as <see cref="double.CompareTo(double)"/>).
    /// </summary>
    public static int Compare(double a, double b) => ApproximatelyEqual(a, b) ? 0 : a.CompareTo(b);
}

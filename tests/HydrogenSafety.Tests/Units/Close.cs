namespace HydrogenSafety.Tests.Units;

/// <summary>Assertions on doubles with a stated relative tolerance.</summary>
internal static class Close
{
    /// <summary>Tolerance for factors that are exact by definition: only float rounding may differ.</summary>
    public const double Exact = 1e-12;

    public static void Within(double actual, double expected, double relative = Exact)
    {
        var tolerance = Math.Max(relative * Math.Abs(expected), 1e-15);
        actual.Should().BeApproximately(expected, tolerance);
    }
}

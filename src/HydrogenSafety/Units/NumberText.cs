using System.Globalization;

namespace HydrogenSafety.Units;

/// <summary>
/// Invariant text for a number: at most 10 significant digits, trailing zeros trimmed, and plain
/// positional notation (no exponent) for magnitudes from 1e-6 up to (not including) 1e15.
/// </summary>
internal static class NumberText
{
    private const double SmallestPlain = 1e-6;
    private const double LargestPlain = 1e15;

    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        // Rounding to 10 significant digits removes float noise such as 0.30000000000000004.
        var rounded = value.ToString("G10", CultureInfo.InvariantCulture);
        var magnitude = Math.Abs(double.Parse(rounded, NumberStyles.Float, CultureInfo.InvariantCulture));
        if (magnitude == 0)
        {
            return "0";
        }

        var exponentAt = rounded.IndexOf('E', StringComparison.Ordinal);
        return exponentAt < 0 || magnitude < SmallestPlain || magnitude >= LargestPlain
            ? rounded
            : Expand(rounded[..exponentAt], int.Parse(rounded.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    /// <summary>Writes <c>mantissa × 10^exponent</c> without an exponent, e.g. <c>1.5</c>, -5 → <c>0.000015</c>.</summary>
    private static string Expand(string mantissa, int exponent)
    {
        var negative = mantissa.StartsWith('-');
        var digits = mantissa.TrimStart('-').Replace(".", "", StringComparison.Ordinal);
        var pointAt = 1 + exponent; // position of the decimal point within digits
        string plain;
        if (pointAt <= 0)
        {
            plain = "0." + new string('0', -pointAt) + digits;
        }
        else if (pointAt >= digits.Length)
        {
            plain = digits + new string('0', pointAt - digits.Length);
        }
        else
        {
            plain = digits[..pointAt] + "." + digits[pointAt..];
        }

        if (plain.Contains('.', StringComparison.Ordinal))
        {
            plain = plain.TrimEnd('0').TrimEnd('.');
        }

        return negative ? "-" + plain : plain;
    }
}

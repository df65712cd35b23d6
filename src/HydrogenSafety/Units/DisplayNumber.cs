using System.Globalization;

namespace HydrogenSafety.Units;

/// <summary>
/// A number as an engineer writes it in a finding: a value the engineer wrote prints as written (up to 10
/// significant digits), a computed value (a distance from positions, a sum, a difference) with three
/// significant figures, never dropping a digit before the decimal point (<c>16.4924</c> → <c>16.5</c>,
/// <c>1622.4</c> → <c>1,622</c>). A computed value that rounding changed keeps its trailing zeros
/// (<c>16.996</c> → <c>17.0</c>), so a value shown as the limit but not equal to it is visible as such.
/// Thousands are grouped with commas from 1,000 up. Used for display only; comparisons use full precision.
/// </summary>
internal static class DisplayNumber
{
    private const int SignificantFigures = 3;

    /// <summary>The display text of <paramref name="value"/>.</summary>
    public static string Format(double value, bool computed)
    {
        if (!double.IsFinite(value))
        {
            return NumberText.Format(value);
        }

        var magnitude = Math.Abs(value);
        if (magnitude >= 1e15 || (magnitude > 0 && magnitude < 1e-6))
        {
            return NumberText.Format(value); // exponent form, as everywhere else
        }

        var text = computed ? Rounded(value) : NumberText.Format(value);
        return Group(text);
    }

    private static string Rounded(double value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude == 0)
        {
            return "0";
        }

        var order = (int)Math.Floor(Math.Log10(magnitude)); // 16.49 → 1, 0.5 → -1
        var decimals = Math.Clamp(SignificantFigures - 1 - order, 0, 12);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var exact = Math.Abs(rounded - value) <= 1e-9 * magnitude;
        var text = rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (exact && text.Contains('.', StringComparison.Ordinal))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return text == "-0" ? "0" : text;
    }

    /// <summary>Groups the integer digits of a plain number in threes (<c>12500.5</c> → <c>12,500.5</c>).</summary>
    private static string Group(string text)
    {
        if (text.Contains('E', StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        var negative = text.StartsWith('-');
        var body = negative ? text[1..] : text;
        var point = body.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? body : body[..point];
        if (integer.Length <= 3)
        {
            return text;
        }

        var grouped = new System.Text.StringBuilder(integer.Length + (integer.Length / 3));
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0)
            {
                grouped.Append(',');
            }

            grouped.Append(integer[i]);
        }

        if (point >= 0)
        {
            grouped.Append(body, point, body.Length - point);
        }

        return negative ? "-" + grouped : grouped.ToString();
    }
}

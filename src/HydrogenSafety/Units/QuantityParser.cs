using System.Globalization;

namespace HydrogenSafety.Units;

/// <summary>
/// Reads <c>NUMBER</c>, <c>NUMBER UNIT</c> (one plain space between) or <c>NUMBER%</c> / <c>NUMBER%LFL</c>.
/// The number is invariant: an optional sign, digits, an optional <c>.</c> and digits, an optional exponent.
/// </summary>
internal static class QuantityParser
{
    private const string SpaceHint = "write one space between the number and the unit, e.g. '3 m'";

    public static QuantityParseError? Parse(string text, out Quantity quantity)
    {
        quantity = default;
        var numberEnd = ScanNumber(text, out var error);
        if (error is not null)
        {
            return error;
        }

        var value = double.Parse(text.AsSpan(0, numberEnd), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            return QuantityParseError.Malformed(0, "the number is out of range");
        }

        if (numberEnd == text.Length)
        {
            quantity = new Quantity(value, Dimension.Dimensionless, "");
            return null;
        }

        var unitStart = FindUnit(text, numberEnd, out error);
        if (error is not null)
        {
            return error;
        }

        var unitText = text[unitStart..];
        if (!UnitCatalog.TryGet(unitText, out var unit))
        {
            return QuantityParseError.UnknownUnit(unitStart, unitText);
        }

        var canonical = unit.ToCanonical(value);
        if (!double.IsFinite(canonical))
        {
            return QuantityParseError.Malformed(0, "the number is out of range");
        }

        quantity = new Quantity(canonical, unit.Dimension, unit.Symbol);
        return null;
    }

    /// <returns>The offset just after the number.</returns>
    private static int ScanNumber(string text, out QuantityParseError? error)
    {
        error = null;
        var i = 0;
        if (i < text.Length && text[i] is '-' or '+')
        {
            i++;
        }

        var digitsStart = i;
        i = SkipDigits(text, i);
        if (i == digitsStart)
        {
            error = At(text, i) == '.'
                ? QuantityParseError.Malformed(i, "write a digit before the decimal point, e.g. 0.5")
                : QuantityParseError.Malformed(i, "expected a number, e.g. '87.5 MPa'");
            return i;
        }

        if (At(text, i) == '.')
        {
            var fractionStart = ++i;
            i = SkipDigits(text, i);
            if (i == fractionStart)
            {
                error = QuantityParseError.Malformed(i, "expected a digit after the decimal point");
                return i;
            }
        }

        if (At(text, i) is 'e' or 'E')
        {
            var exponentStart = i + 1;
            if (At(text, exponentStart) is '-' or '+')
            {
                exponentStart++;
            }

            var exponentEnd = SkipDigits(text, exponentStart);
            if (exponentEnd == exponentStart)
            {
                error = QuantityParseError.Malformed(i, $"expected digits in the exponent; {SpaceHint}");
                return i;
            }

            i = exponentEnd;
        }

        return i;
    }

    /// <returns>The offset where the unit starts; <paramref name="numberEnd"/> is inside the text.</returns>
    private static int FindUnit(string text, int numberEnd, out QuantityParseError? error)
    {
        error = null;
        var c = text[numberEnd];
        if (c == '%')
        {
            // 1% and 25%LFL are common enough to accept without the space.
            return numberEnd;
        }

        if (c != ' ')
        {
            error = QuantityParseError.Malformed(numberEnd, AfterNumber(text, numberEnd));
            return numberEnd;
        }

        var unitStart = numberEnd + 1;
        if (unitStart == text.Length)
        {
            error = QuantityParseError.Malformed(numberEnd, "expected a unit after the space, e.g. '3 m'");
        }
        else if (char.IsWhiteSpace(text[unitStart]))
        {
            error = QuantityParseError.Malformed(unitStart, "write exactly one space between the number and the unit");
        }
        else if (char.IsAsciiDigit(text[unitStart]))
        {
            error = QuantityParseError.Malformed(numberEnd, "a number may not contain spaces (no thousands separators)");
        }
        else if (char.IsWhiteSpace(text[^1]))
        {
            error = QuantityParseError.Malformed(text.Length - 1, "unexpected space at the end");
        }

        return unitStart;
    }

    private static string AfterNumber(string text, int offset) => text[offset] switch
    {
        ',' => "',' is not allowed in a number: use '.' as the decimal point and no thousands separators",
        '\'' or '_' => $"'{text[offset]}' is not allowed in a number (no digit separators)",
        'x' or 'X' when offset > 0 && text[offset - 1] == '0' => "hexadecimal numbers are not allowed",
        var c when char.IsWhiteSpace(c) => "separate the number and the unit with one plain space",
        var c => $"unexpected '{c}' after the number; {SpaceHint}",
    };

    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static char At(string text, int i) => i < text.Length ? text[i] : '\0';
}

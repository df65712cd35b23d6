using System.Globalization;

namespace HydrogenSafety.Yaml;

/// <summary>The plain-scalar forms HydrogenSafety recognises: yes/no words, ISO dates and plain numbers (invariant).</summary>
internal static class YamlValues
{
    /// <summary>YAML 1.2 core booleans: <c>true</c>/<c>True</c>/<c>TRUE</c> and the same for false.</summary>
    public static bool TryBool(string text, out bool value)
    {
        switch (text)
        {
            case "true" or "True" or "TRUE":
                value = true;
                return true;
            case "false" or "False" or "FALSE":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>An ISO 8601 calendar date, exactly <c>yyyy-MM-dd</c>.</summary>
    public static bool TryDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>True when the text has the shape of a date (four digits, dash, two, dash, two), valid or not.</summary>
    public static bool LooksLikeDate(string text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-'
        && text.Where((c, i) => i is not (4 or 7)).All(char.IsAsciiDigit);

    /// <summary>A plain decimal number: optional sign, digits, optional fraction and exponent (no NaN, infinity or hex).</summary>
    public static bool TryNumber(string text, out double value)
    {
        value = 0;
        if (text.Length == 0 || !(char.IsAsciiDigit(text[0]) || (text.Length > 1 && text[0] is '-' or '+' && (char.IsAsciiDigit(text[1]) || text[1] == '.')) || text[0] == '.'))
        {
            return false;
        }

        return text.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+' or 'e' or 'E')
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }
}

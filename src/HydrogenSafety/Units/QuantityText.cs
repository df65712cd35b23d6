using System.Diagnostics.CodeAnalysis;

namespace HydrogenSafety.Units;

/// <summary>
/// Quantities as text: <c>87.5 MPa</c>, <c>3 m</c>, <c>1 %</c>, <c>-40 degC</c>, <c>25 %LFL</c>, <c>1e3 kg</c>.
/// Always invariant (the decimal point is <c>.</c> whatever the thread culture; a comma is an error).
/// </summary>
/// <threadsafety static="true" />
public static class QuantityText
{
    /// <summary>
    /// Parses a number, optionally followed by exactly one space and a unit (<c>%</c> and <c>%LFL</c> may
    /// also follow the number directly: <c>1%</c>). A bare number is a <see cref="Dimension.Dimensionless"/>
    /// quantity; the caller decides whether a bare number is allowed. NaN, infinity, hexadecimal,
    /// thousands separators and surrounding spaces are rejected.
    /// </summary>
    /// <param name="text">The text, e.g. <c>87.5 MPa</c>.</param>
    /// <param name="quantity">The quantity in canonical units, with the unit as written (catalogue spelling).</param>
    /// <param name="error">Why and where the text is not a quantity, when this returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> when the text is a quantity.</returns>
    public static bool TryParse(string? text, out Quantity quantity, [NotNullWhen(false)] out QuantityParseError? error)
    {
        if (text is null)
        {
            quantity = default;
            error = QuantityParseError.Malformed(0, "expected a number, e.g. '87.5 MPa'");
            return false;
        }

        error = QuantityParser.Parse(text, out quantity);
        return error is null;
    }

    /// <summary>
    /// Invariant text of a canonical value in <paramref name="displayUnit"/>: at most 10 significant digits,
    /// trailing zeros trimmed, no exponent between 1e-6 and 1e15, e.g. <c>87.5 MPa</c>, <c>0.5 %</c>.
    /// A dimensionless value prints as the bare number.
    /// </summary>
    /// <param name="canonicalValue">The value in the canonical unit of the display unit's dimension.</param>
    /// <param name="displayUnit">The unit to print in.</param>
    public static string Format(double canonicalValue, Unit displayUnit)
    {
        ArgumentNullException.ThrowIfNull(displayUnit);
        var number = NumberText.Format(displayUnit.FromCanonical(canonicalValue));
        return displayUnit.Symbol.Length == 0 ? number : number + " " + displayUnit.Symbol;
    }
}

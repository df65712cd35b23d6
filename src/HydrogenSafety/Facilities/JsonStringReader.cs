using HydrogenSafety.Diagnostics;
using HydrogenSafety.Units;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Facilities;

/// <summary>
/// Types a free-form attribute's string in a JSON facility (<see cref="ValueSyntax.Json"/>): a date
/// (<c>"2024-01-01"</c>) or a quantity with a unit (<c>"5 m"</c>), as the same plain scalar is in YAML;
/// anything else is text. JSON writes numbers and true/false unquoted, so <c>"12"</c> and <c>"true"</c> stay text.
/// </summary>
internal static class JsonStringReader
{
    /// <summary>
    /// The string's value. Where YAML would report an error for a plain scalar (a date that does not exist, an
    /// unknown unit), the string stays text and a warning says so: in JSON there is no other way to write text.
    /// </summary>
    public static AttributeValue Read(YamlScalar scalar, string name, YamlReadContext context)
    {
        var text = scalar.Value;
        if (YamlValues.LooksLikeDate(text))
        {
            if (YamlValues.TryDate(text, out var date))
            {
                return AttributeValue.Of(date, scalar.Span);
            }

            context.Warning(DiagnosticCodes.InvalidValue, scalar.Span,
                $"`{name}: \"{text}\"` is not a valid date (yyyy-MM-dd) and is read as text");
            return AttributeValue.Of(text, scalar.Span);
        }

        if (QuantityText.TryParse(text, out var quantity, out var error))
        {
            return quantity.Dimension == Dimension.Dimensionless
                ? AttributeValue.Of(text, scalar.Span)
                : AttributeValue.Of(quantity, scalar.Span);
        }

        if (error.Kind == QuantityParseErrorKind.UnknownUnit && error.UnitText is { } unit && !unit.Any(char.IsWhiteSpace))
        {
            context.Warning(DiagnosticCodes.UnknownUnit, scalar.PositionAt(error.Offset),
                $"`{name}: \"{text}\"` is read as text: {error.Message}");
        }

        return AttributeValue.Of(text, scalar.Span);
    }
}

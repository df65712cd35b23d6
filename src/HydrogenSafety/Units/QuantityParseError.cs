namespace HydrogenSafety.Units;

/// <summary>Why <see cref="QuantityText.TryParse"/> rejected a text, and where.</summary>
/// <param name="Kind">Malformed text, or an unknown unit.</param>
/// <param name="Offset">
/// Zero-based offset in the parsed text of the problem: where the unit starts for
/// <see cref="QuantityParseErrorKind.UnknownUnit"/>, the first offending character otherwise. Add it to
/// the 1-based column of the text's first character to get the column of the problem.
/// </param>
/// <param name="Message">A ready human message, e.g. <c>unknown unit 'Mpa'; did you mean 'MPa'?</c>.</param>
/// <param name="UnitText">The unit as written, for <see cref="QuantityParseErrorKind.UnknownUnit"/>.</param>
/// <param name="Suggestion">The nearest catalogue symbol (<see cref="UnitCatalog.Suggest"/>), if any.</param>
public sealed record QuantityParseError(
    QuantityParseErrorKind Kind,
    int Offset,
    string Message,
    string? UnitText = null,
    string? Suggestion = null)
{
    internal static QuantityParseError Malformed(int offset, string message) =>
        new(QuantityParseErrorKind.Malformed, offset, message);

    internal static QuantityParseError UnknownUnit(int offset, string unitText)
    {
        var suggestion = UnitCatalog.Suggest(unitText);
        var message = suggestion is null
            ? $"unknown unit '{unitText}'"
            : $"unknown unit '{unitText}'; did you mean '{suggestion}'?";
        return new(QuantityParseErrorKind.UnknownUnit, offset, message, unitText, suggestion);
    }
}

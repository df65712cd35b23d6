namespace HydrogenSafety.Units;

/// <summary>Why a text is not a quantity.</summary>
public enum QuantityParseErrorKind
{
    /// <summary>The text is not a number optionally followed by one space and a unit.</summary>
    Malformed,
    /// <summary>The number is fine but the unit is not in the catalogue.</summary>
    UnknownUnit,
}

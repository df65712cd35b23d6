namespace HydrogenSafety.Facilities;

/// <summary>
/// How a facility description was written, which decides how a free-form attribute's quoted string is
/// typed. <see cref="JsonSyntax.Of"/> tells which one a document uses.
/// </summary>
internal enum ValueSyntax
{
    /// <summary>
    /// YAML: only plain (unquoted) scalars are typed (true/false, a date, a number, a quantity); a quoted
    /// scalar stays text, which is how an engineer writes text that looks like a number.
    /// </summary>
    Yaml,

    /// <summary>
    /// JSON: numbers and true/false are typed by JSON itself, and every other value is a double-quoted
    /// string, so a string that reads as a quantity with a unit (<c>"5 m"</c>) or as a date
    /// (<c>"2024-01-01"</c>) takes that type, as the same plain scalar would in YAML; any other string is text.
    /// </summary>
    Json,
}

using System.Text.Json.Serialization;

namespace HydrogenSafety.Evaluation;

/// <summary>
/// Why a requirement came out as it did: the expression, and for a comparison the values on both
/// sides; for a table lookup the table and the row used.
/// </summary>
/// <param name="Expression">The expression text (a requirement, or the comparison inside it).</param>
/// <param name="Left">The left value as printed, for a comparison.</param>
/// <param name="Operator">The comparison operator, e.g. <c>&gt;=</c>.</param>
/// <param name="Right">The right value as printed, for a comparison.</param>
/// <param name="Table">The table looked up, for a table row.</param>
/// <param name="Row">The row used, in words, for a table row.</param>
/// <remarks>
/// Serialized with System.Text.Json (say, returned from a web API), the fields that do not apply to an
/// entry are left out rather than written as <c>null</c>, as in the JSON report (SPEC §6): a true/false
/// sub-expression has only <c>expression</c> and <c>left</c>, a table row only <c>expression</c>,
/// <c>table</c> and <c>row</c>.
/// </remarks>
public sealed record Evidence(
    string Expression,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Left = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Operator = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Right = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Table = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Row = null);

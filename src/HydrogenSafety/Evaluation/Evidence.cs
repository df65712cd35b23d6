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
/// <param name="Statement">
/// The evidence in one sentence an inspector reads, in the input's unit: <c>expected ≥ 17 m, got 16.5 m: short by
/// 0.508 m</c>, <c>expected class2, got class1</c>, or for a table row <c>band up to 10,000 m3: class1 17 m</c>.
/// </param>
/// <param name="Required">For a comparison of quantities: the limit, in canonical units.</param>
/// <param name="Actual">For a comparison of quantities: the value compared with the limit, in canonical units.</param>
/// <param name="Shortfall">For a failed comparison of quantities: how far the value misses the limit (never negative), in canonical units.</param>
/// <param name="Margin">For a passed comparison of quantities: how far the value is inside the limit, in canonical units.</param>
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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Row = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Statement = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EvidenceQuantity? Required = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EvidenceQuantity? Actual = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EvidenceQuantity? Shortfall = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EvidenceQuantity? Margin = null)
{
    /// <summary>
    /// The structured form of <see cref="Statement"/>, from which a report in another language words it (null for
    /// evidence made outside the evaluator, whose statement then prints as it is).
    /// </summary>
    [JsonIgnore]
    internal EvidenceSentence? Sentence { get; init; }
}

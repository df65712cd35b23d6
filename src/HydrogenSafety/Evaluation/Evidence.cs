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
public sealed record Evidence(string Expression, string? Left = null, string? Operator = null, string? Right = null, string? Table = null, string? Row = null);

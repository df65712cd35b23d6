namespace HydrogenSafety.Evaluation;

/// <summary>A number of a piece of evidence in canonical units, as the JSON report writes it (<c>{ "value": 17, "unit": "m" }</c>).</summary>
/// <param name="Value">The value in the canonical unit, at full precision.</param>
/// <param name="Unit">The canonical unit's symbol (empty for a plain number).</param>
public sealed record EvidenceQuantity(double Value, string Unit);

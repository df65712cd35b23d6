namespace HydrogenSafety.Evaluation;

/// <summary>The outcome of one rule for one binding of its subjects (SPEC §4.2).</summary>
public enum Outcome
{
    /// <summary>The requirement holds.</summary>
    Pass,
    /// <summary>The requirement does not hold.</summary>
    Violation,
    /// <summary>A value needed to decide is missing; the finding lists what.</summary>
    Indeterminate,
    /// <summary>A violation or indeterminate covered by a valid waiver.</summary>
    Waived,
    /// <summary>The subjects matched but the rule's applicability was false.</summary>
    NotApplicable,
    /// <summary>Evaluating the rule failed for this binding.</summary>
    Error,
}

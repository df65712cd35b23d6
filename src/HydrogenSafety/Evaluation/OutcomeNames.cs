namespace HydrogenSafety.Evaluation;

/// <summary>The words the formats use for outcomes: pass, violation, indeterminate, waived, not_applicable, error.</summary>
public static class OutcomeNames
{
    /// <summary>The outcome's word.</summary>
    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "pass",
        Outcome.Violation => "violation",
        Outcome.Indeterminate => "indeterminate",
        Outcome.Waived => "waived",
        Outcome.NotApplicable => "not_applicable",
        _ => "error",
    };
}

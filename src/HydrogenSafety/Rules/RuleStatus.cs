namespace HydrogenSafety.Rules;

/// <summary>Whether a rule can fail a run.</summary>
public enum RuleStatus
{
    /// <summary>Violations fail a run (subject to <c>--fail-on</c>).</summary>
    Enforced,
    /// <summary>Reported, never fails a run.</summary>
    Advisory,
    /// <summary>Not loaded by default.</summary>
    Draft,
}

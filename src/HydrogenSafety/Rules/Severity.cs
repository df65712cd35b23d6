namespace HydrogenSafety.Rules;

/// <summary>How serious a violation of a rule is, lowest first.</summary>
public enum Severity
{
    /// <summary>For information.</summary>
    Info,
    /// <summary>Low.</summary>
    Low,
    /// <summary>Medium.</summary>
    Medium,
    /// <summary>High.</summary>
    High,
    /// <summary>Critical.</summary>
    Critical,
}

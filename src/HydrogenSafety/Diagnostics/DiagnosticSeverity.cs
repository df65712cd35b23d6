namespace HydrogenSafety.Diagnostics;

/// <summary>How serious a diagnostic is. Errors stop loading; warnings do not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something worth a look; loading goes on.</summary>
    Warning,
    /// <summary>The input is invalid; nothing of it is used.</summary>
    Error,
}

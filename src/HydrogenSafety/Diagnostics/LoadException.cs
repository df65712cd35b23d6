namespace HydrogenSafety.Diagnostics;

/// <summary>
/// Thrown when rules, facilities, profiles or waivers cannot be loaded. It carries every diagnostic
/// found (all errors of every file together); nothing of a broken input is ever used.
/// </summary>
public sealed class LoadException : Exception
{
    /// <summary>Creates the exception from the diagnostics found (at least one error).</summary>
    public LoadException(IEnumerable<Diagnostic> diagnostics)
        : base(BuildMessage(diagnostics.ToList()))
    {
        Diagnostics = diagnostics.ToList();
    }

    /// <summary>Creates an exception with a message only.</summary>
    public LoadException(string message) : base(message) => Diagnostics = [];

    /// <summary>Creates an exception with a message and a cause.</summary>
    public LoadException(string message, Exception innerException) : base(message, innerException) => Diagnostics = [];

    /// <summary>Creates an exception with no message.</summary>
    public LoadException() => Diagnostics = [];

    /// <summary>Every diagnostic found, errors and warnings, in file and position order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string BuildMessage(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var head = errors.Count == 1 ? "1 error" : $"{errors.Count} errors";
        return head + Environment.NewLine + string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
    }
}

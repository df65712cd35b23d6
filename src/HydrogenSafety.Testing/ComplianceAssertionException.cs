using HydrogenSafety.Evaluation;

namespace HydrogenSafety.Testing;

/// <summary>
/// Thrown by <see cref="ComplianceAssert"/> when an assertion fails. Every test framework reports an
/// exception from a test as a failure, so the helpers need none of them; the message lists the findings
/// that made the assertion fail (rule, subjects, message, evidence, citation, file and line).
/// </summary>
public sealed class ComplianceAssertionException : Exception
{
    /// <summary>Creates the exception with a message and the findings it is about.</summary>
    public ComplianceAssertionException(string message, IReadOnlyList<Finding> findings)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Findings = findings;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ComplianceAssertionException(string message) : base(message) => Findings = [];

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ComplianceAssertionException(string message, Exception innerException) : base(message, innerException) => Findings = [];

    /// <summary>Creates the exception with no message.</summary>
    public ComplianceAssertionException() => Findings = [];

    /// <summary>The findings that made the assertion fail (empty when none applies).</summary>
    public IReadOnlyList<Finding> Findings { get; }
}

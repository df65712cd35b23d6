namespace HydrogenSafety.Evaluation;

/// <summary>What an edit changed in a session's findings.</summary>
public sealed class FindingsChangedEventArgs : EventArgs
{
    internal FindingsChangedEventArgs(ComplianceReport report, IReadOnlyList<Finding> added, IReadOnlyList<Finding> removed)
    {
        Report = report;
        Added = added;
        Removed = removed;
    }

    /// <summary>The report after the edit.</summary>
    public ComplianceReport Report { get; }

    /// <summary>Findings that are new or whose outcome, message or evidence changed.</summary>
    public IReadOnlyList<Finding> Added { get; }

    /// <summary>Findings that no longer hold (the binding is gone or its finding changed).</summary>
    public IReadOnlyList<Finding> Removed { get; }
}

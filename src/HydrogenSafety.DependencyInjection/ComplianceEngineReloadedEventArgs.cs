using HydrogenSafety.Evaluation;

namespace HydrogenSafety.DependencyInjection;

/// <summary>A recompile replaced the engine.</summary>
public sealed class ComplianceEngineReloadedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="previous">The engine used before.</param>
    /// <param name="current">The engine used from now on.</param>
    public ComplianceEngineReloadedEventArgs(ComplianceEngine previous, ComplianceEngine current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        Previous = previous;
        Current = current;
    }

    /// <summary>The engine used before.</summary>
    public ComplianceEngine Previous { get; }

    /// <summary>The engine used from now on.</summary>
    public ComplianceEngine Current { get; }
}

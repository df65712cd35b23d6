using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.DependencyInjection;

/// <summary>
/// The compiled compliance engine as a service: a singleton that compiles the configured rules once.
/// Thread-safe. When rule folders are watched, a successful recompile replaces the engine atomically:
/// each call uses one engine from start to end, the one current when it began.
/// </summary>
public interface IComplianceEngine
{
    /// <summary>The engine in use now (a consistent snapshot for several calls).</summary>
    ComplianceEngine Current { get; }

    /// <summary>The rule set of the engine in use now.</summary>
    RuleSet Rules { get; }

    /// <summary>
    /// Raised on a background thread after a recompile replaced the engine. Sessions opened before keep
    /// the engine they were opened on; reopen them to follow the new rules.
    /// </summary>
    event EventHandler<ComplianceEngineReloadedEventArgs>? Reloaded;

    /// <summary>Evaluates one facility with the engine in use now. Thread-safe.</summary>
    ComplianceReport Evaluate(Facility facility);

    /// <summary>Opens a live, incremental session on a facility with the engine in use now. The session is not thread-safe.</summary>
    ComplianceSession OpenSession(Facility facility);
}

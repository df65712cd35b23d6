using HydrogenSafety.Compilation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Evaluation;

/// <summary>
/// A rule set compiled once into an NRules network. Thread-safe: any number of threads may call
/// <see cref="Evaluate(Facility)"/> at once; each evaluation opens its own NRules session.
/// </summary>
public sealed class ComplianceEngine
{
    private readonly CompiledRuleSet _compiled;

    private ComplianceEngine(RuleSet rules, EngineOptions options, CompiledRuleSet compiled)
    {
        Rules = rules;
        Options = options;
        _compiled = compiled;
    }

    /// <summary>The rule set the engine was built from.</summary>
    public RuleSet Rules { get; }

    /// <summary>The options the engine was built with.</summary>
    public EngineOptions Options { get; }

    /// <summary>The compiled NRules network and rule plans (for the benchmarks' floor measurement).</summary>
    internal CompiledRuleSet Compiled => _compiled;

    /// <summary>Compiles a rule set (tailored by <see cref="EngineOptions.Profile"/>, if given) into an engine.</summary>
    /// <exception cref="Diagnostics.LoadException">The profile cannot be found or does not fit the rules.</exception>
    public static ComplianceEngine Create(RuleSet rules, EngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        options ??= new EngineOptions();
        if (options.Profile is { } profile)
        {
            rules = rules.Tailor(Profiles.Profile.Resolve(profile, rules));
        }

        return new ComplianceEngine(rules, options, RuleSetCompiler.Compile(rules, options.PruneDistanceJoins));
    }

    /// <summary>Evaluates one facility into a report. Thread-safe.</summary>
    public ComplianceReport Evaluate(Facility facility)
    {
        ArgumentNullException.ThrowIfNull(facility);
        var asOf = Options.AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow);
        return FacilityEvaluator.Evaluate(_compiled, Rules, facility, asOf, Options, only: null);
    }

    /// <summary>
    /// Opens a live session on a facility for an inspection tool: edits through the session update the
    /// NRules session incrementally and the findings follow. The session is not thread-safe.
    /// </summary>
    public ComplianceSession OpenSession(Facility facility)
    {
        ArgumentNullException.ThrowIfNull(facility);
        var asOf = Options.AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow);
        return new ComplianceSession(new RuleSession(_compiled, Rules, Options, asOf, only: null, oneShot: false), facility);
    }

    /// <summary>Evaluates one rule only, whatever its jurisdiction, dates or status (for rule tests).</summary>
    internal ComplianceReport EvaluateOnly(Facility facility, string ruleId)
    {
        var asOf = Options.AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow);
        return FacilityEvaluator.Evaluate(_compiled, Rules, facility, asOf, Options, only: ruleId);
    }
}

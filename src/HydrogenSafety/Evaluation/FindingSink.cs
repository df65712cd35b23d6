using HydrogenSafety.Compilation;
using HydrogenSafety.Expressions.Runtime;
using HydrogenSafety.Evaluation.Facts;

namespace HydrogenSafety.Evaluation;

/// <summary>
/// Receives the activations of one NRules session and keeps one finding per rule and binding: an
/// activation records it, a reactivation (a fact changed) replaces it, a deactivation (the match is
/// gone) removes it. One per session, never shared between threads.
/// </summary>
internal sealed class FindingSink
{
    private readonly CompiledRuleSet _compiled;
    private readonly Dictionary<(string Rule, string Binding), (RulePlan Plan, Finding Finding)> _findings = [];

    private readonly bool _deferPassDetails;

    /// <param name="compiled">The compiled rules.</param>
    /// <param name="deferPassDetails">
    /// True for a one-shot evaluation: its facts never change after firing, so pass and not-applicable findings may
    /// render their message and evidence later. False for an incremental session (its aggregates change in place).
    /// </param>
    public FindingSink(CompiledRuleSet compiled, bool deferPassDetails)
    {
        _compiled = compiled;
        _deferPassDetails = deferPassDetails;
    }

    public IEnumerable<(RulePlan Plan, Finding Finding)> Findings => _findings.Values;

    /// <summary>
    /// One recorder for every activation of the session (they run one at a time): it is cleared before each
    /// requirement and what it collects is copied into the finding, so reusing it saves growing new lists per binding.
    /// </summary>
    private readonly EvidenceRecorder _recorder = new();

    /// <summary>Uncorrelated aggregate values of the current firing.</summary>
    public AggregateCache Cache { get; } = new();

    /// <summary>
    /// Action of a rule's main NRules rule (<paramref name="notApplicable"/> false: decide the binding's outcome) or of
    /// its not-applicable rule (true). The compiled action passes the matched facts directly, by declaration.
    /// </summary>
    public void Record(string ruleName, RulePlan plan, bool notApplicable, FacilityFact facility, ComponentFact[] subjects, IEnumerable<ComponentFact>[] aggregates)
    {
        var finding = notApplicable
            ? BindingEvaluator.NotApplicable(plan, new EvalFrame(facility, subjects, aggregates, null, Cache), _deferPassDetails)
            : BindingEvaluator.Evaluate(plan, new EvalFrame(facility, subjects, aggregates, _recorder, Cache), _deferPassDetails);
        _findings[(ruleName, BindingEvaluator.BindingKey(subjects))] = (plan, finding);
    }

    /// <summary>Action when a match disappears (an incremental session changed a fact).</summary>
    public void Forget(string ruleName, ComponentFact[] subjects) =>
        _findings.Remove((ruleName, BindingEvaluator.BindingKey(subjects)));

    /// <summary>Records an error outside any action (a condition that failed unexpectedly).</summary>
    public void RecordError(RulePlan plan, string message, Diagnostics.SourceSpan? location) =>
        _findings[(plan.MainRuleName, "!error")] = (plan, FindingFactory.RuleLevel(plan, Outcome.Error, message, location, error: message));

    /// <summary>Forgets errors recorded outside actions (before re-firing after a change).</summary>
    public void ClearErrors()
    {
        foreach (var key in _findings.Keys.Where(k => k.Binding == "!error").ToList())
        {
            _findings.Remove(key);
        }
    }
}

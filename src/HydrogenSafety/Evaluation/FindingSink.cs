using HydrogenSafety.Compilation;
using HydrogenSafety.Expressions.Runtime;
using HydrogenSafety.Evaluation.Facts;

namespace HydrogenSafety.Evaluation;

/// <summary>
/// Receives the activations of one NRules session and keeps one finding per rule and binding: an
/// activation records it, a reactivation (a fact changed) replaces it, a deactivation (the match is
/// gone) removes it. One per session, never shared between threads.
/// </summary>
internal sealed partial class FindingSink
{
    private readonly CompiledRuleSet _compiled;
    private readonly Dictionary<(string Rule, string Binding), (RulePlan Plan, Finding Finding)> _findings = [];

    /// <summary>
    /// A one-shot session's binding findings by plan index, in firing order. Its facts are all inserted before it fires
    /// once and actions change no fact, so each match fires exactly once (never reactivated or deactivated): no key is
    /// needed to replace or remove a finding, and the report takes the lists as they are. Null for an incremental session.
    /// </summary>
    private readonly List<Finding>?[]? _oneShot;

    private readonly bool _deferDetails;

    /// <summary>Keys of the errors recorded outside actions (so that clearing them needs no scan of every finding).</summary>
    private readonly HashSet<(string Rule, string Binding)> _errorKeys = [];

    /// <summary>
    /// For an incremental session: each key touched since <see cref="DrainChanges"/>, with what it held before the
    /// first touch (null when it held nothing). Null when changes are not tracked (one-shot evaluations).
    /// </summary>
    private Dictionary<(string Rule, string Binding), (RulePlan Plan, Finding Finding)?>? _changes;

    /// <param name="compiled">The compiled rules.</param>
    /// <param name="deferDetails">
    /// True for a one-shot evaluation: its facts never change after firing, so pass, not-applicable, violation and
    /// indeterminate findings may render their message and evidence later. False for an incremental session (its aggregates change in place).
    /// </param>
    public FindingSink(CompiledRuleSet compiled, bool deferDetails)
    {
        _compiled = compiled;
        _deferDetails = deferDetails;
        _oneShot = deferDetails ? new List<Finding>?[compiled.Plans.Count] : null;
    }

    /// <summary>Every finding held, with its rule's plan.</summary>
    public IEnumerable<(RulePlan Plan, Finding Finding)> Findings => _oneShot is null ? _findings.Values : OneShotFindings();

    private IEnumerable<(RulePlan Plan, Finding Finding)> OneShotFindings()
    {
        MakeSettledFindings();
        foreach (var plan in _compiled.Plans)
        {
            if (_oneShot![plan.Index] is { } list)
            {
                foreach (var finding in list)
                {
                    yield return (plan, finding);
                }
            }
        }

        foreach (var entry in _findings.Values)
        {
            yield return entry;
        }
    }

    /// <summary>The findings by plan index (a list per plan that has any), for building a report; the lists may be the sink's own.</summary>
    public List<Finding>?[] FindingsByPlan()
    {
        var byPlan = new List<Finding>?[_compiled.Plans.Count];
        MakeSettledFindings();
        if (_oneShot is { } oneShot)
        {
            oneShot.CopyTo(byPlan, 0);
        }

        foreach (var (plan, finding) in _findings.Values)
        {
            (byPlan[plan.Index] ??= []).Add(finding);
        }

        return byPlan;
    }

    /// <summary>Starts tracking which findings change (an incremental session); <see cref="DrainChanges"/> reads them.</summary>
    public void TrackChanges() => _changes ??= [];

    /// <summary>
    /// The findings replaced, added or removed since the last call: for each touched key, what it held before
    /// (<c>Old</c>) and what it holds now (<c>New</c>); either may be null. Pairs whose finding did not change are left out.
    /// </summary>
    public List<((RulePlan Plan, Finding Finding)? Old, (RulePlan Plan, Finding Finding)? New)> DrainChanges()
    {
        var result = new List<((RulePlan, Finding)?, (RulePlan, Finding)?)>();
        if (_changes is null)
        {
            return result;
        }

        foreach (var (key, old) in _changes)
        {
            (RulePlan Plan, Finding Finding)? now = _findings.TryGetValue(key, out var current) ? current : null;
            if (old is null && now is null)
            {
                continue;
            }

            if (old is { } o && now is { } n && ReferenceEquals(o.Finding, n.Finding))
            {
                continue;
            }

            result.Add((old, now));
        }

        _changes.Clear();
        return result;
    }

    private void Touch((string Rule, string Binding) key)
    {
        if (_changes is { } changes && !changes.ContainsKey(key))
        {
            changes[key] = _findings.TryGetValue(key, out var old) ? old : null;
        }
    }

    /// <summary>
    /// One recorder for every activation of the session (they run one at a time): it is cleared before each
    /// requirement and what it collects is copied into the finding, so reusing it saves growing new lists per binding.
    /// </summary>
    private readonly EvidenceRecorder _recorder = new();

    /// <summary>Uncorrelated aggregate values of the current firing.</summary>
    public AggregateCache Cache { get; } = new();

    /// <summary>
    /// Action of a rule's main NRules rule (<paramref name="notApplicable"/> false: decide the binding's outcome) or of
    /// its not-applicable rule (true). The compiled action passes the matched facts directly, by declaration;
    /// <paramref name="reactivated"/> is true when a fired match changed (an incremental session only).
    /// </summary>
    public void Record(string ruleName, RulePlan plan, bool notApplicable, bool reactivated, FacilityFact facility, ComponentFact[] subjects, IEnumerable<ComponentFact>[] aggregates)
    {
        if (reactivated && _oneShot is not null)
        {
            throw new InvalidOperationException("a one-shot session's match was reactivated: its facts changed after it fired");
        }

        var finding = notApplicable
            ? BindingEvaluator.NotApplicable(plan, new EvalFrame(facility, subjects, aggregates, null, Cache), _deferDetails)
            : BindingEvaluator.Evaluate(plan, new EvalFrame(facility, subjects, aggregates, _recorder, Cache), _deferDetails);
        if (_oneShot is { } oneShot)
        {
            (oneShot[plan.Index] ??= []).Add(finding);
            return;
        }

        var key = (ruleName, BindingEvaluator.BindingKey(subjects));
        Touch(key);
        _findings[key] = (plan, finding);
    }

    /// <summary>Action when a match disappears (an incremental session changed a fact).</summary>
    public void Forget(string ruleName, ComponentFact[] subjects)
    {
        if (_oneShot is not null)
        {
            throw new InvalidOperationException("a one-shot session's match was deactivated: its facts changed after it fired");
        }

        var key = (ruleName, BindingEvaluator.BindingKey(subjects));
        Touch(key);
        _findings.Remove(key);
    }

    /// <summary>Records an error outside any action (a condition that failed unexpectedly).</summary>
    public void RecordError(RulePlan plan, string message, Diagnostics.SourceSpan? location)
    {
        var key = (plan.MainRuleName, "!error");
        Touch(key);
        _errorKeys.Add(key);
        _findings[key] = (plan, FindingFactory.RuleLevel(plan, Outcome.Error, message, location, error: message));
    }

    /// <summary>Forgets errors recorded outside actions (before re-firing after a change).</summary>
    public void ClearErrors()
    {
        foreach (var key in _errorKeys)
        {
            Touch(key);
            _findings.Remove(key);
        }

        _errorKeys.Clear();
    }
}

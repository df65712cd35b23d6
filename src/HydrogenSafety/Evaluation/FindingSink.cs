using HydrogenSafety.Compilation;
using HydrogenSafety.Expressions.Runtime;
using NRules.RuleModel;

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

    public FindingSink(CompiledRuleSet compiled) => _compiled = compiled;

    public IEnumerable<(RulePlan Plan, Finding Finding)> Findings => _findings.Values;

    /// <summary>Uncorrelated aggregate values of the current firing.</summary>
    public AggregateCache Cache { get; } = new();

    /// <summary>Action of a rule's main NRules rule: decide the binding's outcome.</summary>
    public void Record(IContext ctx)
    {
        var plan = _compiled.PlanOf(ctx.Rule.Name);
        var finding = BindingEvaluator.Evaluate(plan, ctx.Match.Facts, Cache);
        _findings[(ctx.Rule.Name, finding.BindingKey)] = (plan, finding);
    }

    /// <summary>Action of a rule's not-applicable NRules rule.</summary>
    public void RecordNotApplicable(IContext ctx)
    {
        var plan = _compiled.PlanOf(ctx.Rule.Name);
        var finding = BindingEvaluator.NotApplicable(plan, ctx.Match.Facts, Cache);
        _findings[(ctx.Rule.Name, finding.BindingKey)] = (plan, finding);
    }

    /// <summary>Action when a match disappears (an incremental session changed a fact).</summary>
    public void Forget(IContext ctx)
    {
        var plan = _compiled.PlanOf(ctx.Rule.Name);
        _findings.Remove((ctx.Rule.Name, BindingEvaluator.BindingKey(plan, ctx.Match.Facts)));
    }

    /// <summary>Records an error outside any action (a condition that failed unexpectedly).</summary>
    public void RecordError(RulePlan plan, string message) =>
        _findings[(plan.MainRuleName, "!error")] = (plan, FindingFactory.RuleLevel(plan, Outcome.Error, message, error: message));

    /// <summary>Forgets errors recorded outside actions (before re-firing after a change).</summary>
    public void ClearErrors()
    {
        foreach (var key in _findings.Keys.Where(k => k.Binding == "!error").ToList())
        {
            _findings.Remove(key);
        }
    }
}

using HydrogenSafety.Compilation;
using NRules.RuleModel;

namespace HydrogenSafety.Evaluation;

/// <summary>
/// Receives the activations of one NRules session and turns each into a finding. One per session,
/// never shared between threads (an NRules session is single-threaded).
/// </summary>
internal sealed class FindingSink
{
    private readonly CompiledRuleSet _compiled;
    private readonly List<(RulePlan Plan, Finding Finding)> _findings = [];

    public FindingSink(CompiledRuleSet compiled) => _compiled = compiled;

    public IReadOnlyList<(RulePlan Plan, Finding Finding)> Findings => _findings;

    /// <summary>Action of a rule's main NRules rule: decide the binding's outcome.</summary>
    public void Record(IContext ctx)
    {
        var plan = _compiled.PlanOf(ctx.Rule.Name);
        _findings.Add((plan, BindingEvaluator.Evaluate(plan, ctx.Match.Facts)));
    }

    /// <summary>Action of a rule's not-applicable NRules rule.</summary>
    public void RecordNotApplicable(IContext ctx)
    {
        var plan = _compiled.PlanOf(ctx.Rule.Name);
        _findings.Add((plan, BindingEvaluator.NotApplicable(plan, ctx.Match.Facts)));
    }

    /// <summary>Records an error outside any action (a condition that failed unexpectedly).</summary>
    public void RecordError(RulePlan plan, string message) =>
        _findings.Add((plan, FindingFactory.RuleLevel(plan, Outcome.Error, message, error: message)));
}

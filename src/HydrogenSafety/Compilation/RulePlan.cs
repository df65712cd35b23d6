using HydrogenSafety.Expressions.Binding;
using HydrogenSafety.Expressions.Runtime;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Compilation;

/// <summary>
/// What an action needs to decide a binding's outcome: the rule, its position in the compiled set, and
/// compiled delegates for its subject filters, applicability, requirements and message placeholders.
/// </summary>
internal sealed class RulePlan
{
    public RulePlan(CheckedRule rule, int index, int selectionGroup)
    {
        Rule = rule;
        Index = index;
        SelectionGroup = selectionGroup;
        SubjectFilters = rule.SubjectFilters.Select(f => f is null ? null : FrameLeaves.Compile(f)).ToList();
        When = rule.When is null ? null : FrameLeaves.Compile(rule.When);
        Requirements = rule.Requirements.Select(r => (r.Text, FrameLeaves.Compile(r.Expression))).ToList();
        Message = rule.Message?.Parts.Select(p => p is BoundExpr e ? (object)FrameLeaves.Compile(e) : p).ToList();
    }

    public CheckedRule Rule { get; }

    public RuleDefinition Definition => Rule.Definition;

    /// <summary>Position in the compiled set; the facility fact's selection flags use it.</summary>
    public int Index { get; }

    /// <summary>
    /// Rules with the same selection inputs (status, jurisdictions, effective dates, profile) share a group,
    /// so that their "is this rule selected for this facility" condition is one shared NRules node.
    /// </summary>
    public int SelectionGroup { get; }

    public IReadOnlyList<Func<EvalFrame, Value>?> SubjectFilters { get; }

    public Func<EvalFrame, Value>? When { get; }

    public IReadOnlyList<(string Text, Func<EvalFrame, Value> Evaluate)> Requirements { get; }

    /// <summary>Literal strings and compiled placeholders, or null for the default message.</summary>
    public IReadOnlyList<object>? Message { get; }

    public string MainRuleName => Definition.Id;

    public string NotApplicableRuleName => Definition.Id + "#not-applicable";
}

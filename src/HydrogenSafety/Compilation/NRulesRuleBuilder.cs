using System.Linq.Expressions;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Expressions.Binding;
using HydrogenSafety.Expressions.Runtime;
using HydrogenSafety.Rules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace HydrogenSafety.Compilation;

/// <summary>
/// Builds the NRules rule definitions of one rule. Patterns: the facility, one per subject (kind as an
/// alpha condition, distinctness as beta conditions), one collect pattern per aggregate kind set. Each
/// conjunct of a subject's <c>where</c> and of <c>when</c> is its own condition ("not false", so that an
/// unknown still reaches the action, which reports it as indeterminate). A second rule matches the
/// bindings whose <c>when</c> is false, so that not-applicable bindings are counted by the network too.
/// </summary>
internal static class NRulesRuleBuilder
{
    public static IEnumerable<IRuleDefinition> Build(RulePlan plan)
    {
        yield return BuildOne(plan, notApplicable: false);
        if (plan.Rule.When is not null)
        {
            yield return BuildOne(plan, notApplicable: true);
        }
    }

    private static IRuleDefinition BuildOne(RulePlan plan, bool notApplicable)
    {
        var rule = plan.Rule;
        var definition = rule.Definition;
        var declarations = new RuleDeclarations(definition.Subjects.Select(s => s.Name).ToList(), rule.Slots.Count);
        var builder = new RuleBuilder();
        builder.Name(notApplicable ? plan.NotApplicableRuleName : plan.MainRuleName);
        builder.Description(definition.Title);

        var lhs = builder.LeftHandSide();
        // Pattern order: facility, the collect patterns, then the subjects. A collect depends on nothing but its own
        // kinds, so putting it first lets a condition over the facility and an aggregate (the OSHA rules' facility-wide
        // sum) run once per change of the collection instead of once per subject binding.
        var patterns = new List<PatternBuilder>();
        var patternOf = new int[declarations.Parameters.Count];
        var facility = lhs.Pattern(typeof(FacilityFact), RuleDeclarations.FacilityName);
        var f = declarations.Parameters[0];
        facility.Condition(Expression.Lambda(
            Expression.Call(f, typeof(FacilityFact).GetMethod(nameof(FacilityFact.IsSelected))!, Expression.Constant(plan.SelectionGroup)), f));
        if (definition.Subjects.Count >= 2)
        {
            // A join runs only where its candidate bindings are within JoinLimit (decided per facility).
            facility.Condition(Expression.Lambda(
                Expression.Call(f, typeof(FacilityFact).GetMethod(nameof(FacilityFact.IsJoinAllowed))!, Expression.Constant(plan.Index)), f));
        }
        patterns.Add(facility);

        foreach (var slot in rule.Slots)
        {
            var pattern = lhs.Pattern(typeof(IEnumerable<ComponentFact>), RuleDeclarations.AggregateName(slot.Index));
            var aggregate = pattern.Aggregate();
            aggregate.Collect();
            var item = aggregate.Pattern(typeof(ComponentFact), RuleDeclarations.AggregateName(slot.Index) + "$item");
            var x = Expression.Parameter(typeof(ComponentFact), item.Declaration.Name);
            if (!slot.AnyKind && KindTest(x, slot.Kinds) is { } kindTest)
            {
                item.Condition(Expression.Lambda(kindTest, x));
            }

            patternOf[1 + definition.Subjects.Count + slot.Index] = patterns.Count;
            patterns.Add(pattern);
        }

        // The conditions are translated before the subject patterns are added: a condition over subjects reads an
        // uncorrelated aggregate from a binding declaration, whose pattern must come before the subjects'.
        var requests = new List<(BoundExpr Expression, string Test)>();
        foreach (var filter in rule.SubjectFilters.Where(w => w is not null))
        {
            requests.AddRange(Conjuncts(filter!).Select(c => (c, nameof(Logic.NotFalse))));
        }

        if (rule.When is not null)
        {
            if (notApplicable)
            {
                requests.Add((rule.When, nameof(Logic.IsFalse)));
            }
            else
            {
                requests.AddRange(Conjuncts(rule.When).Select(c => (c, nameof(Logic.NotFalse))));
            }
        }

        var bindings = new AggregateBindings(declarations);
        var conditions = requests.Select(r => Translate(declarations, bindings, plan.Hazards, r.Expression, r.Test)).ToList();
        var positions = new List<int>(patternOf);
        foreach (var (aggregate, parameter) in bindings.Items)
        {
            var (body, used) = TranslateBody(declarations, null, plan.Hazards, aggregate);
            var binding = lhs.Pattern(typeof(Value), parameter.Name);
            binding.Binding().BindingExpression(Expression.Lambda(body, used.Select(u => declarations.Parameters[u])));
            positions.Add(patterns.Count);
            patterns.Add(binding);
        }

        for (var i = 0; i < definition.Subjects.Count; i++)
        {
            var subject = definition.Subjects[i];
            var pattern = lhs.Pattern(typeof(ComponentFact), subject.Name);
            var p = declarations.Parameters[1 + i];
            if (KindTest(p, subject.Kinds) is { } kindTest)
            {
                pattern.Condition(Expression.Lambda(kindTest, p));
            }

            for (var j = 0; j < i; j++)
            {
                var other = declarations.Parameters[1 + j];
                pattern.Condition(Expression.Lambda(
                    Expression.Call(typeof(FactAccess).GetMethod(nameof(FactAccess.Distinct))!, p, other), p, other));
            }

            positions[1 + i] = patterns.Count;
            patterns.Add(pattern);
        }

        foreach (var (lambda, used) in conditions)
        {
            patterns[used.Max(u => positions[u])].Condition(lambda);
        }

        var subjects = Expression.NewArrayInit(typeof(ComponentFact), declarations.Parameters.Skip(1).Take(declarations.SubjectCount));
        AddBindingActions(builder, plan, notApplicable ? plan.NotApplicableRuleName : plan.MainRuleName, notApplicable,
            declarations.Parameters.Take(1 + declarations.SubjectCount).ToList(), subjects, declarations.Parameters.Skip(1 + declarations.SubjectCount).ToList());
        return builder.Build();
    }

    /// <summary>
    /// The actions of a binding rule: <see cref="FindingSink.Record"/> on activation (reactivated false) and on
    /// reactivation (true), <see cref="FindingSink.Forget"/> on deactivation. The actions take the matched facts as
    /// parameters (NRules binds them by declaration name), so that no action asks the activation for its facts by name;
    /// the sink is the facility fact's (no dependency resolver, which NRules would call with a new resolution context on
    /// every activation).
    /// </summary>
    /// <param name="builder">The rule being built.</param>
    /// <param name="plan">The rule's plan.</param>
    /// <param name="ruleName">The NRules rule's name (the finding key's first part).</param>
    /// <param name="notApplicable">Whether the rule records not-applicable bindings.</param>
    /// <param name="matched">The facility declaration first, then the declarations the subjects are read from.</param>
    /// <param name="subjects">The subjects' component facts as an array, over <paramref name="matched"/>.</param>
    /// <param name="aggregates">The aggregate declarations, in slot order.</param>
    internal static void AddBindingActions(RuleBuilder builder, RulePlan plan, string ruleName, bool notApplicable,
        IReadOnlyList<ParameterExpression> matched, Expression subjects, IReadOnlyList<ParameterExpression> aggregates)
    {
        var ctx = Expression.Parameter(typeof(IContext), "ctx");
        var facility = matched[0];
        var sink = Expression.Property(facility, nameof(FacilityFact.Sink));
        var name = Expression.Constant(ruleName);
        // A rule without aggregates passes one shared empty array (a new zero-length array per firing is garbage).
        Expression aggregateArray = aggregates.Count == 0
            ? Expression.Constant(Array.Empty<IEnumerable<ComponentFact>>())
            : Expression.NewArrayInit(typeof(IEnumerable<ComponentFact>), aggregates);
        Expression Record(bool reactivated) => Expression.Call(sink, typeof(FindingSink).GetMethod(nameof(FindingSink.Record))!,
            name, Expression.Constant(plan), Expression.Constant(notApplicable), Expression.Constant(reactivated), facility, subjects, aggregateArray);
        var forget = Expression.Call(sink, typeof(FindingSink).GetMethod(nameof(FindingSink.Forget))!, name, subjects);
        var actions = builder.RightHandSide();
        actions.Action(Expression.Lambda(Record(reactivated: false), [ctx, .. matched, .. aggregates]), ActionTrigger.Activated);
        actions.Action(Expression.Lambda(Record(reactivated: true), [ctx, .. matched, .. aggregates]), ActionTrigger.Reactivated);
        actions.Action(Expression.Lambda(forget, [ctx, .. matched]), ActionTrigger.Deactivated);
    }

    /// <summary>Adds a condition to the last pattern (in pattern order) whose declaration it uses.</summary>
    internal static void AddCondition(List<PatternBuilder> patterns, int[] patternOf, RuleDeclarations declarations, Consequences.HazardCache hazards, BoundExpr expression, string test)
    {
        var (lambda, used) = Translate(declarations, null, hazards, expression, test);
        patterns[used.Max(u => patternOf[u])].Condition(lambda);
    }

    /// <summary>
    /// A condition's lambda and the declaration positions it uses. With <paramref name="bindings"/>, a condition over
    /// subjects reads its uncorrelated aggregates from binding declarations (added to <paramref name="bindings"/>); one
    /// over the facility and the collections alone computes them in place, as it runs once per change anyway.
    /// </summary>
    private static (LambdaExpression Lambda, IReadOnlyList<int> Used) Translate(RuleDeclarations declarations, AggregateBindings? bindings, Consequences.HazardCache hazards, BoundExpr expression, string test)
    {
        var (body, used) = TranslateBody(declarations, null, hazards, expression);
        if (bindings is not null && used.Any(u => u >= 1 && u <= declarations.SubjectCount) && HasUncorrelatedAggregate(expression))
        {
            (body, used) = TranslateBody(declarations, bindings, hazards, expression);
        }

        var predicate = Expression.Call(typeof(Logic).GetMethod(test)!, body);
        var parameter = bindings is null ? (Func<int, ParameterExpression>)(u => declarations.Parameters[u]) : bindings.Parameter;
        return (Expression.Lambda(predicate, used.Select(parameter)), used);
    }

    private static (Expression Body, IReadOnlyList<int> Used) TranslateBody(RuleDeclarations declarations, AggregateBindings? bindings, Consequences.HazardCache hazards, BoundExpr expression)
    {
        var leaves = new PatternLeaves(declarations, bindings);
        var body = new ExpressionTranslator(leaves, hazards).Translate(expression);
        return (body, leaves.Used.Count == 0 ? [0] : leaves.Used.ToList());
    }

    /// <summary>Whether an aggregate that names no subject occurs outside any aggregate's <c>where</c>.</summary>
    private static bool HasUncorrelatedAggregate(BoundExpr e) => e switch
    {
        BoundAggregate a => !Correlation.NamesASubject(a),
        BoundTableColumn t => HasUncorrelatedAggregate(t.Key),
        BoundUnary u => HasUncorrelatedAggregate(u.Operand),
        BoundArithmetic b => HasUncorrelatedAggregate(b.Left) || HasUncorrelatedAggregate(b.Right),
        BoundLogical l => HasUncorrelatedAggregate(l.Left) || HasUncorrelatedAggregate(l.Right),
        BoundComparison c => HasUncorrelatedAggregate(c.Left) || HasUncorrelatedAggregate(c.Right),
        BoundIn i => HasUncorrelatedAggregate(i.Value) || HasUncorrelatedAggregate(i.List),
        BoundBetween b => HasUncorrelatedAggregate(b.Value) || HasUncorrelatedAggregate(b.Low) || HasUncorrelatedAggregate(b.High),
        BoundList l => l.Items.Any(HasUncorrelatedAggregate),
        BoundMath m => m.Arguments.Any(HasUncorrelatedAggregate),
        BoundHazard h => HasUncorrelatedAggregate(h.Level) || (h.LeakFraction is { } f && HasUncorrelatedAggregate(f)),
        _ => false,
    };

    internal static Expression? KindTest(ParameterExpression component, IReadOnlyList<string> kinds)
    {
        if (kinds.Contains(SubjectDeclaration.AnyKind))
        {
            return null;
        }

        var kind = Expression.Property(component, nameof(ComponentFact.Kind));
        Expression? test = null;
        foreach (var k in kinds)
        {
            var equal = Expression.Equal(kind, Expression.Constant(k));
            test = test is null ? equal : Expression.OrElse(test, equal);
        }

        return test;
    }

    internal static IEnumerable<BoundExpr> Conjuncts(BoundExpr e) =>
        e is BoundLogical { Operator: "and" } and ? Conjuncts(and.Left).Concat(Conjuncts(and.Right)) : [e];
}

using System.Linq.Expressions;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Expressions.Runtime;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace HydrogenSafety.Compilation;

/// <summary>
/// Builds the NRules rules of a two-subject rule gated by distance (<see cref="ProximityGate"/>). Instead of one pattern
/// per subject (a nested-loop join over the two kinds), the subjects come from one <see cref="NearPairFact"/> pattern: the
/// pairs within the bound, or of unknown distance, worked out when the facility is inserted. The conditions are those of
/// <see cref="NRulesRuleBuilder"/>, read from the pair. A gate in <c>when</c> makes every other pair not applicable: a
/// third rule, over the rule's <see cref="FarPairsFact"/>, records them in one action.
/// </summary>
internal static class PrunedRuleBuilder
{
    public static IEnumerable<IRuleDefinition> Build(RulePlan plan, ProximityGate gate)
    {
        yield return BuildPairRule(plan, notApplicable: false);
        if (plan.Rule.When is not null)
        {
            yield return BuildPairRule(plan, notApplicable: true);
        }

        if (gate.InWhen)
        {
            yield return BuildFarRule(plan);
        }
    }

    /// <summary>
    /// The rules of a separation-gated rule (<see cref="SeparationGate"/>): the pair rules over the pairs the network decides,
    /// and one rule over each <see cref="SettledPairsFact"/> that records its pairs in one action.
    /// </summary>
    public static IEnumerable<IRuleDefinition> BuildSeparated(RulePlan plan)
    {
        yield return BuildPairRule(plan, notApplicable: false);
        if (plan.Rule.When is not null)
        {
            yield return BuildPairRule(plan, notApplicable: true);
        }

        yield return BuildSettledRule(plan);
    }

    /// <summary>The rule whose one activation records, in one action, the pairs a separation gate settled.</summary>
    private static IRuleDefinition BuildSettledRule(RulePlan plan) => BuildBulkRule(
        plan, plan.SettledRuleName, typeof(SettledPairsFact), nameof(SettledPairsFact.Relation), nameof(FindingSink.RecordSettled), nameof(FindingSink.ForgetSettled));

    private static IRuleDefinition BuildPairRule(RulePlan plan, bool notApplicable)
    {
        var rule = plan.Rule;
        var declarations = new RuleDeclarations(rule.Definition.Subjects.Select(s => s.Name).ToList(), rule.Slots.Count, pairMode: true);
        var ruleName = notApplicable ? plan.NotApplicableRuleName : plan.MainRuleName;
        var (builder, patterns, patternOf) = Start(plan, ruleName, declarations);
        var pair = builder.LeftHandSide().Pattern(typeof(NearPairFact), RuleDeclarations.PairName);
        var p = declarations.Parameters[1];
        pair.Condition(Expression.Lambda(Expression.Equal(Expression.Property(p, nameof(NearPairFact.Relation)), Expression.Constant(plan.Index)), p));
        patternOf[1] = patternOf[2] = patterns.Count;
        patterns.Add(pair);

        foreach (var filter in rule.SubjectFilters.Where(w => w is not null))
        {
            foreach (var conjunct in NRulesRuleBuilder.Conjuncts(filter!))
            {
                NRulesRuleBuilder.AddCondition(patterns, patternOf, declarations, plan.Hazards, conjunct, nameof(Logic.NotFalse));
            }
        }

        if (rule.When is not null)
        {
            if (notApplicable)
            {
                NRulesRuleBuilder.AddCondition(patterns, patternOf, declarations, plan.Hazards, rule.When, nameof(Logic.IsFalse));
            }
            else
            {
                foreach (var conjunct in NRulesRuleBuilder.Conjuncts(rule.When))
                {
                    NRulesRuleBuilder.AddCondition(patterns, patternOf, declarations, plan.Hazards, conjunct, nameof(Logic.NotFalse));
                }
            }
        }

        var subjects = Expression.Property(p, nameof(NearPairFact.Subjects));
        NRulesRuleBuilder.AddBindingActions(builder, plan, ruleName, notApplicable, [declarations.Parameters[0], p], subjects, Aggregates(declarations));
        return builder.Build();
    }

    /// <summary>The rule whose one activation records the far pairs of a rule gated in <c>when</c> as not applicable.</summary>
    private static IRuleDefinition BuildFarRule(RulePlan plan) => BuildBulkRule(
        plan, plan.FarNotApplicableRuleName, typeof(FarPairsFact), nameof(FarPairsFact.Relation), nameof(FindingSink.RecordFar), nameof(FindingSink.ForgetFar));

    /// <summary>
    /// A rule over one relation fact of this rule (its <paramref name="relationProperty"/> equal to the plan's index) whose
    /// activation hands the fact's pairs to the sink's <paramref name="record"/> method in one action, and whose deactivation
    /// calls <paramref name="forget"/> (with the fact too when that method takes it).
    /// </summary>
    private static IRuleDefinition BuildBulkRule(RulePlan plan, string ruleName, Type factType, string relationProperty, string record, string forget)
    {
        var rule = plan.Rule;
        var declarations = new RuleDeclarations(rule.Definition.Subjects.Select(s => s.Name).ToList(), rule.Slots.Count, pairMode: true);
        var (builder, _, _) = Start(plan, ruleName, declarations);
        var fact = Expression.Parameter(factType, "$bulk");
        builder.LeftHandSide().Pattern(factType, fact.Name)
            .Condition(Expression.Lambda(Expression.Equal(Expression.Property(fact, relationProperty), Expression.Constant(plan.Index)), fact));

        var ctx = Expression.Parameter(typeof(IContext), "ctx");
        var f = declarations.Parameters[0];
        var sink = Expression.Property(f, nameof(FacilityFact.Sink));
        var name = Expression.Constant(ruleName);
        var aggregateParameters = Aggregates(declarations);
        var aggregates = Expression.NewArrayInit(typeof(IEnumerable<ComponentFact>), aggregateParameters);
        var recordCall = Expression.Call(sink, typeof(FindingSink).GetMethod(record)!, name, Expression.Constant(plan), f, fact, aggregates);
        var forgetMethod = typeof(FindingSink).GetMethod(forget)!;
        var forgetTakesFact = forgetMethod.GetParameters().Length == 2;
        var forgetCall = forgetTakesFact ? Expression.Call(sink, forgetMethod, name, fact) : Expression.Call(sink, forgetMethod, name);
        var actions = builder.RightHandSide();
        actions.Action(Expression.Lambda(recordCall, [ctx, f, fact, .. aggregateParameters]), ActionTrigger.Activated | ActionTrigger.Reactivated);
        actions.Action(Expression.Lambda(forgetCall, forgetTakesFact ? [ctx, f, fact] : [ctx, f]), ActionTrigger.Deactivated);
        return builder.Build();
    }

    /// <summary>The rule's name, the facility pattern (selected, within the join limit) and the collect patterns, as <see cref="NRulesRuleBuilder"/> has them.</summary>
    private static (RuleBuilder Builder, List<PatternBuilder> Patterns, int[] PatternOf) Start(RulePlan plan, string ruleName, RuleDeclarations declarations)
    {
        var builder = new RuleBuilder();
        builder.Name(ruleName);
        builder.Description(plan.Definition.Title);
        var lhs = builder.LeftHandSide();
        var patterns = new List<PatternBuilder>();
        var patternOf = new int[declarations.Parameters.Count];
        var facility = lhs.Pattern(typeof(FacilityFact), RuleDeclarations.FacilityName);
        var f = declarations.Parameters[0];
        facility.Condition(Expression.Lambda(
            Expression.Call(f, typeof(FacilityFact).GetMethod(nameof(FacilityFact.IsSelected))!, Expression.Constant(plan.SelectionGroup)), f));
        facility.Condition(Expression.Lambda(
            Expression.Call(f, typeof(FacilityFact).GetMethod(nameof(FacilityFact.IsJoinAllowed))!, Expression.Constant(plan.Index)), f));
        patterns.Add(facility);
        foreach (var slot in plan.Rule.Slots)
        {
            var pattern = lhs.Pattern(typeof(IEnumerable<ComponentFact>), RuleDeclarations.AggregateName(slot.Index));
            var aggregate = pattern.Aggregate();
            aggregate.Collect();
            var item = aggregate.Pattern(typeof(ComponentFact), RuleDeclarations.AggregateName(slot.Index) + "$item");
            var x = Expression.Parameter(typeof(ComponentFact), item.Declaration.Name);
            if (!slot.AnyKind && NRulesRuleBuilder.KindTest(x, slot.Kinds) is { } kindTest)
            {
                item.Condition(Expression.Lambda(kindTest, x));
            }

            patternOf[1 + declarations.SubjectCount + slot.Index] = patterns.Count;
            patterns.Add(pattern);
        }

        return (builder, patterns, patternOf);
    }

    private static List<ParameterExpression> Aggregates(RuleDeclarations declarations) =>
        declarations.Parameters.Skip(1 + declarations.SubjectCount).ToList();
}

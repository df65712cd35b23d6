using HydrogenSafety.Rules;
using NRules;

namespace HydrogenSafety.Compilation;

/// <summary>Compiles a checked rule set into one NRules network (built once, shared by every evaluation).</summary>
internal static class RuleSetCompiler
{
    public static CompiledRuleSet Compile(RuleSet rules)
    {
        var plans = rules.Checked.Select((rule, index) => new RulePlan(rule, index)).ToList();
        var definitions = plans.SelectMany(NRulesRuleBuilder.Build).ToList();
        var factory = new RuleCompiler { ExpressionCompiler = FastCompiler.Instance }.Compile(definitions);
        return new CompiledRuleSet(factory, plans);
    }
}

using HydrogenSafety.Compilation;
using HydrogenSafety.Evaluation.Facts;

namespace HydrogenSafety.Evaluation;

/// <summary>The not-applicable far pairs of rules gated by distance in their <c>when</c> (<see cref="ProximityGate"/>).</summary>
internal sealed partial class FindingSink
{
    /// <summary>By far-pair rule name: the binding keys its last activation recorded.</summary>
    private readonly Dictionary<string, HashSet<string>> _farKeys = new(StringComparer.Ordinal);

    /// <summary>
    /// Action of a far-pair rule: records every far pair whose subject filters are not false as not applicable (its
    /// <c>when</c> is false there, as the gate is), exactly as the unpruned not-applicable rule would, and forgets the far
    /// pairs of the previous activation that are far no more.
    /// </summary>
    public void RecordFar(string ruleName, RulePlan plan, FacilityFact facility, FarPairsFact far, IEnumerable<ComponentFact>[] aggregates)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subjects in far.Pairs())
        {
            if (FiltersAllow(plan, facility, subjects, aggregates))
            {
                Record(ruleName, plan, notApplicable: true, reactivated: false, facility, subjects, aggregates);
                keys.Add(BindingEvaluator.BindingKey(subjects));
            }
        }

        if (_farKeys.TryGetValue(ruleName, out var previous))
        {
            foreach (var key in previous.Where(k => !keys.Contains(k)))
            {
                ForgetKey((ruleName, key));
            }
        }

        _farKeys[ruleName] = keys;
    }

    /// <summary>Action when the far-pair rule's match is gone (the rule no longer runs on the facility).</summary>
    public void ForgetFar(string ruleName)
    {
        if (_farKeys.Remove(ruleName, out var previous))
        {
            foreach (var key in previous)
            {
                ForgetKey((ruleName, key));
            }
        }
    }

    /// <summary>The subject filters as the unpruned rule's conditions read them: each not false (no cache, no evidence).</summary>
    private static bool FiltersAllow(RulePlan plan, FacilityFact facility, ComponentFact[] subjects, IEnumerable<ComponentFact>[] aggregates)
    {
        EvalFrame? frame = null;
        foreach (var filter in plan.SubjectFilters)
        {
            if (filter is not null && filter(frame ??= new EvalFrame(facility, subjects, aggregates, null, null)).IsFalse)
            {
                return false;
            }
        }

        return true;
    }

    private void ForgetKey((string Rule, string Binding) key)
    {
        Touch(key);
        _findings.Remove(key);
    }
}

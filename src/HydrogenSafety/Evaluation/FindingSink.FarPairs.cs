using HydrogenSafety.Compilation;
using HydrogenSafety.Evaluation.Facts;

namespace HydrogenSafety.Evaluation;

/// <summary>The not-applicable far pairs of rules gated by distance in their <c>when</c> (<see cref="ProximityGate"/>).</summary>
internal sealed partial class FindingSink
{
    /// <summary>By far-pair rule name: what its last activation read and recorded.</summary>
    private readonly Dictionary<string, FarState> _far = new(StringComparer.Ordinal);

    /// <summary>
    /// Action of a far-pair rule: records every far pair whose subject filters are not false as not applicable (its
    /// <c>when</c> is false there, as the gate is), exactly as the unpruned not-applicable rule would, and forgets the far
    /// pairs of the previous activation that are far no more. When the facility and the aggregates are the ones the previous
    /// activation read, a pair of the same component facts keeps its finding (it would render the same): moving one
    /// component re-records only the pairs that changed, as the unpruned rule's reactivations would.
    /// </summary>
    public void RecordFar(string ruleName, RulePlan plan, FacilityFact facility, FarPairsFact far, IEnumerable<ComponentFact>[] aggregates)
    {
        if (_changes is null)
        {
            // A one-shot evaluation fires once over facts that no longer change: nothing to compare with or forget later.
            foreach (var subjects in far.Pairs())
            {
                if (FiltersAllow(plan, facility, subjects, aggregates))
                {
                    Record(ruleName, plan, notApplicable: true, reactivated: false, facility, subjects, aggregates);
                }
            }

            return;
        }

        var snapshot = aggregates.Select(a => a.ToArray()).ToArray();
        _far.TryGetValue(ruleName, out var previous);
        var sameInputs = previous is not null && ReferenceEquals(previous.Facility, facility) && SameElements(previous.Aggregates, snapshot);
        var now = new FarState(facility, snapshot);
        foreach (var subjects in far.Pairs())
        {
            if (!FiltersAllow(plan, facility, subjects, aggregates))
            {
                continue;
            }

            var key = BindingEvaluator.BindingKey(subjects);
            now.Pairs[key] = (subjects[0], subjects[1]);
            if (sameInputs && previous!.Pairs.TryGetValue(key, out var was) && ReferenceEquals(was.First, subjects[0])
                && ReferenceEquals(was.Second, subjects[1]) && _findings.ContainsKey((ruleName, key)))
            {
                continue;
            }

            Record(ruleName, plan, notApplicable: true, reactivated: false, facility, subjects, aggregates);
        }

        if (previous is not null)
        {
            foreach (var key in previous.Pairs.Keys.Where(k => !now.Pairs.ContainsKey(k)))
            {
                ForgetKey((ruleName, key));
            }
        }

        _far[ruleName] = now;
    }

    /// <summary>Action when the far-pair rule's match is gone (the rule no longer runs on the facility).</summary>
    public void ForgetFar(string ruleName)
    {
        if (_far.Remove(ruleName, out var previous))
        {
            foreach (var key in previous.Pairs.Keys)
            {
                ForgetKey((ruleName, key));
            }
        }
    }

    private static bool SameElements(ComponentFact[][] a, ComponentFact[][] b) =>
        a.Length == b.Length && a.Zip(b).All(p => p.First.Length == p.Second.Length && p.First.Zip(p.Second).All(q => ReferenceEquals(q.First, q.Second)));

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

    /// <summary>The inputs and the recorded pairs of one far-pair activation.</summary>
    private sealed class FarState(FacilityFact facility, ComponentFact[][] aggregates)
    {
        public FacilityFact Facility { get; } = facility;

        public ComponentFact[][] Aggregates { get; } = aggregates;

        public Dictionary<string, (ComponentFact First, ComponentFact Second)> Pairs { get; } = new(StringComparer.Ordinal);
    }
}

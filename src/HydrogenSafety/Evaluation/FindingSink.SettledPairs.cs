using HydrogenSafety.Compilation;
using HydrogenSafety.Evaluation.Facts;

namespace HydrogenSafety.Evaluation;

/// <summary>The settled pairs of rules with a separation gate (<see cref="SeparationGate"/>), recorded in bulk.</summary>
internal sealed partial class FindingSink
{
    /// <summary>By settled-pairs rule name and near component id: what its last activation read and recorded.</summary>
    private readonly Dictionary<(string Rule, string Near), SettledState> _settled = [];

    /// <summary>
    /// Action of a settled-pairs rule: records each pair of the fact as the unpruned rule would, a pass (a deferred
    /// one in a one-shot evaluation, as the binding evaluator gives for a binding whose requirements are all true) or
    /// not applicable, and evaluates each of its <see cref="SettledPairsFact.Evaluated"/> pairs as the main rule's action
    /// would (in a one-shot session the settled pairs' findings are made when read, see
    /// <see cref="_settledBlocks"/>). In an open session a pair of the same component facts, under the same facility and aggregates and with the
    /// same outcome (or evaluated again), keeps its finding; the pairs of the previous activation that are gone are forgotten.
    /// </summary>
    public void RecordSettled(string ruleName, RulePlan plan, FacilityFact facility, SettledPairsFact settled, IEnumerable<ComponentFact>[] aggregates)
    {
        if (_oneShot is not null)
        {
            if (settled.Others.Length > 0)
            {
                _settledBlocks.Add((plan, new BindingContext(facility, aggregates, settled), settled.Others, settled.NotApplicable ? Outcome.NotApplicable : Outcome.Pass));
            }

            foreach (var subjects in settled.Evaluated)
            {
                Record(ruleName, plan, notApplicable: false, reactivated: false, facility, subjects, aggregates);
            }

            return;
        }

        var snapshot = aggregates.Select(a => a.ToArray()).ToArray();
        var id = (ruleName, settled.Near.Id);
        _settled.TryGetValue(id, out var previous);
        var sameInputs = previous is not null && ReferenceEquals(previous.Facility, facility) && previous.NotApplicable == settled.NotApplicable
            && SameElements(previous.Aggregates, snapshot);
        Dictionary<string, (ComponentFact[] Subjects, string Key, bool Evaluated)>? old = null;
        if (previous is not null)
        {
            old = new Dictionary<string, (ComponentFact[], string, bool)>(previous.Pairs.Count, StringComparer.Ordinal);
            foreach (var entry in previous.Pairs)
            {
                old[entry.Key] = entry;
            }
        }

        var now = new SettledState(facility, snapshot, settled.NotApplicable);
        foreach (var (list, evaluated) in new (IEnumerable<ComponentFact[]> Pairs, bool Evaluated)[] { (settled.Others.Select(settled.Pair), false), (settled.Evaluated, true) })
        {
            foreach (var subjects in list)
            {
                var key = BindingEvaluator.BindingKey(subjects);
                now.Pairs.Add((subjects, key, evaluated));
                if (old is not null && old.Remove(key, out var was) && sameInputs && was.Evaluated == evaluated && ReferenceEquals(was.Subjects[0], subjects[0])
                    && ReferenceEquals(was.Subjects[1], subjects[1]) && _findings.ContainsKey((ruleName, key)))
                {
                    continue;
                }

                Record(ruleName, plan, settled.NotApplicable && !evaluated, reactivated: false, facility, subjects, aggregates);
            }
        }

        if (old is not null)
        {
            foreach (var key in old.Keys)
            {
                ForgetKey((ruleName, key));
            }
        }

        _settled[id] = now;
    }

    /// <summary>
    /// A one-shot session's settled pairs (passes or not applicable, decided without evaluation), made into findings only
    /// when the findings are read after firing (<see cref="MakeSettledFindings"/>): they are the same findings, but made
    /// last they are not carried through the collections of the whole firing.
    /// </summary>
    private readonly List<(RulePlan Plan, BindingContext Context, ComponentFact[] Others, Outcome Outcome)> _settledBlocks = [];

    /// <summary>Adds the findings of the settled pairs recorded so far to their plans' one-shot lists.</summary>
    private void MakeSettledFindings()
    {
        if (_settledBlocks.Count == 0 || _oneShot is not { } oneShot)
        {
            return;
        }

        var added = new int[oneShot.Length];
        foreach (var block in _settledBlocks)
        {
            added[block.Plan.Index] += block.Others.Length;
        }

        for (var i = 0; i < added.Length; i++)
        {
            if (added[i] > 0)
            {
                var list = oneShot[i] ??= [];
                list.EnsureCapacity(list.Count + added[i]);
            }
        }

        foreach (var (plan, context, others, outcome) in _settledBlocks)
        {
            var list = oneShot[plan.Index]!;
            foreach (var other in others)
            {
                list.Add(FindingFactory.DeferredPair(plan, context, other, outcome));
            }
        }

        _settledBlocks.Clear();
    }

    /// <summary>Action when a settled-pairs fact's match is gone: forgets the pairs it recorded.</summary>
    public void ForgetSettled(string ruleName, SettledPairsFact settled)
    {
        if (_settled.Remove((ruleName, settled.Near.Id), out var previous))
        {
            foreach (var (_, key, _) in previous.Pairs)
            {
                ForgetKey((ruleName, key));
            }
        }
    }

    /// <summary>The inputs and the recorded pairs of one settled-pairs activation.</summary>
    private sealed class SettledState(FacilityFact facility, ComponentFact[][] aggregates, bool notApplicable)
    {
        public FacilityFact Facility { get; } = facility;

        public ComponentFact[][] Aggregates { get; } = aggregates;

        public bool NotApplicable { get; } = notApplicable;

        public List<(ComponentFact[] Subjects, string Key, bool Evaluated)> Pairs { get; } = [];
    }
}

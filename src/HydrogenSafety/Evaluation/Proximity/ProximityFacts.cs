using HydrogenSafety.Compilation;
using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Rules;
using NRules;

namespace HydrogenSafety.Evaluation.Proximity;

/// <summary>
/// The relation facts of one session's distance-gated rules (<see cref="ProximityGate"/>): for each, a
/// <see cref="NearPairFact"/> per near pair and, for a gate in <c>when</c>, one <see cref="FarPairsFact"/>. After the
/// component facts change, <see cref="Apply"/> works the pairs out again and inserts, updates and retracts only the
/// facts that differ (a moved component gains and loses pairs; a changed one updates the pairs it is in). A rule none of
/// whose candidates came, went or changed (by kind, before and after) is not worked out again. One per session.
/// </summary>
internal sealed class ProximityFacts
{
    private readonly IReadOnlyList<(RulePlan Plan, ProximityGate Gate)> _gated;
    private readonly Dictionary<int, Dictionary<(string, string), NearPairFact>> _near = [];
    private readonly Dictionary<int, FarPairsFact> _far = [];
    private readonly IReadOnlyList<(RulePlan Plan, SeparationGate Gate)> _separated;
    private readonly Dictionary<int, Dictionary<string, SettledPairsFact>> _settled = [];

    /// <summary>Per separation-gated rule: the facility and candidates its facts were last worked out from.</summary>
    private readonly Dictionary<int, (FacilityFact Facility, List<ComponentFact> First, List<ComponentFact> Second)> _separatedInputs = [];

    /// <summary>The facility and components (facility order) of the last application, and which rules ran on it.</summary>
    private FacilityFact? _lastFacility;
    private IReadOnlyList<ComponentFact>? _lastComponents;
    private readonly Dictionary<int, bool> _lastRuns = [];

    public ProximityFacts(CompiledRuleSet compiled)
    {
        _gated = compiled.Plans.Where(p => compiled.GateOf(p) is not null).Select(p => (p, compiled.GateOf(p)!)).ToList();
        _separated = compiled.Plans.Where(p => compiled.SeparationOf(p) is not null).Select(p => (p, compiled.SeparationOf(p)!)).ToList();
    }

    /// <summary>Whether any rule of the compiled set is gated (otherwise there is nothing to do).</summary>
    public bool Any => _gated.Count > 0 || _separated.Count > 0;

    /// <summary>
    /// Brings the relation facts in line with <paramref name="components"/> (facility order). A rule that is not run on this
    /// facility (<paramref name="runs"/> false: not selected, or over the join limit) keeps no facts.
    /// </summary>
    public void Apply(ISession session, FacilityFact facility, IReadOnlyList<ComponentFact> components, Func<int, bool> runs)
    {
        var insert = new List<object>();
        var update = new List<object>();
        var retract = new List<object>();
        // A rule's facts depend on the facility, whether it runs and its two candidate lists only. When the facility fact
        // is the same and every component that came, went or changed is of neither subject's kinds (before and after),
        // the candidate lists are the same facts in the same order and the rule's facts stay as they are.
        var changedKinds = ChangedKinds(facility, components);
        bool Untouched(RulePlan plan, bool running) =>
            changedKinds is not null && _lastRuns.TryGetValue(plan.Index, out var ran) && ran == running
            && plan.Definition.Subjects.All(s => !s.Kinds.Contains(SubjectDeclaration.AnyKind) && !s.Kinds.Any(changedKinds.Contains));
        // Many gated rules pair the same kinds: each kind list is worked out once per application and shared (read only).
        var byKinds = new Dictionary<string, List<ComponentFact>>(StringComparer.Ordinal);
        List<ComponentFact> CandidatesOf(SubjectDeclaration subject)
        {
            var key = string.Join('\u001f', subject.Kinds);
            if (!byKinds.TryGetValue(key, out var list))
            {
                list = ProximityRelation.Candidates(subject, components);
                byKinds[key] = list;
            }

            return list;
        }

        foreach (var (plan, gate) in _gated)
        {
            var k = plan.Index;
            var running = runs(k);
            if (Untouched(plan, running))
            {
                continue;
            }

            _lastRuns[k] = running;
            var old = _near.GetValueOrDefault(k) ?? [];
            var now = new Dictionary<(string, string), NearPairFact>();
            List<ComponentFact> first = [], second = [];
            if (running)
            {
                first = CandidatesOf(plan.Definition.Subjects[0]);
                second = CandidatesOf(plan.Definition.Subjects[1]);
                foreach (var (a, b) in ProximityRelation.NearPairs(gate, first, second, facility))
                {
                    var key = (a.Id, b.Id);
                    if (old.TryGetValue(key, out var kept) && ReferenceEquals(kept.First, a) && ReferenceEquals(kept.Second, b))
                    {
                        now[key] = kept;
                        continue;
                    }

                    var fact = new NearPairFact(k, a, b);
                    now[key] = fact;
                    (old.ContainsKey(key) ? update : insert).Add(fact);
                }
            }

            retract.AddRange(old.Where(o => !now.ContainsKey(o.Key)).Select(o => (object)o.Value));
            _near[k] = now;
            if (gate.InWhen)
            {
                var far = new FarPairsFact(k, first, second, [.. now.Keys]);
                if (!_far.TryGetValue(k, out var was))
                {
                    insert.Add(far);
                    _far[k] = far;
                }
                else if (!was.SameAs(far))
                {
                    update.Add(far);
                    _far[k] = far;
                }
            }
        }

        foreach (var (plan, gate) in _separated)
        {
            var k = plan.Index;
            var running = runs(k);
            if (Untouched(plan, running))
            {
                continue;
            }

            _lastRuns[k] = running;
            var oldNear = _near.GetValueOrDefault(k) ?? [];
            var oldSettled = _settled.GetValueOrDefault(k) ?? [];
            var near = new Dictionary<(string, string), NearPairFact>();
            var settled = new Dictionary<string, SettledPairsFact>(StringComparer.Ordinal);
            if (running)
            {
                var first = CandidatesOf(plan.Definition.Subjects[0]);
                var second = CandidatesOf(plan.Definition.Subjects[1]);
                // The pairs depend on the facility and the two candidate lists only: when they are the same facts, so are the pairs.
                if (_separatedInputs.TryGetValue(k, out var last) && ReferenceEquals(last.Facility, facility) && SameFacts(last.First, first) && SameFacts(last.Second, second))
                {
                    continue;
                }

                _separatedInputs[k] = (facility, first, second);
                var (open, bulk) = SettledPairs.Split(plan, gate, first, second, facility);
                foreach (var (a, b) in open)
                {
                    var key = (a.Id, b.Id);
                    if (oldNear.TryGetValue(key, out var kept) && ReferenceEquals(kept.First, a) && ReferenceEquals(kept.Second, b))
                    {
                        near[key] = kept;
                        continue;
                    }

                    var fact = new NearPairFact(k, a, b);
                    near[key] = fact;
                    (oldNear.ContainsKey(key) ? update : insert).Add(fact);
                }

                foreach (var (a, notApplicable, others, evaluated) in bulk)
                {
                    var fact = new SettledPairsFact(k, a, gate.Near == 0, notApplicable, others, evaluated);
                    if (oldSettled.TryGetValue(a.Id, out var was))
                    {
                        if (was.SameAs(fact))
                        {
                            settled[a.Id] = was;
                            continue;
                        }

                        update.Add(fact);
                    }
                    else
                    {
                        insert.Add(fact);
                    }

                    settled[a.Id] = fact;
                }
            }
            else
            {
                _separatedInputs.Remove(k);
            }

            retract.AddRange(oldNear.Where(o => !near.ContainsKey(o.Key)).Select(o => (object)o.Value));
            retract.AddRange(oldSettled.Where(o => !settled.ContainsKey(o.Key)).Select(o => (object)o.Value));
            _near[k] = near;
            _settled[k] = settled;
        }

        _lastFacility = facility;
        _lastComponents = components;
        if (retract.Count > 0)
        {
            session.RetractAll(retract);
        }

        if (update.Count > 0)
        {
            session.UpdateAll(update);
        }

        if (insert.Count > 0)
        {
            session.InsertAll(insert);
        }
    }

    /// <summary>
    /// The kinds (before and after) of the components that came, went or were replaced since the last application; null
    /// when every rule must be worked out again (first application, another facility fact, or the others reordered).
    /// </summary>
    private HashSet<string>? ChangedKinds(FacilityFact facility, IReadOnlyList<ComponentFact> components)
    {
        if (_lastComponents is not { } last || !ReferenceEquals(_lastFacility, facility))
        {
            return null;
        }

        var before = new HashSet<ComponentFact>(last, ReferenceEqualityComparer.Instance);
        var after = new HashSet<ComponentFact>(components, ReferenceEqualityComparer.Instance);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in last)
        {
            if (!after.Contains(c))
            {
                kinds.Add(c.Kind);
            }
        }

        foreach (var c in components)
        {
            if (!before.Contains(c))
            {
                kinds.Add(c.Kind);
            }
        }

        // The facts in both must keep their order, or a candidate list could be the same facts in another order.
        var i = 0;
        foreach (var c in components)
        {
            if (!before.Contains(c))
            {
                continue;
            }

            while (i < last.Count && !after.Contains(last[i]))
            {
                i++;
            }

            if (i == last.Count || !ReferenceEquals(last[i], c))
            {
                return null;
            }

            i++;
        }

        return kinds;
    }

    private static bool SameFacts(List<ComponentFact> a, List<ComponentFact> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!ReferenceEquals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }
}

using HydrogenSafety.Compilation;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Evaluation;

/// <summary>
/// The report of an incremental session, kept up to date from the findings the sink re-decided instead of being
/// rebuilt: the findings stay in one array in report order (<see cref="FindingOrder"/>, a total order), and an edit
/// removes the replaced findings and inserts the new ones by binary search and block copies; the per-rule counts
/// change by the same findings. The result equals <see cref="FacilityEvaluator.BuildReport"/> of the same sink.
/// It is used only while the selection, the join limits and the waivers leave nothing to redo across the whole report
/// (no waiver applies to the facility); otherwise the session rebuilds the report in full and starts again from it.
/// </summary>
internal sealed class IncrementalReport
{
    private const int OutcomeKinds = 6;

    private readonly CompiledRuleSet _compiled;
    private readonly bool[] _selected;
    private readonly bool[] _joinAllowed;
    private readonly int[] _sinkCount;
    private readonly int[] _bindings;
    private readonly int[] _outcomes;
    private readonly Finding?[] _placeholder;
    private readonly int[] _resultPosition;
    private readonly RuleResult[] _results;
    private Finding[] _sorted;

    private IncrementalReport(CompiledRuleSet compiled, bool[] selected, bool[] joinAllowed, ComplianceReport report)
    {
        _compiled = compiled;
        _selected = selected;
        _joinAllowed = joinAllowed;
        var plans = compiled.Plans.Count;
        _sinkCount = new int[plans];
        _bindings = new int[plans];
        _outcomes = new int[plans * OutcomeKinds];
        _placeholder = new Finding?[plans];
        _resultPosition = new int[plans];
        _results = report.RuleResults.ToArray();
        _sorted = report.Findings.ToArray();
        Report = report;
    }

    /// <summary>The report as it is now.</summary>
    public ComplianceReport Report { get; private set; }

    /// <summary>
    /// Starts from a report built in full, or returns null when the report cannot be kept incrementally
    /// (waivers apply, or two rules share an id).
    /// </summary>
    public static IncrementalReport? From(CompiledRuleSet compiled, Facility facility, bool[] selected, bool[] joinAllowed, FindingSink sink, EngineOptions options, ComplianceReport report)
    {
        if (WaiversMayApply(facility, options))
        {
            return null;
        }

        var planById = new Dictionary<string, RulePlan>(StringComparer.Ordinal);
        foreach (var plan in compiled.Plans)
        {
            if (!planById.TryAdd(plan.Definition.Id, plan))
            {
                return null;
            }
        }

        var state = new IncrementalReport(compiled, selected, joinAllowed, report);
        Array.Fill(state._resultPosition, -1);
        for (var i = 0; i < state._results.Length; i++)
        {
            state._resultPosition[planById[state._results[i].RuleId].Index] = i;
        }

        foreach (var (plan, finding) in sink.Findings)
        {
            if (state.Counts(plan))
            {
                state._sinkCount[plan.Index]++;
                if (CountsAsBinding(plan, finding))
                {
                    state._bindings[plan.Index]++;
                }
            }
        }

        foreach (var finding in state._sorted)
        {
            var plan = planById[finding.RuleId];
            state._outcomes[(plan.Index * OutcomeKinds) + (int)finding.Outcome]++;
            if (state.Counts(plan) && state._sinkCount[plan.Index] == 0)
            {
                state._placeholder[plan.Index] = finding;
            }
        }

        return state;
    }

    /// <summary>True when a waiver of the facility or of the run may cover one of its findings.</summary>
    public static bool WaiversMayApply(Facility facility, EngineOptions options) =>
        !options.IgnoreWaivers && (facility.Waivers.Count > 0 || options.Waivers.Count > 0);

    /// <summary>
    /// Applies the sink's changes since the last report. Returns the findings that left and entered the report, or
    /// null when the state does not fit them (then the caller rebuilds in full).
    /// </summary>
    public (List<Finding> Removed, List<Finding> Added)? Apply(Facility facility, List<((RulePlan Plan, Finding Finding)? Old, (RulePlan Plan, Finding Finding)? New)> changes)
    {
        var removed = new List<Finding>();
        var added = new List<Finding>();
        var touched = new List<int>();
        foreach (var (old, now) in changes)
        {
            if (old is { } o && Counts(o.Plan))
            {
                Leave(o.Plan, o.Finding, removed, touched);
            }

            if (now is { } n && Counts(n.Plan))
            {
                Enter(n.Plan, n.Finding, added, touched);
            }
        }

        foreach (var index in touched.Distinct())
        {
            var plan = _compiled.Plans[index];
            if (_sinkCount[index] == 0 && _placeholder[index] is null)
            {
                var placeholder = FindingFactory.NoComponentMatches(plan, facility.Span);
                _placeholder[index] = placeholder;
                _outcomes[(index * OutcomeKinds) + (int)Outcome.NotApplicable]++;
                added.Add(placeholder);
            }
            else if (_sinkCount[index] > 0 && _placeholder[index] is { } stale)
            {
                _placeholder[index] = null;
                _outcomes[(index * OutcomeKinds) + (int)Outcome.NotApplicable]--;
                removed.Add(stale);
            }

            if (_resultPosition[index] >= 0)
            {
                var o = index * OutcomeKinds;
                _results[_resultPosition[index]] = new RuleResult(plan.Definition.Id, _bindings[index], new OutcomeCounts(
                    _outcomes[o + (int)Outcome.Violation], _outcomes[o + (int)Outcome.Indeterminate], _outcomes[o + (int)Outcome.Error],
                    _outcomes[o + (int)Outcome.Waived], _outcomes[o + (int)Outcome.Pass], _outcomes[o + (int)Outcome.NotApplicable]));
            }
        }

        if (Merge(_sorted, removed, added) is not { } merged)
        {
            return null;
        }

        _sorted = merged;
        var before = Report;
        Report = new ComplianceReport
        {
            FacilityId = facility.Id,
            FacilityFile = facility.File,
            RuleCount = before.RuleCount,
            RulesEvaluated = before.RulesEvaluated,
            RulesNotSelected = before.RulesNotSelected,
            RuleDigest = before.RuleDigest,
            Profile = before.Profile,
            AsOf = before.AsOf,
            Findings = merged,
            RuleResults = (RuleResult[])_results.Clone(),
            Warnings = new List<Diagnostics.Diagnostic>(facility.Warnings),
        };
        return (removed, added);
    }

    /// <summary>True when the selection and join limits this state was built for are still those of the facility.</summary>
    public bool Fits(bool[] selected, bool[] joinAllowed) =>
        selected.AsSpan().SequenceEqual(_selected) && joinAllowed.AsSpan().SequenceEqual(_joinAllowed);

    private bool Counts(RulePlan plan) => _selected[plan.Index] && _joinAllowed[plan.Index];

    private static bool CountsAsBinding(RulePlan plan, Finding finding) => finding.Subjects.Count > 0 || plan.Definition.IsFacilityRule;

    private void Leave(RulePlan plan, Finding finding, List<Finding> removed, List<int> touched)
    {
        _sinkCount[plan.Index]--;
        if (CountsAsBinding(plan, finding))
        {
            _bindings[plan.Index]--;
        }

        _outcomes[(plan.Index * OutcomeKinds) + (int)finding.Outcome]--;
        removed.Add(finding);
        touched.Add(plan.Index);
    }

    private void Enter(RulePlan plan, Finding finding, List<Finding> added, List<int> touched)
    {
        _sinkCount[plan.Index]++;
        if (CountsAsBinding(plan, finding))
        {
            _bindings[plan.Index]++;
        }

        _outcomes[(plan.Index * OutcomeKinds) + (int)finding.Outcome]++;
        added.Add(finding);
        touched.Add(plan.Index);
    }

    /// <summary>
    /// <paramref name="sorted"/> without <paramref name="removed"/> (each present, by reference) and with
    /// <paramref name="added"/>, in report order; null when a removed finding is not there.
    /// </summary>
    internal static Finding[]? Merge(Finding[] sorted, List<Finding> removed, List<Finding> added)
    {
        var order = FindingOrder.Instance;
        var gone = new int[removed.Count];
        for (var i = 0; i < removed.Count; i++)
        {
            var at = LowerBound(sorted, removed[i]);
            while (at < sorted.Length && !ReferenceEquals(sorted[at], removed[i]) && order.Compare(sorted[at], removed[i]) == 0)
            {
                at++;
            }

            if (at >= sorted.Length || !ReferenceEquals(sorted[at], removed[i]))
            {
                return null;
            }

            gone[i] = at;
        }

        Array.Sort(gone);
        for (var i = 1; i < gone.Length; i++)
        {
            if (gone[i] == gone[i - 1])
            {
                return null;
            }
        }

        added.Sort(order);
        var result = new Finding[sorted.Length - gone.Length + added.Count];
        int from = 0, to = 0, g = 0, a = 0;
        while (g < gone.Length || a < added.Count)
        {
            var nextInsert = a < added.Count ? LowerBound(sorted, added[a]) : int.MaxValue;
            var nextGone = g < gone.Length ? gone[g] : int.MaxValue;
            var at = Math.Min(nextInsert, nextGone);
            Array.Copy(sorted, from, result, to, at - from);
            to += at - from;
            from = at;
            if (nextInsert == at)
            {
                result[to++] = added[a++];
            }
            else
            {
                from++;
                g++;
            }
        }

        Array.Copy(sorted, from, result, to, sorted.Length - from);
        return result;
    }

    private static int LowerBound(Finding[] sorted, Finding finding)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (FindingOrder.Instance.Compare(sorted[mid], finding) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
